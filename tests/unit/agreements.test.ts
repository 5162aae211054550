import { beforeAll, describe, expect, it } from "vitest";
import type { Template } from "@/lib/agreements/template";
import { buildModel } from "@/lib/agreements/model";
import { renderDocx } from "@/lib/agreements/render-docx";
import { renderPdf } from "@/lib/agreements/render-pdf";
import JSZip from "jszip";
import { readEmbeddedAnswers } from "@/lib/agreements/embed";
import { exampleAnswers } from "@/lib/agreements/examples";
import { isValidCvr, isValidEan, type Answers } from "@/lib/agreements/answers";
import { documentSchema } from "@/lib/agreements/documents";
import { docxPart, docxText, pdfText } from "./helpers/documents";
import { realTemplates } from "./helpers/templates";

// The templates are the product: these tests read the real content/agreements files.
let templates: Record<string, Template>;
beforeAll(async () => {
  templates = await realTemplates();
});

const today = "2026-11-23";
const withAnswers = (change: (a: Answers) => void): Answers => {
  const copy = structuredClone(exampleAnswers);
  change(copy);
  return copy;
};
const docxOf = async (id: string, answers: Answers) => renderDocx(buildModel(templates[id]!, answers, { today }));

describe("the samarbejdsaftale as Word", () => {
  it("has Word structure: title, numbered Heading 1 clauses, Danish language, properties, UDKAST and page numbers", async () => {
    const docx = await docxOf("samarbejdsaftale", exampleAnswers);
    const document = await docxPart(docx, "word/document.xml");
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBeGreaterThanOrEqual(17);
    expect(await docxPart(docx, "word/numbering.xml")).toContain('w:val="%1.%2."');
    expect(await docxPart(docx, "word/styles.xml")).toContain('w:val="da-DK"');
    const core = await docxPart(docx, "docProps/core.xml");
    expect(core).toContain("<dc:title>OPI-samarbejdsaftale: Færre fald i eget hjem</dc:title>");
    expect(core).toContain("1.0.0");
    expect(await docxPart(docx, "word/header1.xml")).toContain("UDKAST");
    const footer = await docxPart(docx, "word/footer1.xml");
    expect(footer).toContain("NUMPAGES");
    expect(footer).toContain("PAGE");
  });

  it("names every party with æøå, CVR and signatory, and lays out contributions as a table with a header row", async () => {
    const docx = await docxOf("samarbejdsaftale", exampleAnswers);
    const text = await docxText(docx);
    for (const expected of ["Ærø Sølund Kommune", "CVR-nr. 12345674", "EAN-nr. 5798000000001", "Østergaard Velfærdsteknologi ApS", "Åse Østergaard, Administrerende direktør", "For Ærø Sølund Kommune"]) {
      expect(text).toContain(expected);
    }
    const document = await docxPart(docx, "word/document.xml");
    expect(document).toContain("<w:tblHeader/>");
    expect(text).toContain("150.000 kr.");
  });

  it.each([
    ["fuld-aabenhed", "Forgrundsviden offentliggøres og stilles frit til rådighed for alle", ["Virksomhederne ejer forgrundsviden", "Forgrundsviden deles mellem parterne"]],
    ["delvis-aabenhed", "Forgrundsviden deles mellem parterne", ["Forgrundsviden offentliggøres og stilles frit", "Virksomhederne ejer forgrundsviden"]],
    ["virksomhed-ejer", "Virksomhederne ejer forgrundsviden", ["Forgrundsviden offentliggøres og stilles frit", "Forgrundsviden deles mellem parterne"]],
  ] as const)("writes the rights clause for %s and nothing of the other options", async (model, present, absent) => {
    const text = await docxText(await docxOf("samarbejdsaftale", withAnswers((a) => (a.rights.model = model))));
    expect(text).toContain(present);
    for (const other of absent) expect(text).not.toContain(other);
  });

  it("flags in the læsevejledning that § 22 does not exempt a development the public party pays in full", async () => {
    const paidInFull = await docxText(await docxOf("samarbejdsaftale", withAnswers((a) => (a.money.publicPays = "fuldt"))));
    const notPaid = await docxText(await docxOf("samarbejdsaftale", exampleAnswers));
    const flag = "Den offentlige part betaler hele udviklingen. Efter udbudsloven § 22";
    expect(paidInFull).toContain(flag);
    expect(notPaid).not.toContain(flag);
    expect(paidInFull.indexOf("Læsevejledning")).toBeLessThan(paidInFull.indexOf(flag));
  });

  it("asks for a data processing agreement only when personal data is handled", async () => {
    const withData = await docxText(await docxOf("samarbejdsaftale", exampleAnswers));
    const without = await docxText(await docxOf("samarbejdsaftale", withAnswers((a) => {
      a.data.personalData = false;
      a.data.dataDescription = undefined;
    })));
    expect(withData).toContain("Parterne forventer at behandle disse personoplysninger i projektet: Navne og oplysninger om fald");
    expect(withData).toContain("Projektet behandler personoplysninger.");
    expect(without).toContain("Parterne forventer ikke at behandle personoplysninger i projektet.");
    expect(without).not.toContain("Projektet behandler personoplysninger.");
  });

  it("includes the knowledge institution as a party only when it takes part", async () => {
    const text = await docxText(await docxOf("samarbejdsaftale", withAnswers((a) => {
      a.parties.hasKnowledgeInstitution = true;
      a.parties.knowledge = { ...a.parties.public, name: "Syddansk Forskningsinstitut for Ældre", cvr: "12345682", ean: undefined };
    })));
    expect(text).toContain("Syddansk Forskningsinstitut for Ældre (videninstitution)");
    expect(text).toContain("En videninstitution er part.");
  });
});

