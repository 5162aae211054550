/**
 * Prerendered pages that show no client component of ours need no JavaScript: their HTML is complete, their links
 * are plain links and their forms post to the server. Next.js still gives every page its client runtime (React and
 * the router, about 128 KB gzip), and on a phone evaluating and hydrating it is most of the page's blocking time.
 * After the build, such pages are written without it (scripts/script-free.ts). A page keeps the runtime as soon as
 * it renders a client component that is not Next.js' own, so a tool added to a page gets its code automatically.
 */

/** Client modules whose only job is the framework's own client behaviour; a page without JavaScript loses nothing. */
const FRAMEWORK_MODULE = /^\[project\]\/node_modules\/next\//;

/** The client modules of a build, id → module path, from the `*_client-reference-manifest.js` files Next.js writes. */
export function clientModulePaths(manifestSources: string[]): Map<string, string> {
  const paths = new Map<string, string>();
  for (const source of manifestSources) {
    for (const match of source.matchAll(/^globalThis\.__RSC_MANIFEST\["(?:[^"\\]|\\.)*"\]\s*=\s*(\{.*\});?\s*$/gm)) {
      const manifest = JSON.parse(match[1]!) as { clientModules?: Record<string, { id: number | string }> };
      for (const [key, entry] of Object.entries(manifest.clientModules ?? {})) {
        // Keys name the module, sometimes followed by " <module evaluation>" or "#export".
        paths.set(String(entry.id), key.split(/[ #]/)[0]!);
      }
    }
  }
  return paths;
}

/** A page's RSC payload: the strings its inline `self.__next_f.push([1, "…"])` scripts add, joined in order. */
function rscPayload(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((m) => JSON.parse(m[1]!) as string).join("");
}

/**
 * The ids of the client components a prerendered page renders: the `<row>:I[id, …]` rows of its RSC payload. The
 * payload is joined first, since nothing promises that a row never spans two scripts.
 */
export function clientModuleIds(html: string): string[] {
  return [...new Set([...rscPayload(html).matchAll(/(?:^|\n)[0-9a-f]+:I\[("?)([^,"\]]+)\1,/g)].map((m) => m[2]!))];
}

export type RuntimeVerdict = { needed: false } | { needed: true; because: string };

/** Markers React leaves when part of a page is still to come or failed, and a script must finish it. */
const UNFINISHED = /\$RC\(|\$RS\(|\$RR\(|\$RX\(|<!--\$\?-->|<!--\$!-->|<div hidden id="S:/;

/**
 * Whether a prerendered page needs the client runtime: yes when it renders a client module that is not the
 * framework's, or one the manifests do not name, or when its HTML still waits for a script to reveal streamed parts.
 */
export function runtimeVerdict(html: string, modulePaths: Map<string, string>): RuntimeVerdict {
  if (!html.includes("self.__next_f")) return { needed: true, because: "no RSC payload found: not a Next.js page this step understands" };
  if (UNFINISHED.test(html)) return { needed: true, because: "streamed parts are revealed by a script" };
  for (const id of clientModuleIds(html)) {
    const modulePath = modulePaths.get(id);
    if (!modulePath) return { needed: true, because: `client module ${id} is not in the build's manifests` };
    if (!FRAMEWORK_MODULE.test(modulePath)) return { needed: true, because: modulePath.replace(/^\[project\]\//, "") };
  }
  return { needed: false };
}

/**
 * The page without the client runtime: no inline scripts (the RSC payload and bootstrap), no scripts from /_next/
 * and no preloads of them. Scripts of our own from public/ (a `src` outside /_next/) and data blocks such as
 * JSON-LD, which browsers never run, stay.
 */
export function withoutRuntime(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => {
      const open = tag.slice(0, tag.indexOf(">") + 1);
      const src = /\bsrc="([^"]*)"/.exec(open)?.[1];
      if (src !== undefined) return src.startsWith("/_next/") ? "" : tag;
      return /\btype="application\/(?:ld\+)?json"/.test(open) ? tag : "";
    })
    .replace(PRELOAD, (tag) => (isScriptPreload(tag) ? "" : tag));
}

/** Preload links. Those for scripts go wherever the scripts they fetch early go; fonts and stylesheets stay. */
const PRELOAD = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*>/g;
const isScriptPreload = (tag: string) => /\bas="script"|rel="modulepreload"/.test(tag);

/** How the loader's script starts; `scriptsAfterPaint` reads the list that follows. */
const LOADER_START = "(function(){var s=";

/**
 * The runtime's scripts, fetched after the page has painted. As `async` scripts in the head they download alongside
 * the HTML, the stylesheet and the font, and on a slow connection they hold back the first paint of the text by
 * their 128 KB. The page works before they arrive: every tool is a form that posts to the server. So a small inline
 * loader adds them once the page has loaded and painted (or at once when the reader starts to use the page), with
 * the same `async` semantics they had. A page without such scripts comes back unchanged, so the step can run twice.
 */
export function withRuntimeAfterPaint(html: string): string {
  const sources: string[] = [];
  const lean = html
    .replace(/<script\b[^>]*>\s*<\/script>/g, (tag) => {
      const src = /\bsrc="(\/_next\/[^"]*)"/.exec(tag)?.[1];
      if (src === undefined || !/\basync=""/.test(tag) || /\bnoModule\b/i.test(tag)) return tag;
      sources.push(src);
      return "";
    })
    .replace(PRELOAD, (tag) => (isScriptPreload(tag) && /\bhref="\/_next\//.test(tag) ? "" : tag));
  if (sources.length === 0) return html;
  const loader =
    `${LOADER_START}${JSON.stringify(sources)},d=0;function go(){if(d)return;d=1;s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)})}` +
    `function painted(){requestAnimationFrame(function(){setTimeout(go)});setTimeout(go,1000)}` +
    `["pointerdown","keydown","focusin"].forEach(function(t){addEventListener(t,go,{once:true,capture:true})});` +
    `document.readyState==="complete"?painted():addEventListener("load",painted)})()`;
  return lean.replace("</head>", `<script>${loader}</script></head>`);
}

/** The scripts a page's loader (from `withRuntimeAfterPaint`) adds after the first paint; none without a loader. */
export function scriptsAfterPaint(html: string): string[] {
  const start = html.indexOf(LOADER_START);
  if (start < 0) return [];
  const list = html.slice(start + LOADER_START.length, html.indexOf("]", start) + 1);
  return JSON.parse(list) as string[];
}
