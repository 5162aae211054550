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
export function clientModulePaths(manifestSources: string[]): Map<number, string> {
  const paths = new Map<number, string>();
  for (const source of manifestSources) {
    for (const match of source.matchAll(/^globalThis\.__RSC_MANIFEST\["(?:[^"\\]|\\.)*"\]\s*=\s*(\{.*\});?\s*$/gm)) {
      const manifest = JSON.parse(match[1]!) as { clientModules?: Record<string, { id: number | string }> };
      for (const [key, entry] of Object.entries(manifest.clientModules ?? {})) {
        // Keys name the module, sometimes followed by " <module evaluation>" or "#export".
        paths.set(Number(entry.id), key.split(/[ #]/)[0]!);
      }
    }
  }
  return paths;
}

/** The ids of the client components a prerendered page renders: the `I[id, …]` rows of its inline RSC payload. */
export function clientModuleIds(html: string): number[] {
  return [...new Set([...html.matchAll(/:I\[(\d+),\[/g)].map((m) => Number(m[1])))];
}

export type RuntimeVerdict = { needed: false } | { needed: true; because: string };

/**
 * Whether a prerendered page needs the client runtime: yes when it renders a client module that is not the
 * framework's, or one the manifests do not name, or when its HTML still waits for a script to reveal streamed parts.
 */
export function runtimeVerdict(html: string, modulePaths: Map<number, string>): RuntimeVerdict {
  if (!html.includes("self.__next_f")) return { needed: true, because: "no RSC payload found: not a Next.js page this step understands" };
  if (/\$RC\(|\$RS\(|<div hidden id="S:/.test(html)) return { needed: true, because: "streamed parts are revealed by a script" };
  for (const id of clientModuleIds(html)) {
    const modulePath = modulePaths.get(id);
    if (!modulePath) return { needed: true, because: `client module ${id} is not in the build's manifests` };
    if (!FRAMEWORK_MODULE.test(modulePath)) return { needed: true, because: modulePath.replace(/^\[project\]\//, "") };
  }
  return { needed: false };
}

/**
 * The page without the client runtime: no inline scripts (the RSC payload and bootstrap), no scripts from /_next/
 * and no preloads of them. Scripts of our own from public/ (a `src` outside /_next/) stay.
 */
export function withoutRuntime(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => {
      const src = /\bsrc="([^"]*)"/.exec(tag)?.[1];
      return src !== undefined && !src.startsWith("/_next/") ? tag : "";
    })
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*>/g, (tag) => (/\bas="script"|rel="modulepreload"/.test(tag) ? "" : tag));
}