describe("the hensigtserklæring and the fortrolighedsaftale", () => {
  it("makes only confidentiality binding in the hensigtserklæring", async () => {
    const text = await docxText(await docxOf("hensigtserklaering", exampleAnswers));
    expect(text).toContain("Hensigtserklæring");
    expect(text).toMatch(/bindende/);
    expect(text).toContain("3 år");
    expect(text).toContain("31. marts 2027");
  });

  it.each([
    ["erstatning", 0, false],
    ["konventionalbod", 50000, true],
  ] as const)("writes the sanction %s into the fortrolighedsaftale", async (sanction, penalty, hasPenalty) => {
    const text = await docxText(await docxOf("fortrolighedsaftale", withAnswers((a) => {
      a.confidentiality.sanction = sanction;
      a.confidentiality.penalty = penalty;
    })));
    expect(text.includes("50.000 kr.")).toBe(hasPenalty);
    expect(text).toMatch(/offentlighedsloven/i);
  });

  it("names who discloses and who receives in a one-way agreement", async () => {
    const text = await docxText(await docxOf("fortrolighedsaftale", withAnswers((a) => {
      a.confidentiality.direction = "envejs";
      a.confidentiality.disclosingParty = "virksomhed";
    })));
    expect(text).toContain("Østergaard Velfærdsteknologi ApS");
    expect(text).not.toContain("[mangler]");
  });
});

describe("the PDF", () => {
  it("holds the same content as selectable text with correct æøå, UDKAST and page numbers", async () => {
    const pages = await pdfText(await renderPdf(buildModel(templates.samarbejdsaftale!, exampleAnswers, { today })));
    const all = pages.join("\n");
    expect(all).toContain("OPI-samarbejdsaftale");
    expect(all).toContain("Ærø Sølund Kommune");
    expect(all).toContain("Østergaard Velfærdsteknologi ApS");
    expect(all).toContain("Læsevejledning");
    expect(pages.every((page) => page.includes("UDKAST"))).toBe(true);
    expect(pages.at(-1)).toContain(`Side ${pages.length} af ${pages.length}`);
  });
});

describe("answers inside the DOCX", () => {
  it("come back unchanged from a generated file and are absent from other files", async () => {
    const docx = await renderDocx(buildModel(templates.samarbejdsaftale!, exampleAnswers, { today }), { document: "samarbejdsaftale", templateVersion: "1.0.0", answers: exampleAnswers });
    const zip = await JSZip.loadAsync(docx);
    expect(await zip.file("word/_rels/document.xml.rels")?.async("string")).toContain('Id="rIdOpiGuidenSvar" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/opiGuidenSvar.xml"');
    expect(await zip.file("[Content_Types].xml")?.async("string")).toContain('PartName="/customXml/opiGuidenSvarProps.xml"');
    expect(zip.file("customXml/_rels/opiGuidenSvar.xml.rels")).not.toBeNull();
    const read = await readEmbeddedAnswers(docx);
    expect(read?.document).toBe("samarbejdsaftale");
    expect(documentSchema("samarbejdsaftale").parse(read?.answers)).toEqual(documentSchema("samarbejdsaftale").parse(exampleAnswers));
    expect(await readEmbeddedAnswers(await docxOf("samarbejdsaftale", exampleAnswers))).toBeNull();
    expect(await readEmbeddedAnswers(new TextEncoder().encode("ikke en docx"))).toBeNull();
  });
});

describe("Danish identifiers", () => {
  it("checks CVR with modulus 11 and EAN with the GS1 check digit", () => {
    expect(isValidCvr("12345674")).toBe(true);
    expect(isValidCvr("12345675")).toBe(false);
    expect(isValidCvr("1234567")).toBe(false);
    expect(isValidEan("5798000000001")).toBe(true);
    expect(isValidEan("5798000000002")).toBe(false);
  });

  it("explains in Danish what is wrong with a field", () => {
    const result = documentSchema("fortrolighedsaftale").safeParse(withAnswers((a) => {
      a.parties.public.cvr = "12345675";
      a.parties.companies[0]!.name = "";
    }));
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages).toEqual([
      "parties.public.cvr: CVR-nummeret findes ikke: kontrolcifferet passer ikke. Tjek nummeret på cvr.dk",
      "parties.companies.0.name: Skriv partens navn",
    ]);
  });
});

describe("a hostile upload", () => {
  it("is not unpacked when a part would grow beyond 1 MB", async () => {
    const zip = new JSZip();
    // Valid answers padded with whitespace: without the size limit they would be read back.
    const payload = Buffer.from(JSON.stringify({ document: "samarbejdsaftale", templateVersion: "1.0.0", answers: exampleAnswers })).toString("base64");
    zip.file("customXml/item1.xml", `<svar xmlns="https://opi-guiden.dk/svar/1">${payload}${" ".repeat(3 * 1024 * 1024)}</svar>`);
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    expect(await readEmbeddedAnswers(bomb)).toBeNull();
  });
});
