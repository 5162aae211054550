import { expect, it } from "vitest";
import fc from "fast-check";
import { POST } from "@/app/vaerktoejer/dokument/route";
import { agreementStep } from "@/components/tools/agreement/actions";
import type { FlowState } from "@/lib/agreements/form";
import { exampleAnswers } from "@/lib/agreements/examples";

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

const formBody = fc.record({
  document: fc.oneof(fc.constantFrom("samarbejdsaftale", "hensigtserklaering", "fortrolighedsaftale", "__proto__", "constructor"), hostileString),
  format: fc.oneof(fc.constantFrom("docx", "pdf", "json"), hostileString),
  answers: answersLike,
});

it("the download route never answers a hostile body with a 5xx", async () => {
  await fc.assert(
    fc.asyncProperty(formBody, fc.constantFrom("urlencoded", "multipart", "json", "garbage"), async (fields, encoding) => {
      let request: Request;
      if (encoding === "urlencoded") {
        request = new Request("http://localhost/vaerktoejer/dokument", { method: "POST", body: new URLSearchParams(fields) });
      } else if (encoding === "multipart") {
        const form = new FormData();
        for (const [key, value] of Object.entries(fields)) form.set(key, value);
        request = new Request("http://localhost/vaerktoejer/dokument", { method: "POST", body: form });
      } else if (encoding === "json") {
        request = new Request("http://localhost/vaerktoejer/dokument", { method: "POST", body: JSON.stringify(fields), headers: { "content-type": "application/json" } });
      } else {
        request = new Request("http://localhost/vaerktoejer/dokument", { method: "POST", body: fields.answers, headers: { "content-type": "multipart/form-data; boundary=x" } });
      }
      const response = await POST(request);
      expect(response.status, `${encoding} ${JSON.stringify(fields).slice(0, 200)}`).toBeLessThan(500);
    }),
    { numRuns: 2500 },
  );
}, 120_000);

it("the builder's server action keeps the reader's page for any submitted form", async () => {
  const initial: FlowState = { document: "samarbejdsaftale", step: 0, answers: {}, errors: {}, revision: 0 };
  await fc.assert(
    fc.asyncProperty(
      fc.dictionary(fc.oneof(fc.constantFrom("document", "step", "intent", "answers", "parties.public.cvr", "parties.companies.0.name", "project.start", "confidentiality.years", "file"), hostileString), fc.oneof(hostileString, answersLike, fc.constantFrom("next", "back", "goto:99", "goto:-1", "add-company", "remove-company:0", "resume", "reset")), { maxKeys: 8 }),
      async (fields) => {
        const form = new FormData();
        for (const [key, value] of Object.entries(fields)) form.set(key, value);
        const state = await agreementStep(initial, form);
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
