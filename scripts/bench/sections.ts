/** The benchmark's sections. Each returns its figures; index.ts prints them and writes the JSON. */
import { spawn } from "node:child_process";
import { chmod, cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gz, kb, load, percentile, ROOT, startNext, startStatic, stop, treeRssMb, waitFor, type Load } from "./lib";
import { loadTemplates } from "@/lib/agreements/load";
import { buildModel } from "@/lib/agreements/model";
import { renderDocx, renderDocxWithDocx } from "@/lib/agreements/render-docx";
import { renderPdf } from "@/lib/agreements/render-pdf";
import { exampleAnswers } from "@/lib/agreements/examples";
import { buildIndex, search, serializeIndex, type SearchDocument } from "@/lib/search/search";
import { searchDocuments } from "@/lib/search/documents";
import { loadContent } from "@/lib/content/load";
import { contentSecurityPolicy, CSP_MANIFEST, type CspManifest } from "@/lib/security/csp";
import { scriptsAfterPaint } from "@/lib/build/script-free";
import { lighthouse } from "./tools";
import { findNginx, startRecipe, type Recipe } from "../nginx-recipe";

export const PAGE_TYPES: { type: string; path: string; tool: boolean }[] = [
  { type: "forside", path: "/", tool: false },
  { type: "fase", path: "/opi-processen/implementering", tool: false },
  { type: "jura", path: "/jura/inhabilitet", tool: false },
  { type: "case-katalog", path: "/cases", tool: false },
  // With a filter the catalogue is rendered per request and keeps the framework's client code.
  { type: "case-katalog, filtreret", path: "/cases?fase=opstart", tool: false },
  { type: "case", path: "/cases/boblberg-stoettende-borger-bobler", tool: false },
  { type: "værktøj: vejvalg", path: "/vaerktoejer/vejvalg", tool: true },
  { type: "værktøj: samarbejdsaftale", path: "/vaerktoejer/samarbejdsaftale", tool: true },
  { type: "værktøj: business case", path: "/vaerktoejer/business-case", tool: true },
  { type: "fase med værktøjer (opstart)", path: "/opi-processen/opstart", tool: true },
];

export const BUDGET_KB = { content: 5, tool: 40 };

async function scriptsOf(base: string, html: string): Promise<{ src: string; gz: number }[]> {
  // First-load JavaScript: every classic or module script the page loads; nomodule polyfills are skipped by modern browsers.
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnoModule\b|\bnomodule\b/.test(m[0]));
  // On tool pages the framework's scripts come from a loader after the first paint (scripts/script-free.ts): they count.
  const unique = [...new Set([...tags.map((m) => m[1]!), ...scriptsAfterPaint(html)])];
  return Promise.all(unique.map(async (src) => ({ src, gz: gz(new Uint8Array(await (await fetch(new URL(src, base))).arrayBuffer())) })));
}

