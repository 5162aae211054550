/**
 * Sheets → .xlsx (with write-excel-file: real number cells and live formulas) and → CSV for any program.
 * Pure: no React, no request.
 */
import writeXlsxFile, { type Cell, type SheetData } from "write-excel-file/node";
import type { Sheet, SheetCell } from "./report";

function toCell(value: SheetCell, header: boolean, numberFormat: string): Cell {
  if (value === null) return null;
  if (typeof value === "number") return { value, type: Number, format: numberFormat, fontWeight: header ? "bold" : undefined };
  if (typeof value === "object") return { value: value.formula, type: "Formula", format: value.format ?? numberFormat };
  return { value, type: String, fontWeight: header ? "bold" : undefined, wrap: !header && value.length > 40 };
}

export async function renderXlsx(sheets: Sheet[]): Promise<Buffer> {
  const data = sheets.map((sheet) => ({
    sheet: sheet.name.slice(0, 31),
    data: sheet.rows.map((row, r) => row.map((value) => toCell(value, r < (sheet.headerRows ?? 1), sheet.numberFormat ?? "#,##0"))) as SheetData,
    columns: sheet.widths?.map((width) => ({ width })),
    stickyRowsCount: sheet.headerRows ?? 1,
  }));
  return writeXlsxFile(data).toBuffer();
}

/** CSV as Danish spreadsheets read it: semicolons, a BOM for UTF-8, and formulas neutralised. */
export function renderCsv(sheet: Sheet): string {
  const field = (value: SheetCell) => {
    if (value === null) return "";
    if (typeof value === "number") return String(value).replace(".", ",");
    if (typeof value === "object") return "";
    // A cell that starts with =, +, - or @ would run as a formula when opened: prefix it so it stays text.
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${sheet.rows.map((row) => row.map(field).join(";")).join("\r\n")}\r\n`;
}
