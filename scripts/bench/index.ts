/**
 * npm run bench: prints the site's speed figures as tables and writes them to bench-results/bench-<time>.json.
 * Figures, not tests: nothing here fails because a machine is slow. Budgets are reported as met or missed.
 *
 *   npm run bench                          every section (the build section builds 3 × 2 times: slow)
 *   npm run bench -- --only=weights,documents
 *   npm run bench -- --duration=5 --sizes=0,250 --lighthouseRuns=5
 *   npm run bench -- --only=worst --port=3310    (servers on --port and the ports just above it)
 */
import { execFileSync, execSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import os from "node:os";
import { kb, ROOT, table } from "./lib";
import { filesUnder } from "../build-output";
import { BUDGET_KB, buildScaling, documents, lighthouseScores, loadMix, nginxFront, pageWeights, searchLatency, serverThroughput } from "./sections";
import { GET_BUDGET_MS, worstInput } from "./worst-input";

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, "").split("=") as [string, string]));
const only = args.only ? new Set(args.only.split(",")) : null;
const wanted = (section: string) => !only || only.has(section);
const duration = Number(args.duration ?? 10);
const sizes = (args.sizes ?? "0,250,2500").split(",").map(Number);
const PORT = Number(args.port ?? 3300);
const ok = (met: boolean) => (met ? "ja" : "NEJ");

/** Why the production build can't be measured as it is (missing, or older than a source file), or "" if it can. */
async function buildIsStale(): Promise<string> {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  if (!existsSync(buildId)) return "Ingen produktionsbuild";
  const built = statSync(buildId).mtimeMs;
  const sources = [
    ...(await Promise.all(["app", "components", "content", "lib", "public"].map((dir) => filesUnder(path.join(ROOT, dir), "")))).flat(),
    ...["next.config.mjs", "proxy.ts", "package.json"].map((file) => path.join(ROOT, file)),
  ];
  const newer = sources.find((file) => existsSync(file) && statSync(file).mtimeMs > built);
  return newer ? `Produktionsbuilden er ældre end ${path.relative(ROOT, newer)}` : "";
}

