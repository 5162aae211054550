/**
 * Content from the web (POST /indsend/fil and the editor forms) is read in a worker thread with a time and heap limit.
 * The limits are made tiny here, so the tests show the limit working rather than measure time.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { execFileSync } from "node:child_process";
import { POST } from "@/app/indsend/fil/route";
import { submitEditorForm, type EditorState } from "@/components/editor/actions";
import { checkEditorInput, editorCheckLimits, editorCheckPool, useEditorCheckLimits } from "@/lib/editor/check";
import { WorkerPool } from "@/lib/workers/pool";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { EditorForm } from "@/components/editor/EditorForm.client";

/** A valid listing, as content:check accepts it. */
const listing = readFileSync("tests/fixtures/content/good/markedsplads/behov-faldsensor.mdx", "utf8");
const [frontmatter] = listing.split(/\n\n/);
/** 90 KB that the Markdown reader needs 18–60 s for on the server's thread (quadratic emphasis matching). */
const pathological = `${frontmatter}\n\n${"*a".repeat(45_000)}\n`;

const post = (fields: Record<string, string>) => POST(new Request("http://localhost/indsend/fil", { method: "POST", body: new URLSearchParams(fields) }));
const listItems = async (response: Response) => [...(await response.text()).matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);

afterEach(async () => {
  await useEditorCheckLimits({});
});
afterAll(async () => {
  await editorCheckPool().close();
});

describe("POST /indsend/fil", () => {
  it("runs no code from ---js frontmatter: 422 with a Danish message, and no file is written", async () => {
    const marker = path.join(tmpdir(), "opi-guiden-indsend-frontmatter-js-ran");
    await rm(marker, { force: true });
    const mdx = `---js\n(require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"), { kind: "behov", title: "Kode i frontmatter" })\n---\n\nTekst.\n`;
    const response = await post({ kind: "listing", mdx });
    expect(response.status).toBe(422);
    expect(await listItems(response)).toEqual([
      "frontmatter: første linje er &#34;---js&#34;, men må kun indeholde ---. Frontmatter skrives altid i YAML, aldrig i JavaScript, JSON eller et andet sprog. Slet &#34;js&#34; efter ---",
    ]);
    expect(existsSync(marker)).toBe(false);
  });

  it("refuses explicit YAML tags and names the line", async () => {
    const response = await post({ kind: "listing", mdx: listing.replace('title: "Sensor der opdager fald"', "title: !!binary U2Vuc29y") });
    expect(response.status).toBe(422);
    expect((await listItems(response))[0]).toMatch(/^frontmatter: YAML-tagget &#34;!!binary&#34; \(linje 3\) er ikke tilladt/);
  });

  it("answers a body the reader cannot finish within the limit with a Danish 422, and the next request is served by a fresh worker", async () => {
    // Far below the 18–60 s the body needs, far above the few milliseconds a valid file needs, even in a cold worker on a busy machine.
    await useEditorCheckLimits({ timeoutMs: 1500 });
    const response = await post({ kind: "listing", mdx: pathological });
    expect(response.status).toBe(422);
    expect(await listItems(response)).toEqual(["Teksten er for indviklet til at blive tjekket. Del lange afsnit op, og undgå lange rækker af *, _, ~, [ eller &#62;"]);
    expect(editorCheckPool().stats).toMatchObject({ timedOut: 1, replaced: 1 });

    const valid = await post({ kind: "listing", mdx: listing });
    expect(valid.status).toBe(200);
    expect(valid.headers.get("content-disposition")).toContain('filename="sensor-der-opdager-fald.mdx"');
  }, 30_000);

  it("refuses work beyond the pool and its queue at once with a Danish 503", async () => {
    await useEditorCheckLimits({ workers: 1, queue: 1, timeoutMs: 300 });
    const responses = await Promise.all([1, 2, 3].map(() => post({ kind: "listing", mdx: pathological })));
    expect(responses.map((r) => r.status).sort()).toEqual([422, 422, 503]);
    const busy = responses.find((r) => r.status === 503)!;
    expect(busy.headers.get("retry-after")).toBe("10");
    expect(await busy.text()).toContain("<h1>Prøv igen om lidt</h1>");
    expect(editorCheckPool().stats.refused).toBe(1);
  }, 30_000);
});

describe("the editor forms", () => {
  it("tell the editor in Danish when the story is too complex to check, and keep the answers", async () => {
    await useEditorCheckLimits({ timeoutMs: 50 });
    const form = new FormData();
    form.set("title", "Robot i ældreplejen");
    form.set("body", "*_~".repeat(2600));
    const previous: EditorState = { kind: "case", values: {}, errors: {}, revision: 3 };
    const state = await submitEditorForm(previous, form);
    expect(state.errors.body).toBe("Teksten er for indviklet til at blive tjekket. Del lange afsnit op, og undgå lange rækker af *, _, ~, [ eller >");
    expect(state.values.title).toBe("Robot i ældreplejen");
    expect(state.file).toBeUndefined();
    expect(state.revision).toBe(4);
  }, 30_000);
});

describe("the editor forms sent empty", () => {
  it("ask for each field in the form's order, the story or the description by its own label", async () => {
    const previous = (kind: EditorState["kind"]): EditorState => ({ kind, values: {}, errors: {}, revision: 0 });
    const listing = await submitEditorForm(previous("listing"), new FormData());
    expect(Object.entries(listing.errors)).toEqual([
      ["kind", "Vælg en type"],
      ["title", "Skriv en titel"],
      ["summary", "Skriv et resumé"],
      ["organisation", "Skriv navnet på organisationen"],
      ["area", "Vælg et område"],
      ["phases", "Vælg mindst én fase"],
      ["expires", "Skriv den sidste dag, opslaget skal vises"],
      ["contactName", "Skriv en kontaktperson eller en enhed"],
      ["body", "Skriv en beskrivelse"],
    ]);
    const cases = await submitEditorForm(previous("case"), new FormData());
    expect(Object.keys(cases.errors)).toEqual(["title", "summary", "sources", "phases", "audience", "area", "opiType", "status", "publicParties", "body"]);
    expect(cases.errors.body).toBe("Skriv fortællingen");
  }, 30_000);
});

describe("the listing form", () => {
  it("reads its own field »Type«, not the marker that names the form, and makes the file", async () => {
    const initial: EditorState = { kind: "listing", values: {}, errors: {}, revision: 0 };
    const html = renderToStaticMarkup(createElement(EditorForm, { action: async (state: EditorState) => state, initial, repositoryUrl: "https://github.com/eksempel/opi", branch: "main" }));
    // The form as the browser sends it: its hidden fields first, then the answers.
    const form = new FormData();
    for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) form.append(name!, value!);
    for (const [name, value] of Object.entries({ kind: "behov", title: "Sensor der opdager fald", summary: "Vi leder efter løsninger, der kan opdage fald i eget hjem.", organisation: "Eksempelkommune", area: "aeldrepleje", phases: "ide", published: "2026-11-01", expires: "2027-06-30", contactName: "Innovationsenheden", contactEmail: "innovation@eksempel.dk", example: "on", body: "Skriv til os." })) form.set(name, value);
    const state = await submitEditorForm({ kind: "listing", values: {}, errors: {}, revision: 0 }, form);
    expect(state.errors).toEqual({});
    expect(state.file?.name).toBe("sensor-der-opdager-fald.mdx");
    expect(state.file?.mdx).toContain("kind: behov");
  }, 30_000);
});

