import { beforeAll, describe, expect, it } from "vitest";
import { loadTemplates } from "@/lib/agreements/load";
import { buildModel } from "@/lib/agreements/model";
import { renderDocx } from "@/lib/agreements/render-docx";
import { renderPdf } from "@/lib/agreements/render-pdf";
import { exampleAnswers } from "@/lib/agreements/examples";
import { readEmbeddedAnswers } from "@/lib/agreements/embed";
import { answerSet, generate, validateDocument } from "@/lib/agreements/server";
import type { Draft } from "@/lib/agreements/form";
import type { Template } from "@/lib/agreements/template";
import { routeText, type VejvalgAnswers } from "@/lib/planning/vejvalg";
import { builderPrefill, ROUTE_SECTION_TITLE, routeSection } from "@/lib/planning/vejvalg-prefill";
import { sourceLine } from "@/lib/planning/reports";
import type { Inline } from "@/lib/planning/report";
import { decideVejvalg } from "@/lib/planning/vejvalg-rules";
import { readVejvalgFolder, type VejvalgTable } from "@/lib/planning/vejvalg-table";
import { vejvalgDecision } from "@/lib/planning/vejvalg-server";
import { docxText, pdfText } from "./helpers/documents";
import { exploratoryAnswers } from "./helpers/vejvalg";

// The rules come from the test copy of the table; the template is the real one, as in the agreements tests.
let table: VejvalgTable;
let template: Template;
beforeAll(async () => {
  const read = await readVejvalgFolder("tests/fixtures/vejvalg/good");
  expect(read.problems).toEqual([]);
  table = read.table!;
  const { templates } = await loadTemplates("content");
  template = templates.find((t) => t.id === "samarbejdsaftale")!;
});

/** An exploratory project: no payment, results shared, maybe a tender later. */
const vejvalg: VejvalgAnswers = exploratoryAnswers;

/** One space for any run of spaces, and none where a PDF line broke after a hyphen or a slash, e.g. inside an address. */
/** A source line as it reads in the files: a link shows its address. */
const plain = (text: Inline): string => (typeof text === "string" ? text : text.map((part) => (typeof part === "string" ? part : part.text)).join(""));
const squash = (text: string) => text.replace(/\s+/g, " ").replace(/([-/]) /g, "$1");
/** The læsevejledning: everything after its heading. */
const guide = (text: string) => text.slice(text.lastIndexOf("Læsevejledning"));

async function bothTexts(answers: Draft, sections: ReturnType<typeof routeSection>[]) {
  const model = buildModel(template, answers, { today: "2026-12-06", guideSections: sections });
  return { docx: squash(await docxText(await renderDocx(model))), pdf: squash((await pdfText(await renderPdf(model))).join(" ")) };
}

