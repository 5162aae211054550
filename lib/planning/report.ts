/**
 * The output of a planning tool, independent of file format: a short document (Word) and, for tools that
 * produce tables, sheets (spreadsheet and CSV). Pure data, built by each tool from its validated answers.
 */
export type Block =
  | { kind: "heading"; text: string; level?: 2 | 3 }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[]; ordered?: boolean }
  | { kind: "table"; caption?: string; header: string[]; rows: string[][]; numeric?: boolean[] }
  | { kind: "note"; text: string };

export interface Report {
  /** Document title, also the file name. */
  title: string;
  /** One line under the title, e.g. the project name. */
  subtitle?: string;
  blocks: Block[];
}

/** A spreadsheet cell: text, a number, or a formula (without the leading "="). */
export type SheetCell = string | number | { formula: string; format?: string } | null;

export interface Sheet {
  name: string;
  rows: SheetCell[][];
  /** Rows at the top that are headers: bold and frozen. */
  headerRows?: number;
  /** Column widths in characters. */
  widths?: number[];
  /** Format for numbers, e.g. "#,##0". */
  numberFormat?: string;
}
