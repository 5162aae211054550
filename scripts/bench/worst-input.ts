/**
 * The bench's "worst input" section: for every route that takes a body, the slowest of a generated set of
 * pathological bodies at 10, 50 and 100 KB, and how long a plain GET / waits while each is being handled.
 * MDX (the Markdown reader's quadratic corners) goes to POST /indsend/fil and the two editor forms' server action;
 * deep JSON and many fields go to POST /vaerktoejer/dokument and /vaerktoejer/hent. A figure, not a test.
 */
import { loadavg } from "node:os";
import { startNext } from "./lib";

const KB = 1024;
export const WORST_INPUT_SIZES = [10, 50, 100];
/** How long a plain page may wait while the server handles the worst body. */
export const GET_BUDGET_MS = 100;

const FRONTMATTER = '---\nkind: behov\ntitle: "Sensor der opdager fald"\nsummary: "Vi leder efter løsninger, der kan opdage fald i eget hjem uden kamera."\n---\n\n';

/** Text of `size` bytes built by repeating `unit`, optionally closed by `tail`. */
const fill = (unit: string, size: number, tail = "") => unit.repeat(Math.max(0, Math.floor((size - tail.length) / unit.length))) + tail;

/** Markdown and MDX that make readers slow: emphasis and bracket runs, deep nesting, very long lines. */
export const MDX_BODIES: Record<string, (size: number) => string> = {
  "*a (fremhævning)": (size) => fill("*a", size),
  "*_[ blandet": (size) => fill("*_[", size),
  "~a (gennemstregning)": (size) => fill("~a", size),
  "***a": (size) => fill("***a", size),
  "[a]( (åbne links)": (size) => fill("[a](", size),
  "[[[ (indlejrede klammer)": (size) => fill("[", size),
  "![[ (billeder)": (size) => fill("![", size),
  '<a b=" (citationstegn)': (size) => fill('<a b="', size),
  "\"'\" (citationstegn)": (size) => fill("\"'", size),
  "> > > (dybe citater)": (size) => fill("> ", size, "a"),
  "- - - (dybe lister)": (size) => fill("- ", size, "a"),
  "trappelister": (size) => Array.from({ length: Math.floor(size / 120) }, (_, i) => `${" ".repeat((i * 2) % 100)}- a`).join("\n"),
  "én lang linje": (size) => fill("a", size),
  "`a (kode)": (size) => fill("`a", size),
  "{ (udtryk)": (size) => fill("{", size),
  "<Callout> (indlejrede komponenter)": (size) => fill("<Callout>", size),
  "|a (tabel)": (size) => `${fill("|a", size / 2)}\n${fill("|-", size / 2)}`,
  "\\* (escapes)": (size) => fill("\\*a", size),
};

/** YAML frontmatter that makes YAML readers slow or huge. */
export const YAML_BODIES: Record<string, (size: number) => string> = {
  "YAML: ? nøgler": (size) => `---\n${fill("? ", size - 10)}\n---\n`,
  "YAML: ankre og henvisninger": (size) => `---\n${Array.from({ length: Math.floor(size / 24) }, (_, i) => `k${i}: &a${i} [*a${Math.max(0, i - 1)}]`).join("\n")}\n---\n`,
  "YAML: mange felter": (size) => `---\n${Array.from({ length: Math.floor(size / 9) }, (_, i) => `k${i}: 1`).join("\n")}\n---\n`,
  "YAML: dybe [ ]": (size) => `---\na: ${fill("[", size - 20)}\n---\n`,
  "YAML: ubalanceret citat": (size) => `---\na: "${fill("x\n", size - 20)}\n---\n`,
};

/** JSON answers that make parsers and serialisers slow or deep. */
export const JSON_BODIES: Record<string, (size: number) => string> = {
  "dyb liste [[[…]]]": (size) => `${"[".repeat(size / 2)}${"]".repeat(size / 2)}`,
  "dybt objekt {\"a\":{…}}": (size) => `${'{"a":'.repeat(Math.floor(size / 6))}1${"}".repeat(Math.floor(size / 6))}`,
  "mange nøgler": (size) => `{${Array.from({ length: Math.floor(size / 12) }, (_, i) => `"k${i}":"x"`).join(",")}}`,
  "lang tekst": (size) => JSON.stringify({ project: { title: "a".repeat(size - 40) } }),
  "mange virksomheder": (size) => JSON.stringify({ parties: { companies: Array.from({ length: Math.floor(size / 12) }, () => ({ name: "x" })) } }),
};

/** A multipart/form-data body built by hand, so its size is exact (URL encoding would triple brackets). */
function multipart(fields: [string, string][]): { body: Uint8Array<ArrayBuffer>; type: string } {
  const boundary = "----opiguidenbench7MA4YWxkTrZu0gW";
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: new TextEncoder().encode(`${parts.join("")}--${boundary}--\r\n`), type: `multipart/form-data; boundary=${boundary}` };
}

/** Fills the form's text fields, each at most 8,000 characters as the form reads them, until the body reaches `size`. */
function editorFields(kind: "case" | "listing", text: string, size: number): [string, string][] {
  const textFields = kind === "case" ? ["body", "summary", "citizen", "publicBody", "company", "lessons", "publicParties", "companies", "knowledgeInstitutions", "title", "duration", "agreement", "contact", "sources"] : ["body", "summary", "title", "organisation", "contactName", "contactUrl"];
  const fields: [string, string][] = [];
  let left = size;
  for (const name of textFields) {
    if (left <= 0) break;
    const piece = text.slice(0, Math.min(8000, left));
    fields.push([name, piece]);
    left -= piece.length + 100;
  }
  return fields;
}