export async function pageWeights(port: number) {
  const manifest = JSON.parse(await readFile(path.join(ROOT, ".next/build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const server = await startNext(port);
  try {
    const baseline = (await Promise.all(manifest.rootMainFiles.map(async (file) => gz(new Uint8Array(await (await fetch(`${server.url}/_next/${file}`)).arrayBuffer()))))).reduce((a, b) => a + b, 0);
    const pages = [];
    for (const page of PAGE_TYPES) {
      const html = await (await fetch(server.url + page.path)).text();
      const scripts = await scriptsOf(server.url, html);
      const js = scripts.reduce((sum, s) => sum + s.gz, 0);
      // Pages without tools ship no framework code at all (scripts/script-free.ts), so their figure is below the baseline.
      const runtime = scripts.some((s) => s.src.startsWith("/_next/"));
      const extra = js - baseline;
      const budget = page.tool ? BUDGET_KB.tool : BUDGET_KB.content;
      pages.push({ ...page, htmlBytes: Buffer.byteLength(html), htmlGzip: gz(html), runtime, jsGzip: js, extraGzip: extra, budgetKb: budget, withinBudget: extra <= budget * 1024 });
    }
    return { baselineGzip: baseline, pages };
  } finally {
    await server.stop();
  }
}

export async function serverThroughput(port: number, staticPort: number, duration: number) {
  const page = "/jura/inhabilitet";
  const server = await startNext(port);
  const htmlFile = path.join(tmpdir(), `opi-bench-${process.pid}.html`);
  let next: Load;
  try {
    await writeFile(htmlFile, await (await fetch(server.url + page)).text());
    await load({ url: server.url + page, connections: 10, duration: 2 }); // warm up
    next = await load({ url: server.url + page, connections: 50, duration });
  } finally {
    await server.stop();
  }
  const plain = await startStatic(staticPort, htmlFile);
  try {
    const floor = await load({ url: plain.url, connections: 50, duration });
    return { page, connections: 50, next, plainStatic: floor, ratio: Math.round((next.rps / floor.rps) * 100) / 100 };
  } finally {
    await plain.stop();
    await rm(htmlFile, { force: true });
  }
}

/** The form a builder posts for the example samarbejdsaftale, as DOCX unless told otherwise. */
const documentBody = (format = "docx") => new URLSearchParams({ document: "samarbejdsaftale", format, answers: JSON.stringify(exampleAnswers) }).toString();

export async function documents(port: number, duration: number) {
  const { templates } = await loadTemplates(path.join(ROOT, "content"));
  const template = templates.find((t) => t.id === "samarbejdsaftale")!;
  const model = () => buildModel(template, exampleAnswers, { today: "2026-11-23" });
  const embedded = { document: "samarbejdsaftale", templateVersion: template.version, answers: exampleAnswers };
  const timed = async (render: () => Promise<Buffer>, runs: number) => {
    for (let i = 0; i < 20; i++) await render();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await render();
      times.push(performance.now() - start);
    }
    return { runs, p50: Math.round(percentile(times, 50) * 10) / 10, p99: Math.round(percentile(times, 99) * 10) / 10 };
  };
  const inProcess = await timed(() => renderDocx(model(), embedded), 500);
  // The same file made by docx alone, block by block: what each document would cost without the compiled layouts.
  const docxAlone = await timed(() => renderDocxWithDocx(model(), embedded), 200);
  // The PDF: embedded font subsets, tags, bookmarks. Shaped text is cached across documents, so the second figure
  // gives every document a title and parties of its own, as real readers do.
  const pdf = await timed(() => renderPdf(model()), 200);
  let n = 0;
  const freshModel = () => {
    n++;
    const answers = structuredClone(exampleAnswers);
    answers.project.title = `Færre fald i eget hjem, forsøg ${n}`;
    answers.parties.publics[0]!.name = `Kommune nummer ${n}`;
    answers.parties.companies[0]!.name = `Velfærdsteknologi ${n} ApS`;
    return buildModel(template, answers, { today: "2026-11-23" });
  };
  const pdfFreshText = await timed(() => renderPdf(freshModel()), 200);
  const server = await startNext(port);
  try {
    const request = { url: `${server.url}/vaerktoejer/dokument`, method: "POST" as const, body: documentBody(), headers: { "content-type": "application/x-www-form-urlencoded" } };
    await load({ ...request, connections: 4, duration: 2 });
    const route = await load({ ...request, connections: 20, duration });
    return { inProcess, docxAlone, pdf, pdfFreshText, route };
  } finally {
    await server.stop();
  }
}

/**
 * Search: the size of the index the browser downloads for the real content (raw and gzip), then building and
 * searching an index of `count` generated cases in this process.
 */
export async function searchLatency(count: number) {
  const site = serializeIndex(buildIndex(searchDocuments((await loadContent(path.join(ROOT, "content"))).entries)));
  const words = ["velfærdsteknologi", "hjemmepleje", "sensorer", "fald", "ensomhed", "rehabilitering", "borgere", "plejecenter", "udbud", "innovationspartnerskab", "data", "sygehus", "medicin", "søvn", "træning"];
  const documents: SearchDocument[] = Array.from({ length: count }, (_, i) => ({
    url: `/cases/case-${i}`,
    title: `Case ${i}: ${words[i % words.length]} og ${words[(i * 7) % words.length]}`,
    section: "Case",
    description: `En kommune og en virksomhed afprøver ${words[(i * 3) % words.length]} i ${1 + (i % 12)} måneder.`,
    headings: "Hvad var behovet? Hvad gjorde de? Hvad lærte de?",
    text: Array.from({ length: 60 }, (_, j) => words[(i + j * 5) % words.length]).join(" "),
  }));
  const start = performance.now();
  const index = buildIndex(documents);
  const prepareMs = performance.now() - start;
  const generated = serializeIndex(index);
  const queries = ["fald", "velfærdsteknologi hjemmepleje", "innovationspartnerskab", "søvn på plejecenter", "sensor", "xyz", "rehabiliterng"];
  const times: number[] = [];
  for (let round = 0; round < 50; round++) {
    for (const query of queries) {
      const t = performance.now();
      search(index, query);
      times.push(performance.now() - t);
    }
  }
  return {
    siteIndexKb: kb(Buffer.byteLength(site)),
    siteIndexGzipKb: kb(gz(site)),
    documents: count,
    generatedIndexGzipKb: kb(gz(generated)),
    prepareMs: Math.round(prepareMs),
    queries: times.length,
    p50: Math.round(percentile(times, 50) * 100) / 100,
    p99: Math.round(percentile(times, 99) * 100) / 100,
  };
}

function run(command: string, args: string[], env: Record<string, string>): Promise<{ ms: number; peakMb: number; code: number }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(child.pid!))), 250);
    child.on("exit", (code) => {
      clearInterval(timer);
      resolve({ ms: Math.round(performance.now() - start), peakMb: peak, code: code ?? 1 });
    });
  });
}

