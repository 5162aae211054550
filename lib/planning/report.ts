/**
 * The output of a planning tool, independent of file format: a short document (Word) and, for tools that
 * produce tables, sheets (spreadsheet and CSV). Pure data, built by each tool from its validated answers.
 */
/** Text in which parts may link somewhere: a link's text is what the reader sees, `href` an absolute address. */
export type Inline = string | (string | { text: string; href: string })[];

export type Block =
  | { kind: "heading"; text: string; level?: 2 | 3 }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: Inline[]; ordered?: boolean }
  | { kind: "table"; caption?: string; header: string[]; rows: string[][]; numeric?: boolean[] }
  /** Labelled values, e.g. "Målgruppe: Ældre i eget hjem", one a line. */
  | { kind: "fields"; items: [label: string, value: string][] }
  | { kind: "note"; text: string };

export interface Report {
  /** Document title, also the file name. */
  title: string;
  /** One line under the title, e.g. the project name. */
  subtitle?: string;
  blocks: Block[];
}

/**
 * A spreadsheet cell: text, a number, a number in a format of its own (e.g. a rate shown as "3,5 %"), or a live
 * formula (without the leading "=") with the value it computes, which the file keeps for readers that do not
 * calculate. Formats are spreadsheet format codes, e.g. "#,##0" or "0.0# %".
 */
export type SheetCell = string | number | null | { value: number; format: string } | { formula: string; value: number; format?: string };

export interface Sheet {
  name: string;
  rows: SheetCell[][];
  /** Rows at the top that are headers: bold, frozen and printed on every page. */
  headerRows?: number;
  /** Column widths in characters. */
  widths: number[];
  /** Format for numbers, e.g. "#,##0". */
  numberFormat?: string;
  /** Print across the page: for sheets with many columns. */
  landscape?: boolean;
}
