import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import PDFDocument from "pdfkit";
import type { Template } from "@/lib/agreements/template";
import { buildModel } from "@/lib/agreements/model";
import { renderPdf } from "@/lib/agreements/render-pdf";
import { exampleAnswers } from "@/lib/agreements/examples";
import type { Answers } from "@/lib/agreements/answers";
import { unprintableAnswers, unprintableMessage } from "@/lib/agreements/printable";
import { POST } from "@/app/vaerktoejer/dokument/route";
import { TaggedPdf } from "@/lib/pdf/document";
import { layoutText, UnprintableTextError } from "@/lib/pdf/text";
import { isPrintable, unprintable } from "@/lib/pdf/coverage";
import { coverageSource } from "@/lib/pdf/coverage-source";
import { autoColumnWidths } from "@/lib/layout/columns";
import { pdfText } from "./helpers/documents";
import { realTemplates } from "./helpers/templates";
import { contentProblems, pdfUaProblems, structureRoles } from "./helpers/pdf-ua";
import { HEBREW_NAME, internationalAnswers } from "./helpers/answers";
import type * as Fontkit from "fontkit";

type FontkitModule = typeof Fontkit;

// Count how often a font file is parsed: it must happen once per face and process, not once per document.
const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock("fontkit", async (original) => {
  const fontkit = await original<FontkitModule>();
  return {
    ...fontkit,
    create: (...args: Parameters<FontkitModule["create"]>) => {
      parsed.count++;
      return fontkit.create(...args);
    },
  };
});

let templates: Record<string, Template>;
beforeAll(async () => {
  templates = await realTemplates();
});

const today = "2026-11-23";
const pdfOf = (id: string, answers: Answers) => renderPdf(buildModel(templates[id]!, answers, { today }));
const titleOf = (id: string, answers: Answers) => `${templates[id]!.title}: ${answers.project.title}`;
const DOCUMENTS = ["hensigtserklaering", "fortrolighedsaftale", "samarbejdsaftale"] as const;

