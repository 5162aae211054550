/**
 * The Word and spreadsheet files as their XML says: headings with outline levels, real hyperlinks, tables sized to
 * their content, nothing XML forbids in any part, and spreadsheets that read right without recalculating.
 * tests/unit/real-clients.test.ts opens the same files in LibreOffice and poppler.
 */
import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import type { Template } from "@/lib/agreements/template";
import { buildModel } from "@/lib/agreements/model";
import { renderDocx } from "@/lib/agreements/render-docx";
import { exampleAnswers } from "@/lib/agreements/examples";
import { renderReportDocx } from "@/lib/planning/render-docx";
import { renderCsv, renderXlsx } from "@/lib/planning/render-sheet";
import { behovsscreeningReport, businessCaseSheets, partnerscreeningSheets, vejvalgReport } from "@/lib/planning/reports";
import { validateBusinessCase, validatePartnerscreening } from "@/lib/planning/schemas";
import { vejvalgDecision } from "@/lib/planning/vejvalg-server";
import type { BusinessCase } from "@/lib/planning/business-case";
import type { PartnerScreening } from "@/lib/planning/partnerscreening";
import { internationalAnswers } from "./helpers/answers";
import { planningExamples } from "./helpers/planning";
import { realTemplates } from "./helpers/templates";

let templates: Record<string, Template>;
beforeAll(async () => {
  templates = await realTemplates();
});

/** Text that would break XML if it reached a part: U+FFFF, U+FFFE, lone surrogates, control characters. */
const HOSTILE = "Slut\uFFFF \uFFFE \uD800 \uDFFF \u0000\u0007\u001B & <w:p> ]]>";