interface Measured {
  input: string;
  status: number;
  ms: number;
  getMaxMs: number;
  bytes: number;
}

/** Sends one request and, while it runs, asks for GET / again and again; returns both timings. */
async function measure(base: string, path: string, fields: [string, string][], input: string): Promise<Measured> {
  // As a browser sends it: a server action without an Origin is refused by Next.js' CSRF check.
  const { body, type } = multipart(fields);
  let done = false;
  let getMaxMs = 0;
  const probe = (async () => {
    while (!done) {
      const start = performance.now();
      await fetch(`${base}/`).then((r) => r.arrayBuffer()).catch(() => undefined);
      if (!done) getMaxMs = Math.max(getMaxMs, performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const start = performance.now();
  const response = await fetch(`${base}${path}`, { method: "POST", body, headers: { "content-type": type, origin: base } });
  await response.arrayBuffer();
  const ms = performance.now() - start;
  done = true;
  await probe;
  return { input, status: response.status, ms: Math.round(ms), getMaxMs: Math.round(getMaxMs), bytes: body.length };
}

/** The JS-off fields of a page's server-action form ($ACTION_REF_n, $ACTION_n:0, $ACTION_n:1), read from its HTML. */
async function actionFields(base: string, path: string): Promise<[string, string][]> {
  const html = await (await fetch(`${base}${path}`)).text();
  const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return [...html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?/g)].map((m) => [m[1]!, unescape(m[2] ?? "")]);
}

export interface WorstInputRow {
  route: string;
  sizeKb: number;
  slowest: Measured;
  all: Measured[];
}

export async function worstInput(port: number): Promise<{ getBaselineMs: number; loadAverage: number[]; rows: WorstInputRow[] }> {
  const server = await startNext(port);
  try {
    const base = server.url;
    const editorForms = { case: await actionFields(base, "/cases/indsend"), listing: await actionFields(base, "/markedsplads/opret") };
    // Every route answers once with ordinary input first, so no figure includes loading the route's code.
    const warmUp: [string, [string, string][]][] = [
      ["/indsend/fil", [["kind", "listing"], ["mdx", `${FRONTMATTER}Tekst.`]]],
      ["/cases/indsend", [...editorForms.case, ["title", "Robot"], ["body", "Tekst."]]],
      ["/markedsplads/opret", [...editorForms.listing, ["title", "Sensor"], ["body", "Tekst."]]],
      ...["docx", "pdf", "json"].map((format): [string, [string, string][]] => ["/vaerktoejer/dokument", [["document", "samarbejdsaftale"], ["format", format], ["answers", "{}"]]]),
      ...["docx", "xlsx", "csv"].map((format): [string, [string, string][]] => ["/vaerktoejer/hent", [["tool", "business-case"], ["format", format], ["answers", "{}"]]]),
    ];
    for (const [path, fields] of warmUp) await measure(base, path, fields, "opvarmning");
    const baseline: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      await (await fetch(`${base}/`)).arrayBuffer();
      baseline.push(performance.now() - start);
    }
    const rows: WorstInputRow[] = [];
    const row = async (route: string, sizeKb: number, requests: { input: string; path: string; fields: [string, string][] }[]) => {
      const all: Measured[] = [];
      for (const request of requests) all.push(await measure(base, request.path, request.fields, request.input));
      const slowest = all.reduce((a, b) => (b.ms > a.ms ? b : a));
      rows.push({ route, sizeKb, slowest, all });
    };

    for (const sizeKb of WORST_INPUT_SIZES) {
      // Room for the multipart framing, so the whole request stays within the routes' 100 KB.
      const size = sizeKb * KB - 600;
      const mdx = [
        ...Object.entries(MDX_BODIES).map(([input, make]) => ({ input, mdx: FRONTMATTER + make(size - FRONTMATTER.length) })),
        ...Object.entries(YAML_BODIES).map(([input, make]) => ({ input, mdx: make(size) })),
      ];
      await row("POST /indsend/fil", sizeKb, mdx.map(({ input, mdx: text }) => ({ input, path: "/indsend/fil", fields: [["kind", "listing"], ["mdx", text]] })));
      for (const [kind, path] of [["case", "/cases/indsend"], ["listing", "/markedsplads/opret"]] as const) {
        const requests = Object.entries(MDX_BODIES).map(([input, make]) => ({ input, path, fields: [...editorForms[kind], ...editorFields(kind, make(size), size)] as [string, string][] }));
        await row(`editorformular ${path} (server action)`, sizeKb, requests);
      }
      for (const [path, control] of [
        ["/vaerktoejer/dokument", [["document", "samarbejdsaftale"]]],
        ["/vaerktoejer/hent", [["tool", "business-case"]]],
      ] as const) {
        const formats = path === "/vaerktoejer/dokument" ? ["docx", "pdf", "json"] : ["docx", "xlsx", "csv"];
        const requests = [
          ...Object.entries(JSON_BODIES).flatMap(([input, make]) => formats.map((format) => ({ input: `${input}, ${format}`, path, fields: [...control, ["format", format], ["answers", make(size)]] as [string, string][] }))),
          ...formats.map((format) => ({
            input: `mange felter, ${format}`,
            path,
            fields: [...control, ["format", format], ...Array.from({ length: Math.floor(size / 60) }, (_, i) => [`f${i}`, "x"] as [string, string]), ["answers", "{}"]] as [string, string][],
          })),
        ];
        await row(`POST ${path}`, sizeKb, requests);
      }
    }
    const sorted = [...baseline].sort((a, b) => a - b);
    return { getBaselineMs: Math.round(sorted[Math.floor(sorted.length / 2)]!), loadAverage: loadavg().map((n) => Math.round(n * 10) / 10), rows };
  } finally {
    await server.stop();
  }
}
