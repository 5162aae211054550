import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runInNewContext } from "node:vm";
import { clientModuleIds, clientModulePaths, runtimeVerdict, scriptsAfterPaint, withoutRuntime, withRuntimeAfterPaint } from "@/lib/build/script-free";

// Trimmed from a real build: a manifest, a page that renders only the framework's client modules, and the same page
// with a planning tool (a client component of ours).
const fixture = (name: string) => readFileSync(path.join(__dirname, "../fixtures/next-build", name), "utf8");
const paths = clientModulePaths([fixture("page_client-reference-manifest.js")]);
const prose = fixture("prose.html");
const tool = fixture("tool.html");

describe("which pages need the client runtime", () => {
  it("reads module ids and paths from the build's manifests, without the module evaluation suffix", () => {
    expect(paths.get("39756")).toBe("[project]/node_modules/next/dist/esm/client/components/layout-router.js");
    expect(paths.get("16155")).toBe("[project]/components/tools/planning/VejvalgForm.client.tsx");
  });

  it("reads the client modules a page renders from its RSC payload", () => {
    expect(clientModuleIds(prose).sort()).toEqual(["27201", "37457", "39756", "97367"]);
    expect(clientModuleIds(tool)).toContain("16155");
  });

  it("finds a client module whose row is split over two scripts", () => {
    const split = tool.replace('19:I[16155,', '19:I[161"])</script><script>self.__next_f.push([1,"55,');
    expect(split).not.toContain("I[16155,");
    expect(clientModuleIds(split)).toContain("16155");
    expect(runtimeVerdict(split, paths).needed).toBe(true);
  });

  it("lets a page with only the framework's client modules go without, and keeps it for a page with a tool of ours", () => {
    expect(runtimeVerdict(prose, paths)).toEqual({ needed: false });
    expect(runtimeVerdict(tool, paths)).toEqual({ needed: true, because: "components/tools/planning/VejvalgForm.client.tsx" });
  });

  it("keeps the runtime when in doubt: an unknown module, streamed parts, or HTML it does not recognise", () => {
    expect(runtimeVerdict(prose, new Map())).toMatchObject({ needed: true, because: expect.stringMatching(/not in the build's manifests/) });
    expect(runtimeVerdict(prose.replace("</body>", '<div hidden id="S:0"><p>senere</p></div></body>'), paths).needed).toBe(true);
    expect(runtimeVerdict(prose.replace("<article>", '<article><!--$?--><template id="B:0"></template>'), paths).needed).toBe(true);
    expect(runtimeVerdict("<!DOCTYPE html><html><body><p>Hej</p></body></html>", paths).needed).toBe(true);
  });
});

describe("a page without the runtime", () => {
  const lean = withoutRuntime(prose);

  it("has no inline scripts, no framework scripts and no script preloads", () => {
    expect(lean).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(lean).not.toContain("/_next/static/chunks/1005q9grpu-wb.js");
    expect(lean).not.toContain("/_next/static/chunks/0cz1d0mv5g_q7.js");
    expect(lean).not.toContain("__next_f");
    expect(lean).not.toContain('as="script"');
  });

  it("keeps the content, the stylesheet, the font preload and our own scripts from public/", () => {
    expect(lean).toContain('<h1>Inhabilitet</h1><p>Tekst om <a href="/ordliste#inhabilitet">inhabilitet</a>.</p>');
    expect(lean).toContain('<link rel="stylesheet" href="/_next/static/chunks/0_9n69s8a6z93.css" data-precedence="next"/>');
    expect(lean).toContain('as="font"');
    expect(lean).toContain('<script src="/maalgruppe.js" async=""></script>');
    expect(lean).toContain("</body></html>");
  });

  it("keeps data blocks such as JSON-LD, which a browser never runs", () => {
    const data = '<script type="application/ld+json">{"@type":"WebPage"}</script>';
    expect(withoutRuntime(prose.replace("</head>", `${data}</head>`))).toContain(data);
  });
});

describe("a page that keeps the runtime", () => {
  const late = withRuntimeAfterPaint(tool);
  const loader = /<script>(\(function\(\)\{var s=[\s\S]*?)<\/script><\/head>/.exec(late)?.[1];

  it("fetches the framework's scripts only from a loader: no script tags or preloads for them in the HTML", () => {
    expect(late).not.toMatch(/<script src="\/_next\/static\/chunks\/(1005q9grpu-wb|0j1we3cwg31qe)\.js"/);
    expect(late).not.toContain('as="script"');
    expect(loader).toBeDefined();
    expect(withRuntimeAfterPaint(late)).toBe(late);
    expect(scriptsAfterPaint(late)).toEqual(["/_next/static/chunks/1005q9grpu-wb.js", "/_next/static/chunks/0j1we3cwg31qe.js"]);
    expect(scriptsAfterPaint(tool)).toEqual([]);
  });

  it("keeps the RSC payload, the legacy-browser script and our own scripts where they were", () => {
    expect(late).toContain("self.__next_f");
    expect(late).toContain('<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>');
    expect(late).toContain('<script src="/maalgruppe.js" async=""></script>');
    expect(withRuntimeAfterPaint(prose.replace(/<script src="\/_next\/[^"]*" async=""><\/script>/g, ""))).toBe(prose.replace(/<script src="\/_next\/[^"]*" async=""><\/script>/g, ""));
  });

  it("adds the scripts after load and paint, or at once when the reader starts to use the page, and only once", () => {
    const added: { src: string; async: boolean }[] = [];
    const listeners = new Map<string, (() => void)[]>();
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const browser = {
      document: { readyState: "interactive", head: { appendChild: (e: { src: string; async: boolean }) => added.push(e) }, createElement: () => ({ src: "", async: false }) },
      addEventListener: (type: string, listener: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
      requestAnimationFrame: (frame: () => void) => frames.push(frame),
      setTimeout: (timer: () => void) => timers.push(timer),
    };
    const fire = (type: string) => listeners.get(type)?.forEach((listener) => listener());
    runInNewContext(loader!, browser);
    expect(added).toEqual([]);
    fire("load");
    expect(added).toEqual([]);
    frames.forEach((frame) => frame());
    timers.forEach((timer) => timer());
    expect(added).toEqual([
      { src: "/_next/static/chunks/1005q9grpu-wb.js", async: true },
      { src: "/_next/static/chunks/0j1we3cwg31qe.js", async: true },
    ]);
    fire("keydown");
    expect(added).toHaveLength(2);

    added.length = 0;
    listeners.clear();
    runInNewContext(loader!, browser);
    fire("pointerdown");
    expect(added.map((e) => e.src)).toEqual(["/_next/static/chunks/1005q9grpu-wb.js", "/_next/static/chunks/0j1we3cwg31qe.js"]);
  });
});