/** `npm run build` as a release runs it: next build and the steps after it that rewrite and hash its pages. */
const fullBuild = (env: Record<string, string>) => run("npm", ["run", "--silent", "build"], { SITE_URL: process.env.SITE_URL ?? "http://127.0.0.1:3300", ALLOW_LOCAL_SITE_URL: "1", ...env });

/** Builds the site with n generated cases in a temporary content folder, and once more after one changed file. */
export async function buildScaling(sizes: number[]) {
  const example = await readFile(path.join(ROOT, "content/cases/eksempel-innovationspartnerskab-om-hurtigere-svar.mdx"), "utf8");
  // next build adds the build folder's types to tsconfig.json; the real project must not keep them.
  const tsconfig = await readFile(path.join(ROOT, "tsconfig.json"), "utf8");
  const results: { cases: number; casePages: number; buildMs: number; peakMb: number; ok: boolean; rebuildMs: number; rebuildOk: boolean }[] = [];
  for (const size of sizes) {
    const dir = await mkdtemp(path.join(tmpdir(), `opi-bench-content-${size}-`));
    await cp(path.join(ROOT, "content"), dir, { recursive: true });
    for (let i = 0; i < size; i++) {
      const text = example.replace(/^title: ".*"$/m, `title: "Genereret eksempel ${i}"`).replace(/\n## /, `\n## Om eksempel ${i}\n\nDette er genereret case nummer ${i}.\n\n## `);
      await writeFile(path.join(dir, "cases", `eksempel-genereret-${String(i).padStart(4, "0")}.mdx`), text);
    }
    const distDir = `.next-bench-${size}`;
    await rm(path.join(ROOT, distDir), { recursive: true, force: true });
    // An empty content cache of its own: the cold build compiles every MDX file, the rebuild finds all but one.
    const cacheDir = await mkdtemp(path.join(tmpdir(), `opi-bench-cache-${size}-`));
    const env = { CONTENT_DIR: dir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", CONTENT_CACHE_DIR: cacheDir };
    const cold = await fullBuild(env);
    const changed = path.join(dir, "cases", size > 0 ? "eksempel-genereret-0000.mdx" : (await readdir(path.join(dir, "cases"))).find((f) => f.endsWith(".mdx"))!);
    await writeFile(changed, `${await readFile(changed, "utf8")}\n\nEn ændret linje.\n`);
    const rebuild = await fullBuild(env);
    const pages = (await readdir(path.join(ROOT, distDir, "server/app/cases")).catch(() => [])).filter((f) => f.endsWith(".html")).length;
    results.push({ cases: size, casePages: pages, buildMs: cold.ms, peakMb: cold.peakMb, ok: cold.code === 0, rebuildMs: rebuild.ms, rebuildOk: rebuild.code === 0 });
    await rm(dir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
    await rm(path.join(ROOT, distDir), { recursive: true, force: true });
    await writeFile(path.join(ROOT, "tsconfig.json"), tsconfig);
  }
  const perCase = results.length >= 3 ? results.slice(1).map((r, i) => Math.round((r.buildMs - results[i]!.buildMs) / Math.max(1, r.cases - results[i]!.cases))) : [];
  return { results, msPerCaseBetweenSizes: perCase };
}

/**
 * Lighthouse with its default mobile settings (simulated Slow 4G and a 4x CPU slowdown), `runs` times per page.
 * The scores move several points between runs on the same build, so a page reports its median run, as Lighthouse's
 * own advice on variability says, with the lowest and highest score beside it. benchmarkIndex is Lighthouse's
 * measure of this machine's CPU; its docs assume 1500-2000 for the default 4x slowdown.
 */
export async function lighthouseScores(port: number, chromePath: string, runs: number) {
  const { run: lighthouseRun, chromeLauncher } = await lighthouse();
  const server = await startNext(port);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  try {
    const scores = [];
    for (const page of PAGE_TYPES) {
      const results = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouseRun(server.url + page.path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
        const lhr = result!.lhr;
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0);
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
          .map((a) => a.id);
        results.push({
          performance: score("performance"),
          accessibility: score("accessibility"),
          bestPractices: score("best-practices"),
          seo: score("seo"),
          fcpMs: ms("first-contentful-paint"),
          lcpMs: ms("largest-contentful-paint"),
          tbtMs: ms("total-blocking-time"),
          cls: Math.round((lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000) / 1000,
          benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
          failing,
        });
      }
      const sorted = [...results].sort((a, b) => a.performance - b.performance);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      scores.push({ type: page.type, path: page.path, runs, ...median, performanceRange: [sorted[0]!.performance, sorted.at(-1)!.performance], all: results });
    }
    return scores;
  } finally {
    await chrome.kill();
    await server.stop();
  }
}

export { kb };

const MIX_PAGES = ["/", "/jura/inhabilitet", "/opi-processen/opstart", "/cases/boblberg-stoettende-borger-bobler", "/vaerktoejer/vejvalg", "/soeg?q=udbud", "/cases", "/markedsplads"];

/** 200 connections over a mix of pages and document POSTs against `url`, then the memory of `pids` at rest. */
async function mix(url: string, pids: number[], seconds: number) {
  const body = new URLSearchParams({ document: "hensigtserklaering", format: "docx", answers: JSON.stringify(exampleAnswers) }).toString();
  const post = { method: "POST" as const, path: "/vaerktoejer/dokument", body, headers: { "content-type": "application/x-www-form-urlencoded" } };
  const requests = [...MIX_PAGES.map((path) => ({ method: "GET" as const, path })), post];
  const rss = () => pids.reduce((sum, pid) => sum + treeRssMb(pid), 0);
  // Warm up every route first: a cold dynamic route compiles on its first requests.
  await load({ url, connections: 20, duration: 15, requests });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const before = rss();
  const run = await load({ url, connections: 200, duration: seconds, requests });
  const after = rss();
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const rest = rss();
  const second = await load({ url, connections: 200, duration: Math.max(10, Math.round(seconds / 3)), requests });
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const restAgain = rss();
  return { connections: 200, seconds, mix: requests.map((r) => `${r.method} ${r.path}`), run, second, rssMb: { before, after, afterRest: rest, afterSecondRunRest: restAgain } };
}

/**
 * The load mix against one Node server on its own, and against the production recipe: nginx in front of one
 * instance per core (memory is then the instances' sum). Loopback only.
 */
export async function loadMix(port: number, frontPorts: { node: number; front: number; bare: number }, seconds: number) {
  const server = await startNext(port);
  let node;
  try {
    node = await mix(server.url, [server.process.pid!], seconds);
  } finally {
    await server.stop();
  }
  const front = await startFront(frontPorts.node, frontPorts.front, frontPorts.bare);
  if (!front) return { node, front: { skipped: NO_NGINX } };
  try {
    return { node, front: { instances: front.nodePids.length, ...(await mix(front.url, front.nodePids, seconds)) } };
  } finally {
    await front.stop();
  }
}

interface Front {
  url: string;
  /** The bare nginx serving `page` from a file, on its own port. */
  bareUrl: string;
  page: string;
  nodePids: number[];
  stop: () => Promise<void>;
}

/**
 * The production recipe: nginx configured with deploy/nginx.conf itself (scripts/nginx-recipe.ts: TLS and port 80
 * taken out, paths pointed at this build) in front of one guarded standalone instance per core, as docs/deploy.md
 * recommends, with a bare nginx beside it that serves one page's HTML file. Null when nginx is not installed.
 */
async function startFront(nodePort: number, frontPort: number, barePort: number): Promise<Front | null> {
  const { availableParallelism } = await import("node:os");
  const nodePorts = Array.from({ length: Math.max(1, availableParallelism()) }, (_, i) => nodePort + i);
  const { execFileSync, spawn: spawnProcess } = await import("node:child_process");
  const nginx = findNginx();
  if (!nginx) return null;
  execFileSync("bash", ["scripts/standalone.sh"], { cwd: ROOT, stdio: "inherit" });
  const page = "/jura/inhabilitet";
  const bare = await mkdtemp(path.join(tmpdir(), "opi-bench-bare-"));
  // nginx workers run as an unprivileged user when nginx runs as root: they must be able to read the folder.
  await chmod(bare, 0o755);
  await cp(path.join(ROOT, ".next/server/app", `${page}.html`), path.join(bare, "page.html"));
  const nodes = nodePorts.map((port) =>
    spawnProcess(process.execPath, ["guard.mjs"], { cwd: path.join(ROOT, ".next/standalone"), env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", KEEP_ALIVE_TIMEOUT: "65000" }, stdio: ["ignore", "ignore", "inherit"] }),
  );
  const stopNodes = async () => {
    await Promise.all(nodes.map((node) => stop(node)));
    await rm(bare, { recursive: true, force: true });
  };
  let recipe: Recipe;
  try {
    for (const port of nodePorts) await waitFor(`http://127.0.0.1:${port}/robots.txt`);
    recipe = await startRecipe(nginx, {
      upstreams: nodePorts,
      httpsPort: null,
      port: frontPort,
      // The per-client POST limit (10/s) would stop the bench's single client; a real site has many clients.
      rateLimit: false,
      extra: () => `  server {\n    listen 127.0.0.1:${barePort};\n    root ${bare};\n    location / { default_type text/html; try_files /page.html =404; }\n  }`,
    });
    await waitFor(`http://127.0.0.1:${frontPort}${page}`);
  } catch (error) {
    await stopNodes();
    throw error;
  }
  const stopAll = async () => {
    await recipe.stop();
    await stopNodes();
  };
  return { url: `http://127.0.0.1:${frontPort}`, bareUrl: `http://127.0.0.1:${barePort}/jura/inhabilitet`, page, nodePids: nodes.map((node) => node.pid!), stop: stopAll };
}

/** The nginx front against a bare nginx on the same HTML, and documents through the front. */
export async function nginxFront(nodePort: number, frontPort: number, barePort: number, duration: number) {
  const front = await startFront(nodePort, frontPort, barePort);
  if (!front) return { skipped: NO_NGINX };
  try {
    const { page } = front;
    const check = await fetch(`${front.url}${page}`);
    const servedFromDisk = !check.headers.has("x-nextjs-cache") && !check.headers.has("x-nextjs-prerender") && Boolean(check.headers.get("etag"));
    // nginx must send the page's own policy from the build (csp-nginx.conf): its hashes, or none on a page without scripts.
    const manifest = JSON.parse(await readFile(path.join(ROOT, ".next", CSP_MANIFEST), "utf8")) as CspManifest;
    const hasCsp = manifest.pages[page] !== undefined && check.headers.get("content-security-policy") === contentSecurityPolicy(manifest.pages[page], { upgradeInsecureRequests: true });
    await load({ url: `${front.url}${page}`, connections: 10, duration: 2 });
    const served = await load({ url: `${front.url}${page}`, connections: 50, duration });
    const bare = await load({ url: front.bareUrl, connections: 50, duration });
    const viaNode = await load({ url: `${front.url}${page}?maalgruppe=virksomhed`, connections: 50, duration });
    const documentPost = { method: "POST" as const, body: documentBody(), headers: { "content-type": "application/x-www-form-urlencoded" } };
    await load({ url: `${front.url}/vaerktoejer/dokument`, ...documentPost, connections: 4, duration: 2 });
    const documentsViaFront = await load({ url: `${front.url}/vaerktoejer/dokument`, ...documentPost, connections: 20, duration });
    // The same form and route asking for the answers back as JSON: the request without validation and document. Its
    // rate is the most documents per second this setup could reach with a document writer that cost nothing.
    const routeCeiling = await load({ url: `${front.url}/vaerktoejer/dokument`, ...documentPost, body: documentBody("json"), connections: 20, duration });
    return { page, servedFromDisk, hasCsp, front: served, bare, proxiedToNode: viaNode, ratio: Math.round((served.rps / bare.rps) * 100) / 100, nodeInstances: front.nodePids.length, documentsViaFront, routeCeiling };
  } finally {
    await front.stop();
  }
}

const NO_NGINX = "nginx er ikke installeret (Debian: apt-get install nginx-light)";