describe("the worker pool", () => {
  it("reads its limits from the environment", () => {
    expect(editorCheckLimits({ EDITOR_CHECK_WORKERS: "3", EDITOR_CHECK_QUEUE: "7", EDITOR_CHECK_TIMEOUT_MS: "250", EDITOR_CHECK_MEMORY_MB: "64" })).toEqual({
      workers: 3,
      queue: 7,
      timeoutMs: 250,
      memoryMb: 64,
    });
    expect(editorCheckLimits({ EDITOR_CHECK_TIMEOUT_MS: "nonsense", EDITOR_CHECK_WORKERS: "0", EDITOR_CHECK_MEMORY_MB: "1" })).toMatchObject({ timeoutMs: 2000, queue: 4, memoryMb: 128 });
    expect(editorCheckLimits({ EDITOR_CHECK_QUEUE: "0" }).queue).toBe(0);
  });

  it("ends a worker that passes its heap limit, answers 'memory' and replaces it", async () => {
    // A worker that keeps every input it is sent and grows without end when told to.
    const source = `
      const { parentPort } = require("node:worker_threads");
      parentPort.on("message", (m) => {
        if (m.input === "grow") { const kept = []; for (;;) kept.push(new Array(1e5).fill(Math.random())); }
        parentPort.postMessage({ type: "result", id: m.id, value: m.input });
      });
      parentPort.postMessage({ type: "ready" });`;
    const limits = { workers: 1, queue: 2, timeoutMs: 20_000, memoryMb: 16 };
    const pool = new WorkerPool<string, string>(() => new Worker(source, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 } }), limits);
    try {
      expect(await pool.run("grow")).toEqual({ ok: false, reason: "memory" });
      expect(await pool.run("hej")).toEqual({ ok: true, value: "hej" });
      expect(pool.stats).toMatchObject({ outOfMemory: 1, replaced: 1, completed: 1 });
    } finally {
      await pool.close();
    }
  }, 30_000);

  it("replaces a worker that ran out of time, and a script waiting for the replacement does not end before its answer", () => {
    // In a script nothing else keeps the process alive: an idle worker must not, a job waiting for a loading one must.
    const script = `
      import { Worker } from "node:worker_threads";
      import { WorkerPool } from "./lib/workers/pool.ts";
      const source = 'const { parentPort } = require("node:worker_threads"); parentPort.on("message", (m) => { if (m.input === "spin") for (;;); parentPort.postMessage({ type: "result", id: m.id, value: m.input }); }); parentPort.postMessage({ type: "ready" });';
      const pool = new WorkerPool(() => new Worker(source, { eval: true, execArgv: [] }), { workers: 1, queue: 1, timeoutMs: 100, memoryMb: 64 });
      const first = await pool.run("spin");
      const second = await pool.run("hej");
      console.log(JSON.stringify({ first, second, stats: pool.stats }));`;
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    expect(JSON.parse(out)).toMatchObject({ first: { ok: false, reason: "timeout" }, second: { ok: true, value: "hej" }, stats: { timedOut: 1, replaced: 1, started: 2 } });
  }, 60_000);

  it("checks valid input in the worker exactly as content:check would", async () => {
    const result = await checkEditorInput("listing", listing);
    expect(result).toEqual({ ok: true, errors: {}, title: "Sensor der opdager fald" });
  }, 30_000);
});