async function parts(file: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const out = new Map<string, string>();
  for (const [path, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(path, await entry.async("string"));
  return out;
}

/** Each XML part through a strict parser; a part that is not well-formed throws. */
function expectWellFormed(all: Map<string, string>): void {
  for (const [path, xml] of all) {
    if (!/\.(xml|rels)$/.test(path)) continue;
    const parser = new SaxesParser();
    expect(() => parser.write(xml).close(), path).not.toThrow();
    expect(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml), path).toBe(false);
  }
}

const businessCase = () => {
  const checked = validateBusinessCase(planningExamples.businessCase);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.data as BusinessCase;
};

describe("Word files", () => {
  it("give Heading 1–3 outline levels, so the navigation pane and a tagged PDF see them as headings", async () => {
    const agreement = await parts(await renderDocx(buildModel(templates.samarbejdsaftale!, exampleAnswers, { today: "2026-11-23" })));
    const report = await parts(await renderReportDocx(vejvalgReport(planningExamples.vejvalg, await vejvalgDecision(planningExamples.vejvalg)), "2026-11-23"));
    for (const [styles, levels] of [[agreement.get("word/styles.xml")!, [1, 2, 3]], [report.get("word/styles.xml")!, [1, 2]]] as const) {
      for (const level of levels) {
        const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}"[\\s\\S]*?</w:style>`).exec(styles)?.[0];
        expect(style, `Heading${level}`).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      }
    }
  });

  it("never write a character XML forbids, in any part, whatever reaches the renderer", async () => {
    const answers = internationalAnswers();
    answers.project.title = HOSTILE;
    answers.parties.companies[0]!.name = HOSTILE;
    for (const template of Object.values(templates)) {
      const model = buildModel(template, answers, { today: "2026-11-23" });
      const file = await parts(await renderDocx(model, { document: template.id, templateVersion: template.version, answers }));
      expectWellFormed(file);
      expect(file.get("docProps/core.xml")).toContain("Slut");
    }
    const report = behovsscreeningReport({ project: HOSTILE, needs: [{ title: HOSTILE, description: HOSTILE, targetGroup: "x", solutions: "nej", ratings: { teknologi: 1, strategi: 2, organisation: 3, forretningsudvikling: 4, markedsudvikling: 5 } }] });
    expectWellFormed(await parts(await renderReportDocx({ ...report, title: HOSTILE }, "2026-11-23")));
    const sheets = partnerscreeningSheets({ project: HOSTILE, goal: HOSTILE, partners: [{ name: HOSTILE, kind: "andet", status: "kendt", brings: HOSTILE }] });
    expectWellFormed(await parts(await renderXlsx(sheets, { title: HOSTILE, created: new Date() })));
  });

  it("link to the guide with real hyperlinks to absolute addresses", async () => {
    const file = await parts(await renderReportDocx(vejvalgReport(planningExamples.vejvalg, await vejvalgDecision(planningExamples.vejvalg)), "2026-11-23"));
    const document = file.get("word/document.xml")!;
    const rels = file.get("word/_rels/document.xml.rels")!;
    const links = [...document.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(5);
    // Every link is absolute: the guide's own pages at the site's address, the sources where they are published.
    for (const id of links) expect(rels).toMatch(new RegExp(`Id="${id}" Type="[^"]+/hyperlink" Target="https://[^"]+" TargetMode="External"`));
    expect(rels.match(/Target="https:\/\/opi-guiden\.example\.dk\/[^"]+"/g)?.length).toBeGreaterThanOrEqual(3);
    expect(rels + document).not.toContain("localhost");
  });

  it("size table columns to their content, with a header row that repeats on every page", async () => {
    const document = (await parts(await renderDocx(buildModel(templates.samarbejdsaftale!, internationalAnswers(), { today: "2026-11-23" })))).get("word/document.xml")!;
    const grid = [.../<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(document)![1]!.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    // Bilag 2's budget: part, hours, their value, in kind, cash and the total.
    expect(grid).toHaveLength(6);
    expect(grid.reduce((a, b) => a + b)).toBe(9026);
    // Part (long names) is wider than Timer (a number); every cell of a column has the column's width.
    expect(grid[0]!).toBeGreaterThan(2 * grid[1]!);
    const cells = [...document.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    cells.forEach((width, i) => expect(width).toBe(grid[i % 6]));
    expect(document).toContain("<w:tblHeader/>");
    expect(document).toContain(">I alt<");
  });

  it("have no empty header cells, and break long compound words only where Danish does", async () => {
    const document = (await parts(await renderReportDocx(behovsscreeningReport(planningExamples.behovsscreening), "2026-11-23"))).get("word/document.xml")!;
    for (const header of document.matchAll(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>([\s\S]*?)<\/w:tr>/g)) {
      for (const cell of header[1]!.split("</w:tc>").slice(0, -1)) expect(cell).toMatch(/<w:t[^>]*>[^<]+<\/w:t>/);
    }
    expect(document).toContain("Forretnings\u00ADudvikling");
    expect(document).toContain("<w:b/>");
  });
});

describe("spreadsheets", () => {
  it("store the value of every formula beside it", async () => {
    for (const sheets of [businessCaseSheets(businessCase())]) {
      const file = await parts(await renderXlsx(sheets, { title: "Business case", created: new Date() }));
      const sheet = file.get("xl/worksheets/sheet1.xml")!;
      const formulas = [...sheet.matchAll(/<c [^>]*>(<f>[^<]*<\/f>)(<v>[^<]*<\/v>)?<\/c>/g)];
      expect(formulas.length).toBeGreaterThan(10);
      for (const formula of formulas) expect(formula[2], formula[1]).toMatch(/^<v>-?[\d.e+-]+<\/v>$/);
    }
  });

  it("show a rate of 3,5 as 3,5 % and amounts with thousands separators, in named fonts", async () => {
    const file = await parts(await renderXlsx(businessCaseSheets(businessCase()), { title: "Business case", created: new Date() }));
    const styles = file.get("xl/styles.xml")!;
    const sheet = file.get("xl/worksheets/sheet1.xml")!;
    const rate = /<c r="B10" s="(\d+)"[^>]*><v>([^<]+)<\/v><\/c>/.exec(sheet)!;
    expect(Number(rate[2])).toBeCloseTo(0.035);
    const formats = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1]);
    expect(styles).toMatch(new RegExp(`<numFmt numFmtId="${formats[Number(rate[1])]}" formatCode="0\\.0# %"/>`));
    // An amount: format 3 is the built-in "#,##0".
    const amount = /<c r="C2" s="(\d+)"/.exec(sheet)!;
    expect(formats[Number(amount[1])]).toBe("3");
    for (const font of styles.match(/<font>[\s\S]*?<\/font>/g)!) {
      expect(font).toContain('<name val="Calibri"/>');
      expect(font).toMatch(/<sz val="11"\/>/);
    }
  });

  it("print one page wide with the header row on every page, and carry a title and an author", async () => {
    const file = await parts(await renderXlsx(partnerscreeningSheets(planningExamples.partners()), { title: "Partnerscreening – Fald", subject: "Partnerscreening", created: new Date("2026-11-23T12:00:00Z") }));
    const sheet = file.get("xl/worksheets/sheet1.xml")!;
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(file.get("xl/workbook.xml")).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;)?Partnere(&apos;)?!\$1:\$1<\/definedName>/);
    const core = file.get("docProps/core.xml")!;
    expect(core).toContain("<dc:title>Partnerscreening – Fald</dc:title>");
    expect(core).toContain("<dc:creator>OPI-guiden</dc:creator>");
  });

  it("make rows tall enough for their wrapped text", async () => {
    const sheets = partnerscreeningSheets(planningExamples.partners());
    const file = await parts(await renderXlsx(sheets, { title: "x", created: new Date() }));
    const sheet = file.get("xl/worksheets/sheet1.xml")!;
    const heights = new Map([...sheet.matchAll(/<row r="(\d+)"[^>]* ht="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]));
    // Row 3 holds a text with a line break: at least two lines of 15 points.
    expect(heights.get(3)).toBeGreaterThanOrEqual(30);
    expect(heights.get(2)).toBe(15);
    expect(sheet).toMatch(/<c r="A3" s="\d+" t="s">/);
    expect(file.get("xl/styles.xml")).toMatch(/<alignment [^>]*wrapText="1"/);
  });
});

describe("CSV", () => {
  it("neutralises a formula in any form, full-width ones included", () => {
    const checked = validatePartnerscreening({
      goal: "Mål",
      partners: ["=1+1", "+SUM(1;2)", "-1+1", "@cmd", "＝HYPERLINK(\"x\")", "＋1", "－1", "＠x", "Almindeligt navn"].map((name) => ({ name, kind: "andet", status: "kendt", brings: "x\u0007y" })),
    });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const lines = renderCsv(partnerscreeningSheets(checked.data as PartnerScreening)[0]!).replace(/^\ufeff/, "").trim().split("\r\n").slice(1);
    expect(lines.map((line) => line.split(";")[0])).toEqual(["'=1+1", "\"'+SUM(1", "'-1+1", "'@cmd", '"\'＝HYPERLINK(""x"")"', "'＋1", "'－1", "'＠x", "Almindeligt navn"]);
    for (const line of lines) expect(line).toContain(";x y;");
  });
});