async function main() {
  const figures: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  };
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const needsBuild = ["weights", "throughput", "documents", "load", "nginx", "lighthouse", "worst"].some(wanted);
  const stale = needsBuild && (await buildIsStale());
  if (stale) {
    console.log(`${stale}: bygger først (npm run build) …`);
    // A build for this machine: its pages and documents link to the bench's own server.
    execSync("npm run build", { cwd: ROOT, stdio: "inherit", env: { ...process.env, SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${PORT}`, ALLOW_LOCAL_SITE_URL: "1" } });
  }

  if (wanted("weights")) {
    const weights = await pageWeights(PORT);
    figures.pageWeight = weights;
    table(
      `Sidevægt (gzip). Rammeværkets egen basis (rootMainFiles): ${kb(weights.baselineGzip)} KB JavaScript`,
      ["Sidetype", "HTML KB", "Rammeværk", "JS KB", "JS over basis KB", "Budget KB", "Overholdt"],
      weights.pages.map((p) => [`${p.type} (${p.path})`, kb(p.htmlGzip), p.runtime ? "ja" : "nej", kb(p.jsGzip), kb(p.extraGzip), `+${p.budgetKb}`, ok(p.withinBudget)]),
    );
  }

  if (wanted("throughput")) {
    const t = await serverThroughput(PORT, PORT + 1, duration);
    figures.throughput = t;
    table(`Gennemløb for en indholdsside (${t.page}), ${t.connections} forbindelser, ${duration} s`, ["Server", "req/s", "p50 ms", "p99 ms", "fejl", "ikke-2xx"], [
      ["next start", t.next.rps, t.next.p50, t.next.p99, t.next.errors, t.next.non2xx],
      ["ren statisk Node-server, samme HTML", t.plainStatic.rps, t.plainStatic.p50, t.plainStatic.p99, t.plainStatic.errors, t.plainStatic.non2xx],
      ["forhold (next / statisk)", t.ratio, "", "", "", ""],
    ]);
  }

  if (wanted("documents")) {
    const d = await documents(PORT, duration);
    figures.documents = d;
    table("Dokumenter: OPI-samarbejdsaftale som DOCX", ["Måling", "værdi", "budget", "overholdt"], [
      [`i processen, p50 ms (${d.inProcess.runs} kørsler)`, d.inProcess.p50, "≤ 20", ok(d.inProcess.p50 <= 20)],
      ["i processen, p99 ms", d.inProcess.p99, "", ""],
      [`kun med docx, uden færdige layout, p50 ms (${d.docxAlone.runs} kørsler)`, d.docxAlone.p50, "", ""],
      ["gennem ruten, 20 forbindelser, dokumenter/s", d.route.rps, "≥ 300", ok(d.route.rps >= 300)],
      ["gennem ruten, p50 / p99 ms", `${d.route.p50} / ${d.route.p99}`, "", ""],
      ["gennem ruten, fejl / ikke-2xx", `${d.route.errors} / ${d.route.non2xx}`, "0", ok(d.route.errors + d.route.non2xx === 0)],
    ]);
    table("Dokumenter: OPI-samarbejdsaftale som mærket PDF (PDF/UA) med indlejrede skrifter", ["Måling", "værdi", "budget", "overholdt"], [
      [`i processen, p50 ms (${d.pdf.runs} kørsler)`, d.pdf.p50, "≤ 50", ok(d.pdf.p50 <= 50)],
      ["i processen, p99 ms", d.pdf.p99, "", ""],
      [`ny titel og nye parter hver gang, p50 / p99 ms (${d.pdfFreshText.runs} kørsler)`, `${d.pdfFreshText.p50} / ${d.pdfFreshText.p99}`, "", ""],
    ]);
  }

  if (wanted("load")) {
    const seconds = Number(args.loadSeconds ?? 60);
    const l = await loadMix(PORT, { node: PORT + 10, front: PORT + 2, bare: PORT + 3 }, seconds);
    figures.load = l;
    const runs = [["én Node-server alene", l.node] as const, ...("skipped" in l.front ? [] : [[`nginx foran ${l.front.instances} Node-instanser (deploy/)`, l.front] as const])];
    table(`Belastning: 200 forbindelser i ${seconds} s over sider og dokument-POST (kun loopback)`, ["Opsætning", "kørsel", "req/s", "p50 ms", "p99 ms", "fejl (heraf > 30 s)", "ikke-2xx", "0 fejl"], runs.flatMap(([name, r]) => [
      [name, "første", r.run.rps, r.run.p50, r.run.p99, `${r.run.errors} (${r.run.timeouts})`, r.run.non2xx, ok(r.run.errors + r.run.non2xx === 0)],
      ["", "anden", r.second.rps, r.second.p50, r.second.p99, `${r.second.errors} (${r.second.timeouts})`, r.second.non2xx, ok(r.second.errors + r.second.non2xx === 0)],
    ]));
    for (const [name, r] of runs) console.log(`Hukommelse, ${name} (MB): før ${r.rssMb.before}, lige efter ${r.rssMb.after}, efter hvile ${r.rssMb.afterRest}, efter anden kørsel og hvile ${r.rssMb.afterSecondRunRest}. Flad hukommelse: de to tal efter hvile er næsten ens.`);
    if ("skipped" in l.front) console.log(`nginx-opsætningen: sprunget over: ${l.front.skipped}`);
  }

  if (wanted("nginx")) {
    const n = await nginxFront(PORT + 10, PORT + 2, PORT + 3, duration);
    figures.nginx = n;
    if ("skipped" in n) console.log(`\nnginx-forsiden: sprunget over: ${n.skipped}`);
    else
      table(`nginx foran Node (deploy/nginx.conf) mod bar nginx på samme HTML (${n.page}), 50 forbindelser, ${duration} s`, ["Server", "req/s", "p50 ms", "p99 ms", "fejl", "ikke-2xx"], [
        [`nginx-forside (fra disk: ${n.servedFromDisk ? "ja" : "NEJ"}, sidens egen CSP: ${n.hasCsp ? "ja" : "NEJ"})`, n.front.rps, n.front.p50, n.front.p99, n.front.errors, n.front.non2xx],
        ["bar nginx, samme HTML-fil", n.bare.rps, n.bare.p50, n.bare.p99, n.bare.errors, n.bare.non2xx],
        ["forhold (forside / bar), mål ≥ 0,5", n.ratio, "", "", "", ""],
        ["samme side med ?maalgruppe= (via Node)", n.proxiedToNode.rps, n.proxiedToNode.p50, n.proxiedToNode.p99, n.proxiedToNode.errors, n.proxiedToNode.non2xx],
        [`DOCX-dokumenter/s, 20 forbindelser, ${n.nodeInstances} Node-instanser (budget ≥ 300: ${ok(n.documentsViaFront.rps >= 300)})`, n.documentsViaFront.rps, n.documentsViaFront.p50, n.documentsViaFront.p99, n.documentsViaFront.errors, n.documentsViaFront.non2xx],
        ["samme formular, svar tilbage som JSON (uden validering og dokument)", n.routeCeiling.rps, n.routeCeiling.p50, n.routeCeiling.p99, n.routeCeiling.errors, n.routeCeiling.non2xx],
      ]);
  }

  if (wanted("worst")) {
    const w = await worstInput(PORT);
    figures.worstInput = w;
    table(
      `Værste input: den langsomste af de genererede kroppe pr. rute og størrelse, og hvor længe GET / ventede imens (uden belastning: ${w.getBaselineMs} ms)`,
      ["Rute", "KB", "langsomste input", "svar", "ms", "GET / ventede højst ms", `budget ≤ ${GET_BUDGET_MS}`],
      w.rows.map((r) => [r.route, r.sizeKb, r.slowest.input, r.slowest.status, r.slowest.ms, Math.max(...r.all.map((m) => m.getMaxMs)), ok(Math.max(...r.all.map((m) => m.getMaxMs)) <= GET_BUDGET_MS)]),
    );
    console.log("Editorformularerne læser højst 8.000 tegn pr. felt; teksten fordeles over formularens tekstfelter op til størrelsen.");
    console.log(`Maskinens belastning (load average 1/5/15 min) ved slut: ${w.loadAverage.join(" / ")} på ${os.cpus().length} kerner. GET-tiderne er kun meningsfulde på en maskine uden anden belastning.`);
  }

  if (wanted("search")) {
    const s = await searchLatency(2500);
    figures.search = s;
    table("Søgning: indekset som browseren henter (/soeg/indeks.json), og 2.500 cases i processen", ["Måling", "værdi"], [
      ["sidens søgeindeks, KB", s.siteIndexKb],
      ["sidens søgeindeks, KB gzip", s.siteIndexGzipKb],
      [`indeks over ${s.documents} cases, KB gzip`, s.generatedIndexGzipKb],
      ["opbygning af indeks, ms", s.prepareMs],
      [`søgning p50 ms (${s.queries} søgninger)`, s.p50],
      ["søgning p99 ms", s.p99],
    ]);
  }

  if (wanted("build")) {
    const b = await buildScaling(sizes);
    figures.build = b;
    table("Build med genererede cases (eget content- og build-katalog)", ["Cases", "casesider", "build s", "top-hukommelse MB", "genbyg efter én ændret fil s", "ok"], b.results.map((r) => [r.cases, r.casePages, (r.buildMs / 1000).toFixed(1), r.peakMb, (r.rebuildMs / 1000).toFixed(1), ok(r.ok && r.rebuildOk)]));
    if (b.msPerCaseBetweenSizes.length) console.log(`Ekstra byggetid pr. case mellem størrelserne: ${b.msPerCaseBetweenSizes.join(" ms, ")} ms (lineær vækst: tallene er ens). Budget: 2.500 cases ≤ 300 s.`);
  }

  if (wanted("lighthouse")) {
    const chromePath = execFileSync("bash", ["scripts/find-chromium.sh"], { cwd: ROOT, encoding: "utf8" }).trim();
    const runs = Math.max(1, Number(args.lighthouseRuns ?? 3));
    const l = await lighthouseScores(PORT, chromePath, runs);
    figures.lighthouse = l;
    table(`Lighthouse (mobil, medianen af ${runs} kørsler). Budget: ydelse ≥ 98, de tre andre 100`, ["Side", "ydelse", "(laveste–højeste)", "LCP ms", "TBT ms", "tilgængelighed", "god praksis", "SEO", "fejlende audits"], l.map((s) => [s.type, s.performance, `${s.performanceRange[0]}–${s.performanceRange[1]}`, s.lcpMs, s.tbtMs, s.accessibility, s.bestPractices, s.seo, s.failing.join(", ") || "–"]));
    console.log(`Lighthouses benchmarkIndex for denne maskine: ${[...new Set(l.map((s) => s.benchmarkIndex))].join(", ")} (standardens 4x CPU-nedsættelse forudsætter 1500–2000).`);
  }

  await mkdir(path.join(ROOT, "bench-results"), { recursive: true });
  const file = path.join(ROOT, "bench-results", `bench-${(figures.date as string).replace(/[:.]/g, "-")}.json`);
  await writeFile(file, `${JSON.stringify({ budgets: { jsOverBaselineKb: BUDGET_KB, docxP50Ms: 20, pdfP50Ms: 50, documentsPerSecond: 300, build2500Seconds: 300, getWhileWorstInputMs: GET_BUDGET_MS }, ...figures }, null, 2)}\n`);
  console.log(`\nTallene er gemt i ${path.relative(ROOT, file)}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
