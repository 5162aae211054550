import { expect, it } from "vitest";
import fc from "fast-check";
import { POST } from "@/app/vaerktoejer/dokument/route";
import { POST as postPlanning } from "@/app/vaerktoejer/hent/route";
import { POST as postEditorFile } from "@/app/indsend/fil/route";

const postDocument = POST;
import { agreementStep } from "@/components/tools/agreement/actions";
import type { FlowState } from "@/lib/agreements/form";
import { exampleAnswers } from "@/lib/agreements/examples";
import { planningStep } from "@/components/tools/planning/actions";
import type { PlanningState } from "@/lib/planning/ids";
import { ERROR_PAGE_CSP } from "@/lib/http/error-page";

const hostileString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom("<script>alert(1)</script>", "'; DROP TABLE svar;--", "=CMD()", "{{project.title}}", "\u0000\uffff\ud800", "../../etc/passwd", "𝕆ℙ𝕀 😀", "a".repeat(5001)),
);

const answersLike = fc.oneof(
  fc.constant(JSON.stringify(exampleAnswers)),
  fc.json({ maxDepth: 4 }),
  hostileString,
  fc.record({ parties: fc.anything({ maxDepth: 3 }), project: fc.anything({ maxDepth: 2 }) }).map((value) => JSON.stringify(value)),
  fc.constant(JSON.stringify({ parties: { companies: Array.from({ length: 500 }, () => ({ name: "x" })) } })),
);


// Every route a plain HTML form posts to, with the fields it reads.
const ROUTES = [
  { path: "/vaerktoejer/dokument", POST: postDocument, fields: { document: ["samarbejdsaftale", "fortrolighedsaftale"], format: ["docx", "pdf", "json"] } },
  { path: "/vaerktoejer/hent", POST: postPlanning, fields: { tool: ["vejvalg", "behovsscreening", "partnerscreening", "business-case"], format: ["docx", "xlsx", "csv"] } },
  { path: "/indsend/fil", POST: postEditorFile, fields: { kind: ["case", "listing"], mdx: ["---\ntitle: x\n---\n", "<script>alert(1)</script>"] } },
] as const;

const injection = fc.constantFrom("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE svar;--", "=HYPERLINK(\"http://x\")", "${process.env}", "{{constructor.constructor('x')()}}", "\u202e\u0000\ud800", "💥".repeat(3000));

// What a form route may answer: the file, or the plain Danish error page with a specific reason. The catch-all
// ("… kunne ikke laves") would mean that an input reached an exception, so it never counts as an answer here.
const REFUSALS = new Set(["Ukendt dokument", "Ukendt filformat", "Der mangler svar", "PDF-filen kan ikke vise alle tegn", "Ukendt værktøj", "Filen er ikke gyldig", "Forespørgslen er for stor", "Forkert format", "Formularen kunne ikke læses"]);

async function expectAnswer(response: Response, how: string, label: string): Promise<void> {
  expect(response.status, label).toBeLessThan(500);
  if (how.startsWith("oversized")) expect(response.status, label).toBe(413);
  if (how === "json" || how === "no-type") expect(response.status, label).toBe(415);
  if (response.status === 200) {
    expect(response.headers.get("content-disposition"), label).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''\S+$/);
    expect((await response.arrayBuffer()).byteLength, label).toBeGreaterThan(0);
    return;
  }
  expect(response.headers.get("content-type"), label).toBe("text/html; charset=utf-8");
  expect(response.headers.get("content-security-policy"), label).toBe(ERROR_PAGE_CSP);
  const html = await response.text();
  expect(html, label).toMatch(/^<!doctype html><html lang="da">/);
  const title = /<h1>([^<]*)<\/h1>/.exec(html)?.[1];
  expect(REFUSALS, `${label}: "${title}"`).toContain(title);
}

