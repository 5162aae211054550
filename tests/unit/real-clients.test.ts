/**
 * Every kind of file the site makes, opened in real clients: LibreOffice (writer and calc, headless) and poppler.
 * scripts/find-office.sh finds or installs them (npm run verify runs it first). Each LibreOffice run gets its own
 * profile, so runs side by side never share one.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { POST as postDocument } from "@/app/vaerktoejer/dokument/route";
import { POST as postPlanning } from "@/app/vaerktoejer/hent/route";
import { exampleAnswers } from "@/lib/agreements/examples";
import { loadTemplates } from "@/lib/agreements/load";
import { buildModel } from "@/lib/agreements/model";
import { renderDocx } from "@/lib/agreements/render-docx";
import type { Answers } from "@/lib/agreements/answers";
import { HEBREW_NAME, internationalAnswers } from "./helpers/answers";
import { planningExamples } from "./helpers/planning";

const run = promisify(execFile);

function soffice(): string {
  for (const candidate of [process.env.SOFFICE_PATH, "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"]) if (candidate && existsSync(candidate)) return candidate;
  throw new Error("LibreOffice (soffice) was not found. Run bash scripts/find-office.sh, which installs it or says how, or set SOFFICE_PATH.");
}

const dir = mkdtempSync(path.join(tmpdir(), "opi-clients-"));
const file = (name: string) => path.join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts files with LibreOffice in a profile of its own; returns what it printed. */
async function convert(to: string, files: string[], outdir: string): Promise<string> {
  const profile = mkdtempSync(path.join(tmpdir(), "opi-lo-profile-"));
  try {
    const { stdout, stderr } = await run(soffice(), [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", to, "--outdir", outdir, ...files], { timeout: 180_000 });
    return stdout + stderr;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const poppler = async (tool: string, ...args: string[]) => (await run(tool, args, { maxBuffer: 32 * 1024 * 1024 })).stdout;

const AGREEMENTS = ["hensigtserklaering", "fortrolighedsaftale", "samarbejdsaftale"] as const;
const SETS: [string, () => Answers][] = [
  ["example", () => exampleAnswers],
  ["international", internationalAnswers],
];
const PLANNING: [string, string, unknown][] = [
  ["vejvalg", "docx", planningExamples.vejvalg],
  ["behovsscreening", "docx", planningExamples.behovsscreeningDraft],
  ["behovsscreening", "xlsx", planningExamples.behovsscreeningDraft],
  ["partnerscreening", "docx", planningExamples.partnersDraft],
  ["partnerscreening", "xlsx", planningExamples.partnersDraft],
  ["partnerscreening", "csv", planningExamples.partnersDraft],
  ["business-case", "docx", planningExamples.businessCase],
  ["business-case", "xlsx", planningExamples.businessCase],
];

const docx: string[] = [];
const xlsx: string[] = [];
const pdfs: string[] = [];
const converted = { docx: "", xlsxPdf: "", xlsxCsv: "" };

beforeAll(async () => {
  for (const document of AGREEMENTS) {
    for (const [set, answers] of SETS) {
      for (const format of ["docx", "pdf"]) {
        const response = await postDocument(new Request("http://localhost/vaerktoejer/dokument", { method: "POST", body: new URLSearchParams({ document, format, answers: JSON.stringify(answers()) }) }));
        expect(response.status, `${document} ${set} ${format}`).toBe(200);
        const name = `${set}-${document}.${format}`;
        writeFileSync(file(name), Buffer.from(await response.arrayBuffer()));
        (format === "docx" ? docx : pdfs).push(name);
      }
    }
  }
  // What the renderer writes if text that no check stopped reaches it: it must still open.
  const { templates } = await loadTemplates("content");
  const hostile = internationalAnswers();
  hostile.project.title = "Slut\uFFFF\uFFFE\uD800 \u0007klokke";
  writeFileSync(file("hostile-samarbejdsaftale.docx"), await renderDocx(buildModel(templates.find((t) => t.id === "samarbejdsaftale")!, hostile, { today: "2026-11-23" })));
  docx.push("hostile-samarbejdsaftale.docx");
  for (const [tool, format, answers] of PLANNING) {
    const response = await postPlanning(new Request("http://localhost/vaerktoejer/hent", { method: "POST", body: new URLSearchParams({ tool, format, answers: JSON.stringify(answers) }) }));
    expect(response.status, `${tool} ${format}`).toBe(200);
    const name = `planning-${tool}.${format}`;
    writeFileSync(file(name), Buffer.from(await response.arrayBuffer()));
    if (format === "docx") docx.push(name);
    if (format === "xlsx") xlsx.push(name);
  }
  const paths = (names: string[]) => names.map(file);
  // Three LibreOffice runs side by side, each in its own profile.
  [converted.docx, converted.xlsxPdf, converted.xlsxCsv] = await Promise.all([
    convert('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}', paths(docx), file("from-docx")),
    convert("pdf", paths(xlsx), file("from-xlsx")),
    // Every sheet to its own CSV: semicolons, UTF-8, raw values (not as shown), all sheets (-1).
    convert("csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,false,false,false,-1", paths(xlsx), file("csv")),
  ]);
}, 300_000);

describe("LibreOffice", () => {
  it("opens every Word file, also one made from text that no check stopped", () => {
    for (const name of docx) {
      const pdf = file(`from-docx/${name.replace(/\.docx$/, ".pdf")}`);
      expect(existsSync(pdf), `${name}: ${converted.docx}`).toBe(true);
    }
    expect(converted.docx).not.toMatch(/Error|could not be loaded/i);
  });

  it("sees the Word files' headings as H1–H3 when it exports a tagged PDF", async () => {
    const structure = await poppler("pdfinfo", "-struct", file("from-docx/example-samarbejdsaftale.pdf"));
    const count = (tag: string) => structure.match(new RegExp(`^\\s*${tag}\\b`, "gm"))?.length ?? 0;
    expect(count("H1")).toBeGreaterThanOrEqual(18);
    // »Det skal en jurist se på«, »Afsnit for afsnit« and the headings inside the annexes.
    expect(count("H2")).toBeGreaterThanOrEqual(2);
    expect(count("H3")).toBeGreaterThanOrEqual(17);
    // The budget in bilag 2: part, hours, their value, in kind, cash and the total.
    expect(count("TH")).toBe(6);
    const report = await poppler("pdfinfo", "-struct", file("from-docx/planning-vejvalg.pdf"));
    expect(report.match(/^\s*H1\b/gm)?.length).toBeGreaterThanOrEqual(4);
    expect(report.match(/^\s*Link\b/gm)?.length).toBeGreaterThanOrEqual(5);
  });

  it("shows the Word text as written: names with ł, ő, Ω and a Hebrew name, and no control character joining words", async () => {
    const text = await poppler("pdftotext", file("from-docx/international-samarbejdsaftale.pdf"), "-");
    for (const expected of ["Łukasz Őrs Ωmega", "Uniwersytet Łódzki", "Sted og dato", "Værdi af timer", HEBREW_NAME]) expect(text).toContain(expected);
    expect(await poppler("pdftotext", file("from-docx/hostile-samarbejdsaftale.pdf"), "-")).toContain("Slut klokke");
  });

  it("opens every spreadsheet, prints each sheet one page wide, and computes what the file says it computes", async () => {
    for (const name of xlsx) {
      const pdf = file(`from-xlsx/${name.replace(/\.xlsx$/, ".pdf")}`);
      expect(existsSync(pdf), `${name}: ${converted.xlsxPdf}`).toBe(true);
      const zip = await JSZip.loadAsync(readFileSync(file(name)));
      const sheets = [...(await zip.file("xl/workbook.xml")!.async("string")).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
      // These sheets are short: one page each, however many columns they have.
      const pages = Number(/Pages:\s+(\d+)/.exec(await poppler("pdfinfo", pdf))![1]);
      expect(pages, name).toBe(sheets.length);
      for (const [index, sheet] of sheets.entries()) {
        const csv = `${name.replace(/\.xlsx$/, "")}-${sheet}.csv`;
        expect(readdirSync(file("csv")), `${name}: ${sheet} (${converted.xlsxCsv})`).toContain(csv);
        const computed = readFileSync(file(`csv/${csv}`), "utf8").replace(/^\ufeff/, "").split("\n").map((line) => line.split(";"));
        const xml = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async("string");
        // Every formula with the value the file stores for it, against the value LibreOffice computes.
        const formulas = [...xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*><f>([^<]*)<\/f><v>([^<]*)<\/v><\/c>/g)];
        expect(formulas.length, name).toBe((xml.match(/<f>/g) ?? []).length);
        for (const [, column, row, formula, stored] of formulas) {
          const value = computed[Number(row) - 1]![column!.charCodeAt(0) - 65];
          expect(Number(value), `${name} ${column}${row} =${formula}`).toBeCloseTo(Number(stored), 6);
        }
        if (name.includes("business-case") && index === 0) expect(formulas.length).toBeGreaterThanOrEqual(20);
      }
    }
  });
});

describe("poppler", () => {
  it("finds every font of every PDF embedded, as a subset, with a Unicode map", async () => {
    for (const name of pdfs) {
      const lines = (await poppler("pdffonts", file(name))).trim().split("\n").slice(2);
      expect(lines.length, name).toBeGreaterThanOrEqual(3);
      for (const line of lines) expect(line, name).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
    }
  });

  it("reads every PDF as tagged, titled, Danish and A4", async () => {
    for (const name of pdfs) {
      const info = await poppler("pdfinfo", file(name));
      expect(info, name).toMatch(/^Tagged:\s+yes$/m);
      expect(info, name).toMatch(/^Title:\s+(Hensigtserklæring|Fortrolighedsaftale|OPI-samarbejdsaftale): /m);
      expect(info, name).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
      expect(info, name).toMatch(/^Suspects:\s+no$/m);
    }
  });

  it("extracts ł, ő, Ω, æøå and a Hebrew name in reading order", async () => {
    const text = await poppler("pdftotext", file("international-samarbejdsaftale.pdf"), "-");
    for (const expected of ["Łukasz Őrs Ωmega", "Uniwersytet Łódzki", "Ωlga Ősz", "Københavns Kommune", "Ærø", "Brødrene Ægidius Sørensen & Søn A/S", "Tryg nat & dag på Ærø <pilot>"]) expect(text).toContain(expected);
    // pdftotext marks the right-to-left run with embedding controls; the letters come in the order they are read.
    expect(text.replace(/[\u202A-\u202E\u2066-\u2069]/g, "")).toContain(HEBREW_NAME);
    expect(text).not.toContain("?ukasz");
  });

  it("renders every first page", async () => {
    for (const name of [...pdfs, ...docx.map((d) => `from-docx/${d.replace(/\.docx$/, ".pdf")}`)]) {
      await run("pdftoppm", ["-r", "30", "-f", "1", "-l", "1", "-png", file(name), file(`${name}-page`)]);
      const png = readdirSync(path.dirname(file(name))).find((entry) => entry.startsWith(`${path.basename(name)}-page`) && entry.endsWith(".png"));
      expect(png, name).toBeDefined();
    }
  });
});
