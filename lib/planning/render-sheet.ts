/**
 * Sheets → .xlsx (exceljs) and → CSV for any program. Pure: no React, no request.
 *
 * The workbook reads right in any client: real number cells; live formulas, each with the value it computes
 * stored beside it for readers that do not calculate; number formats (a rate shows as "3,5 %"); Calibri named
 * on every cell; wrapped text with rows tall enough for it; a print set-up one page wide with the header row
 * repeated on every page; and a title and author in the file's properties.
 */
import ExcelJS from "exceljs";
import { documentText } from "@/lib/text/rules";
import type { Sheet, SheetCell } from "./report";

const FONT = { name: "Calibri", size: 11 } as const;
/** The height of one line of Calibri 11 in points, as spreadsheets set a row. */
const LINE = 15;

/**
 * How many lines a text needs in a column `width` characters wide, wrapped word by word as spreadsheets do. A
 * column's width counts digits; ordinary text in Calibri fits about 1.2 characters per digit.
 */
function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.2));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const length = [...word].length;
      if (used > 0 && used + 1 + length > perLine) {
        lines++;
        used = 0;
      }
      // A word longer than the line is cut over as many lines as it needs.
      used += (used > 0 ? 1 : 0) + length;
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return lines;
}

function cellValue(value: SheetCell): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === "string") return documentText(value);
  if (typeof value === "number") return value;
  if ("formula" in value) return { formula: value.formula, result: value.value };
  return value.value;
}

export async function renderXlsx(sheets: Sheet[], properties: { title: string; subject?: string; created: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = documentText(properties.title);
  if (properties.subject) workbook.subject = documentText(properties.subject);
  workbook.creator = "OPI-guiden";
  workbook.lastModifiedBy = "OPI-guiden";
  workbook.created = properties.created;
  workbook.modified = properties.created;
  for (const sheet of sheets) {
    const headerRows = sheet.headerRows ?? 1;
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), {
      views: [{ state: "frozen", ySplit: headerRows }],
      pageSetup: {
        paperSize: 9, // A4
        orientation: sheet.landscape ? "landscape" : "portrait",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: `&L${documentText(properties.title).replace(/&/g, "&&")} · OPI-guiden&RSide &P af &N` },
    });
    worksheet.pageSetup.printTitlesRow = `1:${headerRows}`;
    worksheet.columns = sheet.widths.map((width) => ({ width }));
    sheet.rows.forEach((cells, r) => {
      const header = r < headerRows;
      const row = worksheet.addRow(cells.map(cellValue));
      let lines = 1;
      cells.forEach((value, c) => {
        const cell = row.getCell(c + 1);
        cell.font = { ...FONT, bold: header };
        // A header over numbers stands right, above them.
        const overNumbers = header && sheet.rows.slice(headerRows).some((other) => other[c] !== null && other[c] !== undefined && typeof other[c] !== "string");
        cell.alignment = { vertical: "top", wrapText: typeof value === "string", horizontal: overNumbers ? "right" : undefined };
        if (typeof value === "number") cell.numFmt = sheet.numberFormat ?? "#,##0";
        else if (value && typeof value === "object") cell.numFmt = value.format ?? sheet.numberFormat ?? "#,##0";
        if (typeof value === "string") lines = Math.max(lines, linesFor(value, sheet.widths[c] ?? 10));
      });
      // Spreadsheets do not grow a row for wrapped text when they open a file: give it the height it needs.
      row.height = lines * LINE;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Cells that a spreadsheet would read as a formula, also in their full-width forms: = + - @ ＝ ＋ － ＠, tab and CR. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** CSV as Danish spreadsheets read it: semicolons, a BOM for UTF-8, and formulas neutralised. */
export function renderCsv(sheet: Sheet): string {
  const field = (value: SheetCell) => {
    if (value === null) return "";
    if (typeof value === "number") return String(value).replace(".", ",");
    if (typeof value === "object") return String(value.value).replace(".", ",");
    const clean = documentText(value);
    // A cell that would run as a formula when opened gets a leading apostrophe, so it stays text.
    const text = FORMULA_START.test(clean) ? `'${clean}` : clean;
    return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${sheet.rows.map((row) => row.map(field).join(";")).join("\r\n")}\r\n`;
}