for (const route of ROUTES) {
  it(`${route.path}: 10,000 generated bodies get the file or the Danish page with a specific reason, never a 5xx, and over 100 KB a 413`, async () => {
    const known = Object.entries(route.fields).map(([key, values]) => fc.record({ [key]: fc.oneof(fc.constantFrom(...values), hostileString, injection) }));
    const fields = fc.tuple(...known, fc.record({ answers: answersLike })).map((parts) => Object.assign({}, ...parts) as Record<string, string>);
    const encoding = fc.constantFrom("urlencoded", "multipart", "json", "broken-multipart", "no-type", "oversized", "oversized-chunked");
    await fc.assert(
      fc.asyncProperty(fields, encoding, async (values, how) => {
        const url = `http://localhost${route.path}`;
        let request: Request;
        if (how === "urlencoded") request = new Request(url, { method: "POST", body: new URLSearchParams(values) });
        else if (how === "multipart") {
          const form = new FormData();
          for (const [key, value] of Object.entries(values)) form.set(key, value);
          request = new Request(url, { method: "POST", body: form });
        } else if (how === "json") request = new Request(url, { method: "POST", body: JSON.stringify(values), headers: { "content-type": "application/json" } });
        else if (how === "broken-multipart") request = new Request(url, { method: "POST", body: `--x\r\nContent-Disposition: form-data; name="${Object.keys(values)[0]}"\r\n\r\n${Object.values(values)[0]}`, headers: { "content-type": "multipart/form-data; boundary=x" } });
        else if (how === "no-type") request = new Request(url, { method: "POST", body: new Blob([Object.values(values).join("&")]) });
        else {
          const big = new URLSearchParams({ ...values, padding: "x".repeat(101 * 1024) }).toString();
          const body = how === "oversized" ? big : new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(big)), c.close()) });
          request = new Request(url, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" }, ...(how === "oversized-chunked" ? { duplex: "half" } : {}) } as RequestInit);
        }
        const response = await route.POST(request);
        await expectAnswer(response, how, `${how} ${JSON.stringify(values).slice(0, 200)}`);
      }),
      { numRuns: 10_000 },
    );
  }, 300_000);
}

// The previous state comes back from the client: usually the one the server sent, sometimes anything at all.
const previousLike = <T>(initial: T) => fc.oneof({ arbitrary: fc.constant(initial), weight: 3 }, { arbitrary: fc.anything({ maxDepth: 3 }), weight: 1 });

it("the builder's server action keeps the reader's page for any submitted form and any previous state", async () => {
  const initial: FlowState = { document: "samarbejdsaftale", step: 0, answers: {}, errors: {}, revision: 0 };
  await fc.assert(
    fc.asyncProperty(
      fc.dictionary(fc.oneof(fc.constantFrom("document", "step", "intent", "answers", "parties.publics.0.cvr", "parties.companies.0.name", "project.start", "confidentiality.years", "file"), hostileString), fc.oneof(hostileString, answersLike, fc.constantFrom("next", "back", "goto:99", "goto:-1", "add-companies", "remove-companies:0", "add-publics", "remove-publics:1", "resume", "reset", "reset-confirmed", "keep", "forget-vejvalg")), { maxKeys: 8 }),
      previousLike(initial),
      async (fields, previous) => {
        const form = new FormData();
        for (const [key, value] of Object.entries(fields)) form.set(key, value);
        const state = await agreementStep(previous as FlowState, form);
        expect(Number.isInteger(state.revision)).toBe(true);
        expect(typeof state.step).toBe("number");
        expect(state.step).toBeGreaterThanOrEqual(0);
        expect(state.answers).toBeTypeOf("object");
      },
    ),
    { numRuns: 2500 },
  );
}, 120_000);

it("the download route returns the file for valid answers, with a Danish file name", async () => {
  for (const [format, type] of [
    ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["pdf", "application/pdf"],
  ] as const) {
    const body = new URLSearchParams({ document: "samarbejdsaftale", format, answers: JSON.stringify(exampleAnswers) });
    const response = await POST(new Request("http://localhost/vaerktoejer/dokument", { method: "POST", body }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="OPI-samarbejdsaftale - Faerre fald i eget hjem.${format}"; filename*=UTF-8''${encodeURIComponent(`OPI-samarbejdsaftale – Færre fald i eget hjem.${format}`)}`,
    );
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(5000);
  }
});

it("the planning tools' server action keeps the reader's page for any submitted form and any previous state", async () => {
  const initial: PlanningState = { tool: "behovsscreening", answers: {}, errors: {}, done: false, revision: 0 };
  await fc.assert(
    fc.asyncProperty(
      fc.dictionary(
        fc.oneof(fc.constantFrom("tool", "intent", "answers", "needs.0.title", "needs.99.teknologi", "partners.3.kind", "years.0.publicCost", "period", "__proto__.x", "a.b.c.d.e"), hostileString),
        fc.oneof(hostileString, answersLike, fc.constantFrom("check", "add", "remove:0", "remove:-1", "remove:999", "refresh", "restore", "reset", "reset-confirmed", "keep", "vejvalg", "business-case")),
        { maxKeys: 10 },
      ),
      previousLike(initial),
      async (fields, previous) => {
        const form = new FormData();
        for (const [key, value] of Object.entries(fields)) form.set(key, value);
        const state = await planningStep(previous as PlanningState, form);
        expect(state.answers).toBeTypeOf("object");
        expect(state.revision).toBe(1);
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      },
    ),
    { numRuns: 2500 },
  );
}, 120_000);