describe("every agreement PDF is tagged PDF/UA", () => {
  it.each(DOCUMENTS.flatMap((id) => [[id, "example"], [id, "international"]] as const))("%s with the %s answers", async (id, set) => {
    const answers = set === "example" ? exampleAnswers : internationalAnswers();
    const pdf = await pdfOf(id, answers);
    expect(await pdfUaProblems(pdf, { title: titleOf(id, answers), lang: "da-DK" })).toEqual([]);
    const { roles } = await structureRoles(pdf);
    for (const role of ["Document", "H1", "H2", "P"]) expect(roles).toContain(role);
    if (id === "samarbejdsaftale") for (const role of ["H3", "H4", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TR", "TH", "TD"]) expect(roles).toContain(role);
  });

  it("the check finds what an untagged PDF with standard fonts lacks", async () => {
    const plain = new PDFDocument({ pdfVersion: "1.7", info: { Title: "Tryg nat & dag" } });
    const chunks: Buffer[] = [];
    plain.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => plain.on("end", resolve));
    plain.text("Hej");
    plain.end();
    await done;
    const problems = await pdfUaProblems(Buffer.concat(chunks), { title: "Tryg nat & dag", lang: "da-DK" });
    for (const expected of ["catalog: no /Lang (da-DK)", "catalog: no /StructTreeRoot", "catalog: no DisplayDocTitle", "page 1: BT outside tagged content or an artifact", "page 1: no tagged content"]) {
      expect(problems).toContain(expected);
    }
    expect(problems.some((problem) => /XMP is not well-formed XML/.test(problem))).toBe(true);
    expect(problems.some((problem) => /font \d+: no ToUnicode map/.test(problem))).toBe(true);
    expect(problems.some((problem) => /font \d+: not embedded/.test(problem))).toBe(true);
  });

  it("the check catches what it looks for", () => {
    expect(contentProblems("BT /F1 11 Tf (x) Tj ET", "page 1")).toEqual(["page 1: BT outside tagged content or an artifact", "page 1: Tj outside tagged content or an artifact"]);
    expect(contentProblems("/P << /MCID 0 >> BDC BT (x) Tj ET EMC /Artifact BMC 0 0 m 1 1 l S EMC", "page 1")).toEqual([]);
    expect(contentProblems("/Span BMC BT (x) Tj ET EMC", "page 1")).toHaveLength(2);
    expect(contentProblems("/P << /MCID 0 >> BDC", "page 2")).toEqual(["page 2: 1 marked-content sequence(s) left open"]);
  });
});

describe("the PDF's text", () => {
  it("is selectable with ł, ő, Ω, æøå and a Hebrew name in reading order, UDKAST and page numbers on every page", async () => {
    const pages = await pdfText(await pdfOf("samarbejdsaftale", internationalAnswers()));
    const all = pages.join("\n");
    for (const expected of ["Łukasz Őrs Ωmega", "Uniwersytet Łódzki", "Ωlga Ősz", "Brødrene Ægidius Sørensen & Søn A/S", "Tryg nat & dag på Ærø <pilot>", HEBREW_NAME]) expect(all).toContain(expected);
    expect(all).not.toMatch(/\?ukasz|\?rs|\?mega/);
    expect(pages.every((page) => page.includes("UDKAST"))).toBe(true);
    expect(pages.at(-1)).toContain(`Side ${pages.length} af ${pages.length}`);
  });

  it("puts right-to-left words in visual order and leaves the left-to-right ones as they are", () => {
    const [line] = layoutText([{ text: `For ${HEBREW_NAME} & Co` }], 11, 400);
    // fontkit reverses a Hebrew run itself, so it gets the run in logical order, in the Hebrew font.
    expect(line!.pieces.map((piece) => piece.text).join("")).toBe(`For ${HEBREW_NAME} & Co`);
    expect(line!.pieces.find((piece) => piece.text === HEBREW_NAME)?.face).toBe("hebrew-regular");
    expect(line!.pieces[0]).toMatchObject({ face: "sans-regular", text: "For " });
    const [mixed] = layoutText([{ text: "אב 12 גד" }], 11, 400);
    // In a right-to-left run the words swap places; the number stays left to right.
    expect(mixed!.pieces.map((piece) => piece.text.trim()).filter(Boolean)).toEqual(["גד", "12", "אב"]);
  });

  it("keeps Arabic letters, ligatures and numbers in reading order for a reader that copies the text", async () => {
    const pdf = await new TaggedPdf({ title: "Arabisk", author: "OPI-guiden", lang: "da-DK" }).paragraph("Kontrakt med شركة دار السلام 24 ApS og מיזם חדשני 7 I/S.").render();
    const text = (await pdfText(pdf)).join(" ");
    expect(text).toContain("شركة دار السلام 24 ApS");
    expect(text).toContain("מיזם חדשני 7 I/S");
    expect([...text].every((char) => char >= " ")).toBe(true);
  });

  it("refuses a character no font shows instead of printing a silent question mark", async () => {
    expect(() => layoutText([{ text: "Firma 😀 ApS" }], 11, 400)).toThrow(UnprintableTextError);
    await expect(pdfOf("samarbejdsaftale", { ...exampleAnswers, project: { ...exampleAnswers.project, title: "Sundhed 漢字" } })).rejects.toThrow(/漢/);
  });

  it("escapes the title in the XMP metadata, and only there", async () => {
    const answers = { ...exampleAnswers, project: { ...exampleAnswers.project, title: `Tryg nat & dag <script>alert(1)</script> "x" 'y'` } };
    const pdf = await pdfOf("hensigtserklaering", answers);
    const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
    const { info, metadata } = (await document.getMetadata()) as unknown as { info: { Title: string }; metadata: { get(name: string): unknown } };
    expect(info.Title).toBe(`Hensigtserklæring: Tryg nat & dag <script>alert(1)</script> "x" 'y'`);
    expect(metadata.get("dc:title")).toBe(info.Title);
    expect(await pdfUaProblems(pdf, { title: info.Title, lang: "da-DK" })).toEqual([]);
  });
});

describe("fonts", () => {
  it("are parsed once per process, however many documents are made", async () => {
    const before = parsed.count;
    for (const id of DOCUMENTS) await pdfOf(id, internationalAnswers());
    const afterFirst = parsed.count;
    for (const id of DOCUMENTS) await pdfOf(id, internationalAnswers());
    expect(afterFirst - before).toBeLessThanOrEqual(7);
    expect(parsed.count).toBe(afterFirst);
  });

  it("keep every letter's text when an earlier document used it only inside a composite glyph", async () => {
    const make = (text: string) => new TaggedPdf({ title: "Græsk", author: "OPI-guiden", lang: "da-DK" }).paragraph(text).render();
    // ᾶ and ῷ are drawn from α and ω: writing their subset meets α and ω without any text.
    await make("ᾶ ῷ");
    expect((await pdfText(await make("Ἀθῆναι og ὠδή"))).join(" ")).toContain("Ἀθῆναι og ὠδή");
  });

  it("cover Latin with Latin Extended, Greek, Cyrillic, Hebrew and Arabic, and the check knows it", () => {
    for (const char of "AZaz09æøåÆØÅéüßłŁőŐčšžąęėįųĀ€§«»–—…ΩωάΆЖжЁёЇїҐґאבגשאבتحمرحبا") expect(isPrintable(char.codePointAt(0)!), char).toBe(true);
    expect(unprintable("Firma 😀 漢 \u200F ApS")).toEqual(["😀", "漢"]);
  });

  it("have their coverage written down as the fonts hold it (run npx tsx scripts/pdf-coverage.ts after a font change)", () => {
    expect(readFileSync("lib/pdf/coverage-data.ts", "utf8")).toBe(coverageSource());
  });
});

describe("\"Tjek dine svar\" and the download route", () => {
  const withEmoji = (): Answers => {
    const answers = internationalAnswers();
    answers.parties.companies[1]!.name = "Smil 😀 ApS";
    answers.project.purpose = "Formål med 漢字";
    return answers;
  };

  it("name every field the PDF cannot show, in the order the builder asks them", () => {
    const found = unprintableAnswers("samarbejdsaftale", withEmoji());
    expect(found.map((answer) => answer.path)).toEqual(["parties.companies.1.name", "project.purpose"]);
    expect(unprintableMessage(found[0]!)).toBe("Virksomhed 2, navn: PDF-filen kan ikke vise »😀« (U+1F600). Ret svaret, eller hent udkastet som Word, der kan vise tegnene");
    // The fortrolighedsaftale does not ask for the purpose in that step's words, but it does ask for it.
    expect(unprintableAnswers("hensigtserklaering", exampleAnswers)).toEqual([]);
  });

  it("refuses the PDF with a Danish 422 naming the field, and still makes the Word file", async () => {
    const post = (format: string) => POST(new Request("http://localhost/vaerktoejer/dokument", { method: "POST", body: new URLSearchParams({ document: "samarbejdsaftale", format, answers: JSON.stringify(withEmoji()) }) }));
    const pdf = await post("pdf");
    expect(pdf.status).toBe(422);
    const html = await pdf.text();
    expect(html).toContain("PDF-filen kan ikke vise alle tegn");
    expect(html).toContain("Virksomhed 2, navn: PDF-filen kan ikke vise »😀«");
    expect(html).toContain("Projektet, »Hvad er formålet med samarbejdet?«: PDF-filen kan ikke vise »漢«");
    expect((await post("docx")).status).toBe(200);
  });
});

describe("layout", () => {
  it("sizes table columns to their content", () => {
    // One long text and two short numbers: the text gets the room, the numbers keep their width.
    const widths = autoColumnWidths([60, 30, 30], [400, 40, 50], 450);
    expect(widths[0]).toBeGreaterThan(300);
    expect(widths[1]).toBeGreaterThanOrEqual(30);
    expect(widths.reduce((a, b) => a + b)).toBeCloseTo(450);
    expect(autoColumnWidths([10, 10], [50, 100], 300)).toEqual([100, 200]);
    // An address of 600 points without a break takes at most 40 % as its minimum; the number keeps its width.
    const [address, amount] = autoColumnWidths([600, 80], [600, 80], 450);
    expect(address).toBeLessThanOrEqual(450 - 80);
    expect(amount).toBeGreaterThanOrEqual(80);
  });

  it("repeats a table's header row on every page as an artifact, and keeps one header row in the tags", async () => {
    const pdf = new TaggedPdf({ title: "Budget", author: "OPI-guiden", lang: "da-DK" });
    pdf.heading(1, "Budget");
    pdf.table({ header: ["Post", "Beløb"], align: ["left", "right"], rows: Array.from({ length: 90 }, (_, i) => [`Post nummer ${i + 1}`, `${(i + 1) * 1000} kr.`]) });
    const file = await pdf.render();
    const pages = await pdfText(file);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]).toMatch(/^Budget Post Beløb Post nummer 1 /);
    for (const page of pages.slice(1)) expect(page).toMatch(/^Post Beløb Post nummer \d+ /);
    const { roles } = await structureRoles(file);
    expect(roles.filter((role) => role === "THead")).toHaveLength(1);
    expect(roles.filter((role) => role === "TH")).toHaveLength(2);
    expect(roles.filter((role) => role === "TR")).toHaveLength(91);
    expect(await pdfUaProblems(file, { title: "Budget", lang: "da-DK" })).toEqual([]);
  });

  it("keeps the signatures together and on the page of the clause they close", async () => {
    const pages = await pdfText(await pdfOf("samarbejdsaftale", internationalAnswers()));
    const signing = pages.filter((page) => page.includes("Sted og dato"));
    expect(signing).toHaveLength(1);
    expect(signing[0]).toContain("Underskrifter");
    expect(signing[0]!.match(/Sted og dato/g)).toHaveLength(6);
  });

  it("breaks a long word only when it is wider than its line", () => {
    const lines = layoutText([{ text: "Omsorgsforvaltningen, Center for Velfærdsteknologi" }], 11, 120);
    expect(lines.map((line) => line.pieces.map((piece) => piece.text).join(""))).toEqual(["Omsorgsforvaltningen,", "Center for", "Velfærdsteknologi"]);
    expect(layoutText([{ text: "x".repeat(60) }], 11, 60).length).toBeGreaterThan(1);
  });
});
