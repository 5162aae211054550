import { describe, expect, it } from "vitest";
import { agreementStep } from "@/components/tools/agreement/actions";
import { ANSWER_LIMITS, answersTextProblem } from "@/lib/agreements/bounds";
import { ANSWERS_NAMESPACE, inspectEmbeddedAnswers } from "@/lib/agreements/embed";
import { exampleAnswers } from "@/lib/agreements/examples";
import { parseAnswers, type Draft, type FlowState } from "@/lib/agreements/form";
import { compressPart, zipParts } from "@/lib/docx/zip";
import { POST } from "@/app/vaerktoejer/dokument/route";

/** 50,000 lists inside each other: JSON.parse reads it, but JSON.stringify runs out of stack on it. */
const DEEP = 50_000;
const deepList = () => `${"[".repeat(DEEP)}${"]".repeat(DEEP)}`;

const docxWithPayload = (json: string) =>
  zipParts([compressPart("customXml/item1.xml", `<svar xmlns="${ANSWERS_NAMESPACE}" format="json-base64">${Buffer.from(json).toString("base64")}</svar>`)], new Date("2026-11-23T12:00:00"));

const mine: Draft = { project: { title: "Færre fald" } };

async function resume(bytes: Uint8Array, name: string): Promise<FlowState> {
  const form = new FormData();
  form.set("document", "samarbejdsaftale");
  form.set("intent", "resume");
  form.set("answers", JSON.stringify(mine));
  form.set("file", new File([new Uint8Array(bytes)], name));
  const initial: FlowState = { document: "samarbejdsaftale", step: 3, answers: mine, errors: {}, revision: 4 };
  return agreementStep(initial, form);
}

describe("answers too deep, long or many to read", () => {
  it("are refused with a Danish message that names the nesting, and the reader keeps their answers (a DOCX)", async () => {
    const payload = `{"document":"samarbejdsaftale","templateVersion":"2.0.0","answers":{"parties":${deepList()}}}`;
    // The file really is the case that broke the resume: its answers parse, but cannot be written back as JSON.
    expect(() => JSON.stringify(JSON.parse(payload))).toThrow(RangeError);
    const state = await resume(docxWithPayload(payload), "udkast.docx");
    expect(state.notice).toBeUndefined();
    expect(state.errors.file).toBe(
      `Filen kan ikke læses: svarene i den ligger i mere end ${ANSWER_LIMITS.maxDepth} lag inden i hinanden. Svar fra OPI-guiden ligger højst 5 lag inde. Den er ikke lavet af OPI-guiden, eller den er ændret bagefter. Dine svar her er ikke ændret`,
    );
    expect(state.answers).toEqual(mine);
  });

  it("are refused the same way in a saved answers file, and a file that is too long says so", async () => {
    const deep = await resume(new TextEncoder().encode(`{"format":"opi-guiden-svar","answersVersion":2,"answers":{"project":${deepList()}}}`), "svar.json");
    expect(deep.errors.file).toMatch(/^Filen kan ikke læses: svarene i den ligger i mere end 10 lag inden i hinanden\./);
    expect(deep.answers).toEqual(mine);

    const long = await resume(new TextEncoder().encode(JSON.stringify({ answers: { project: { title: "x".repeat(ANSWER_LIMITS.maxChars) } } })), "svar.json");
    expect(long.errors.file).toMatch(/^Filen kan ikke læses: svarene i den fylder mere end 200\.000 tegn\./);

    const many = await resume(new TextEncoder().encode(JSON.stringify({ answers: { project: { list: Array.from({ length: ANSWER_LIMITS.maxValues + 2 }, () => 1) } } })), "svar.json");
    expect(many.errors.file).toMatch(/^Filen kan ikke læses: den indeholder mere end 5\.000 svar\./);
  });

  it("still reads a file within the bounds", async () => {
    const state = await resume(docxWithPayload(JSON.stringify({ document: "samarbejdsaftale", templateVersion: "2.0.0", answersVersion: 2, answers: exampleAnswers })), "udkast.docx");
    expect(state.errors).toEqual({});
    expect(state.answers.project).toEqual(exampleAnswers.project);
  });

  it("in the form's own answers field keep the previous answers instead of breaking the step", async () => {
    const form = new FormData();
    form.set("document", "samarbejdsaftale");
    form.set("intent", "next");
    form.set("step", "1");
    form.set("answers", `{"project":${deepList()}}`);
    const initial: FlowState = { document: "samarbejdsaftale", step: 1, answers: mine, errors: {}, revision: 7 };
    const state = await agreementStep(initial, form);
    expect(state.answers).toEqual(mine);
    expect(state.step).toBe(1);
    expect(state.notice).toMatch(/^Formularens svar kan ikke læses: svarene i den ligger i mere end 10 lag/);
    expect(parseAnswers(`{"project":${deepList()}}`)).toEqual({});
  });

  it("»Slet alle svar« asks first and keeps every answer, and deletes only when the reader confirms", async () => {
    const send = async (state: FlowState, intent: string) => {
      const form = new FormData();
      form.set("document", "samarbejdsaftale");
      form.set("intent", intent);
      form.set("step", String(state.step));
      form.set("answers", JSON.stringify(state.answers));
      return agreementStep(state, form);
    };
    const initial: FlowState = { document: "samarbejdsaftale", step: 3, answers: mine, errors: {}, revision: 2 };
    const asked = await send(initial, "reset");
    expect(asked.confirm).toBe("reset");
    expect(asked.answers).toEqual(mine);
    expect(asked.step).toBe(3);
    const kept = await send(asked, "keep");
    expect(kept.confirm).toBeUndefined();
    expect(kept.answers).toEqual(mine);
    const gone = await send(asked, "reset-confirmed");
    expect(gone.answers).toEqual({});
    expect(gone.notice).toBe("Alle svar er slettet.");
  });

  it("get a Danish error page from the download route, not a failure", async () => {
    const body = new URLSearchParams({ document: "samarbejdsaftale", format: "json", answers: `{"project":${"[".repeat(5_000)}${"]".repeat(5_000)}}` });
    const response = await POST(new Request("http://localhost/vaerktoejer/dokument", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Svarene kan ikke læses");
  });

  it("are counted outside strings only, so brackets and escaped quotes in an answer are just text", async () => {
    expect(answersTextProblem(JSON.stringify({ project: { title: "[".repeat(100) + '\\"{{{' } }))).toBeUndefined();
    expect(answersTextProblem(`{"a":"\\"","b":${"[".repeat(11)}${"]".repeat(11)}}`)).toBe("depth");
    expect(answersTextProblem(`{"a":${"[".repeat(9)}${"]".repeat(9)}}`)).toBeUndefined();
    expect(await inspectEmbeddedAnswers(docxWithPayload(`{"document":"x","templateVersion":"1","answers":{"a":${deepList()}}}`))).toEqual({ problem: "depth" });
  });
});