describe("a samarbejdsaftale made from the vejvalg", () => {
  it("prints »Sådan valgte I vej« in the læsevejledning of the DOCX and the PDF: the route, each rule's reasons, the answers they rest on and their sources", async () => {
    const decision = decideVejvalg(table, vejvalg);
    const { docx, pdf } = await bothTexts(exampleAnswers, [routeSection(vejvalg, decision, exampleAnswers)]);
    const expected = [
      ROUTE_SECTION_TITLE,
      `Vejen: ${routeText(decision)}`,
      ...decision.rule.reasons,
      ...decision.typeRule.reasons,
      ...(decision.rightsRule?.reasons ?? []),
      `Bygger på jeres svar: ${decision.rule.basedOn.map((b) => `${b.label} ${b.answer}.`).join(" ")}`,
      ...decision.rule.sources.map((source) => `Kilde: ${plain(sourceLine(source))}`),
      "Hvor klart er behovet?",
    ];
    expect(decision.rule.reasons.length).toBeGreaterThan(0);
    expect(decision.rule.sources.length).toBeGreaterThan(0);
    for (const [name, text] of [["DOCX", docx], ["PDF", pdf]] as const) {
      for (const line of expected) expect(guide(text), `${name}: ${line}`).toContain(squash(line));
    }
    // The section is guidance, not a term of the agreement.
    expect(docx.lastIndexOf(ROUTE_SECTION_TITLE)).toBeGreaterThan(docx.lastIndexOf("Læsevejledning"));
  });

  it("has no such section without vejvalg answers", async () => {
    const { docx, pdf } = await bothTexts(exampleAnswers, []);
    for (const text of [docx, pdf]) {
      expect(text).not.toContain(ROUTE_SECTION_TITLE);
      expect(text).not.toContain("Vejen:");
    }
  });

  it("says where the agreement departs from the recommendation", () => {
    const decision = decideVejvalg(table, vejvalg);
    const paid: Draft = { ...exampleAnswers, money: { ...exampleAnswers.money, publicPays: "fuldt" }, rights: { ...exampleAnswers.rights, model: "offentlig-ejer" } };
    const notes = routeSection(vejvalg, decision, paid).blocks.filter((block) => block.kind === "note").map((block) => (block as { text: string }).text);
    expect(notes.some((text) => text.startsWith("I vejvalget svarede I, at den offentlige part betaler: Nej. I aftalen står: "))).toBe(true);
    expect(notes.some((text) => text.startsWith(`Vejvalget anbefaler ${String(decision.rights === "delvis-aabenhed" ? "delvis åbenhed" : "")}`))).toBe(decision.rights === "delvis-aabenhed");
    expect(routeSection(vejvalg, decision, exampleAnswers).blocks.filter((block) => block.kind === "note" && block.text.startsWith("I vejvalget svarede"))).toEqual([]);
  });
});

describe("the vejvalg answers in the answer set", () => {
  const all = (answers: Draft): Draft => ({ ...answers, vejvalg: { ...vejvalg } });

  it("come from the link into the builder, travel inside the DOCX, and make the server print the section from the rules", async () => {
    const { draft } = builderPrefill(vejvalg, decideVejvalg(table, vejvalg));
    expect(draft?.vejvalg).toEqual(vejvalg);
    const checked = validateDocument("samarbejdsaftale", all(exampleAnswers));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    // The decision the server prints is made again from the site's rules.
    const decision = await vejvalgDecision(vejvalg);
    const docx = await generate("samarbejdsaftale", checked.data, "docx", "2026-12-06", all(exampleAnswers));
    const pdf = await generate("samarbejdsaftale", checked.data, "pdf", "2026-12-06", all(exampleAnswers));
    for (const text of [squash(await docxText(docx)), squash((await pdfText(pdf)).join(" "))]) {
      expect(guide(text)).toContain(ROUTE_SECTION_TITLE);
      expect(guide(text)).toContain(squash(decision.rule.reasons[0]!));
      expect(guide(text)).toContain(squash(`Kilde: ${plain(sourceLine(decision.rule.sources[0]!))}`));
    }
    expect(((await readEmbeddedAnswers(docx))?.answers as Draft).vejvalg).toEqual(vejvalg);
    const without = await generate("samarbejdsaftale", checked.data, "docx", "2026-12-06", exampleAnswers);
    expect(await docxText(without)).not.toContain(ROUTE_SECTION_TITLE);
  });

  it("keep only the questions' own options and no default: a tampered answer is dropped, and an incomplete set prints nothing", async () => {
    const tampered = { ...exampleAnswers, vejvalg: { ...vejvalg, payment: "<script>", extra: "x" } } as Draft;
    expect(answerSet(tampered, {}).vejvalg).toEqual({ ...vejvalg, payment: undefined });
    expect(JSON.parse(JSON.stringify(answerSet(tampered, {}).vejvalg))).not.toHaveProperty("payment");
    expect(answerSet(exampleAnswers, {})).not.toHaveProperty("vejvalg");
    const checked = validateDocument("samarbejdsaftale", tampered);
    if (!checked.ok) throw new Error("the example answers are valid");
    expect(await docxText(await generate("samarbejdsaftale", checked.data, "docx", "2026-12-06", tampered))).not.toContain(ROUTE_SECTION_TITLE);
  });
});
