/**
 * Tagged PDF (PDF/UA-1) by construction. A document is a list of blocks (headings, paragraphs, lists, tables,
 * signature blocks); each kind knows its structure tags, its layout and how it breaks across pages, so a new
 * document or a new block gets embedded fonts, tags, reading order and pagination without further work.
 *
 * - Structure: Document > H1–H4, P, L > LI > Lbl + LBody, Table > THead/TBody > TR > TH (with scope) / TD, Div.
 *   Content is drawn in reading order and every piece of it is marked content of its element.
 * - Artifacts: the running header and footer (with page numbers), table rules, a table header repeated after
 *   a page break, and signature lines. Nothing is drawn outside marked content.
 * - Catalog and metadata: /Lang, DisplayDocTitle, bookmarks for the headings, XMP with the PDF/UA identifier,
 *   escaped as XML whatever the title holds (the document information keeps the text as it is).
 * - Layout: A4, table columns sized to their content, a table's header row repeated on every page it spans,
 *   headings kept with what follows, no lone first or last line of a paragraph, signature blocks never split.
 */
import PDFDocument from "pdfkit";
import { documentText } from "@/lib/text/rules";
import { autoColumnWidths } from "@/lib/layout/columns";
import { selectFace, type Style } from "./fonts";
import { contentWidths, layoutText, type Line, type Run } from "./text";

export interface PdfSetup {
  /** The document's title: shown by viewers instead of the file name, and the first bookmark's text. */
  title: string;
  subject?: string;
  keywords?: string;
  author: string;
  /** BCP 47, e.g. "da-DK". */
  lang: string;
  /** A short mark at the top right of every page, e.g. "UDKAST". */
  header?: string;
  /** The line at the foot of every page. */
  footer?: (page: number, pages: number) => string;
}

export interface TableBlock {
  header: string[];
  rows: string[][];
  /** Per column; numbers read best right-aligned. */
  align?: ("left" | "right")[];
  /** The first cell of each body row names the row (a TH with row scope). */
  rowHeaders?: boolean;
  /** A last row set in bold, e.g. totals. */
  total?: string[];
}

export interface SignatureBlock {
  /** Who signs for whom, e.g. "For Ærø Kommune". */
  title: string;
  /** The signatory's name and title, or undefined for a blank line to fill in. */
  signatory?: string;
}

type HeadingLevel = 1 | 2 | 3 | 4;

interface ParagraphOptions {
  size?: number;
  style?: Style;
  color?: string;
  /** A paragraph number in the left margin, e.g. "1.1". */
  label?: string;
  /** Space after, in points. */
  after?: number;
  /** Keep on one page with the start of the next block. */
  keepWithNext?: boolean;
  /** Never split across pages (when it fits on one), e.g. a party's name and address. */
  keepTogether?: boolean;
}

type Block =
  | { kind: "heading"; level: HeadingLevel; text: string; size: number; color: string; bookmark: boolean; pageBreakBefore: boolean }
  | { kind: "paragraph"; runs: Run[]; options: ParagraphOptions }
  | { kind: "list"; items: string[] }
  | { kind: "table"; table: TableBlock }
  | { kind: "signatures"; blocks: SignatureBlock[] };

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 80, bottom: 80, left: 72, right: 72 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
export const COLORS = { ink: "#1b1b1b", brand: "#0b4f8a", muted: "#4a4f57", rule: "#8a9099", draft: "#b0201c" } as const;
const BODY = 11;
const LEADING = 1.38;
const LABEL_WIDTH = 32;
const CELL_PADDING = 5;
const HEADINGS: Record<HeadingLevel, { size: number; before: number; after: number }> = {
  1: { size: 24, before: 0, after: 6 },
  2: { size: 14, before: 16, after: 6 },
  3: { size: 12, before: 12, after: 4 },
  4: { size: 11, before: 10, after: 2 },
};
const SIGNATURE = { gap: 28, space: 64, after: 20 };

const lineHeight = (size: number) => size * LEADING;
// The baseline within a line: Source Sans 3's ascent is about 0.98 em of its 1.38 em line.
const baseline = (size: number) => size * 1.02;

/** pdfkit draws one positioned string with its internal _fragment; text() would wrap, measure and lay out again. */
interface Fragments {
  _fragment(text: string, x: number, y: number, options: Record<string, unknown>): void;
  _addInfo(): void;
  info: Record<string, unknown>;
  _root: { data: Record<string, unknown> };
}

/** A tagged PDF document: add blocks in reading order, then render. */
export class TaggedPdf {
  private readonly blocks: Block[] = [];

  constructor(private readonly setup: PdfSetup) {}

  heading(level: HeadingLevel, text: string, options: { size?: number; color?: string; bookmark?: boolean; pageBreakBefore?: boolean } = {}): this {
    this.blocks.push({
      kind: "heading",
      level,
      text,
      size: options.size ?? HEADINGS[level].size,
      color: options.color ?? COLORS.ink,
      bookmark: options.bookmark ?? level <= 3,
      pageBreakBefore: options.pageBreakBefore ?? false,
    });
    return this;
  }

  /** A paragraph of one text, or of runs in several styles; "\n" starts a new line within it. */
  paragraph(text: string | Run[], options: ParagraphOptions = {}): this {
    this.blocks.push({ kind: "paragraph", runs: typeof text === "string" ? [{ text }] : text, options });
    return this;
  }

  list(items: string[]): this {
    if (items.length) this.blocks.push({ kind: "list", items });
    return this;
  }

  table(table: TableBlock): this {
    this.blocks.push({ kind: "table", table });
    return this;
  }

  signatures(blocks: SignatureBlock[]): this {
    if (blocks.length) this.blocks.push({ kind: "signatures", blocks });
    return this;
  }

  /** The PDF; rejects with UnprintableTextError when a text holds a character no font shows. */
  async render(): Promise<Buffer> {
    return new Renderer(this.setup, this.blocks).run();
  }
}

interface TableLayout {
  widths: number[];
  header: { lines: Line[][]; height: number };
  rows: { lines: Line[][]; height: number; bold: boolean }[];
}

class Renderer {
  private readonly doc: PDFKit.PDFDocument;
  private readonly root: PDFKit.PDFStructureElement;
  private y = MARGIN.top;
  private readonly done: Promise<Buffer>;
  private bookmarks: { level: number; item: PDFKit.PDFOutline }[] = [];
  private readonly tables = new Map<TableBlock, TableLayout>();
  /** Lines of headings and paragraphs, laid out once: page breaks look ahead at the next block. */
  private readonly laidOut = new Map<Block, { lines: Line[]; size: number; indent: number }>();

  constructor(
    private readonly setup: PdfSetup,
    private readonly blocks: Block[],
  ) {
    const title = documentText(setup.title);
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      // No default font: pdfkit would read Helvetica's metrics for every document.
      font: null as unknown as string,
      pdfVersion: "1.7",
      subset: "PDF/UA",
      tagged: true,
      lang: setup.lang,
      displayTitle: true,
      // pdfkit writes every key it is given, so leave out the ones without a value.
      info: Object.fromEntries(
        Object.entries({ Title: title, Subject: setup.subject, Author: setup.author, Creator: setup.author, Keywords: setup.keywords })
          .filter((entry): entry is [string, string] => Boolean(entry[1]))
          .map(([key, value]) => [key, documentText(value)]),
      ),
    } as unknown as PDFKit.PDFDocumentOptions);
    escapeMetadata(this.doc);
    const chunks: Buffer[] = [];
    this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
  }

  run(): Promise<Buffer> {
    this.blocks.forEach((block, i) => this.block(block, this.blocks[i + 1]));
    this.root.end();
    this.pageFurniture();
    (this.doc as unknown as Fragments)._root.data.PageMode = "UseOutlines";
    this.doc.end();
    return this.done;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Pages and marked content

  private newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  private fits(height: number): boolean {
    return this.y + height <= BOTTOM + 0.01;
  }

  /** Draws into a new piece of marked content of `element`. */
  private mark(element: PDFKit.PDFStructureElement, draw: () => void): void {
    const tag = (element as unknown as { dictionary: { data: { S: string } } }).dictionary.data.S;
    const content = this.doc.markStructureContent(tag);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
  }

  private artifact(type: "Layout" | "Pagination", draw: () => void, attached?: "Top" | "Bottom"): void {
    this.doc.markContent("Artifact", { type, ...(attached ? { attached: [attached] } : {}) } as PDFKit.Mixins.MarkingOptions);
    draw();
    this.doc.endMarkedContent();
  }

  private child(parent: PDFKit.PDFStructureElement, tag: string, options: PDFKit.Mixins.StructureElementOptions = {}): PDFKit.PDFStructureElement {
    const element = this.doc.struct(tag, options);
    parent.add(element);
    return element;
  }

  private drawLine(line: Line, x: number, top: number, size: number, color: string, align: "left" | "right" | "center" = "left", width = 0): void {
    let at = align === "right" ? x + width - line.width : align === "center" ? x + (width - line.width) / 2 : x;
    const doc = this.doc as unknown as Fragments;
    this.doc.fillColor(color);
    // Pieces sit in visual order but are written in reading order, so tools that read the content in order (screen
    // readers following the tags, copy and paste) meet right-to-left text as it is read.
    const placed = line.pieces.map((piece) => ({ piece, x: (at += piece.width) - piece.width }));
    for (const { piece, x: left } of line.pieces.length > 1 ? [...placed].sort((a, b) => a.piece.start - b.piece.start) : placed) {
      selectFace(this.doc, piece.face, size);
      doc._fragment(piece.text, left, top + baseline(size), { features: [], baseline: "alphabetic", textWidth: piece.width, wordCount: 1 });
    }
  }

  private rule(x1: number, x2: number, y: number, width: number, color: string = COLORS.rule): void {
    this.artifact("Layout", () => {
      this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke();
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Blocks

  private block(block: Block, next: Block | undefined): void {
    switch (block.kind) {
      case "heading":
        return this.headingBlock(block, next);
      case "paragraph":
        return this.paragraphBlock(block, next);
      case "list":
        return this.listBlock(block.items);
      case "table":
        return this.tableBlock(block.table);
      case "signatures":
        return this.signatureBlock(block.blocks);
    }
  }

  /** The least of a block that must share a page with what comes before it (a heading, a paragraph to keep with it). */
  private minimumHeight(block: Block | undefined, after?: Block): number {
    if (!block) return 0;
    switch (block.kind) {
      case "heading": {
        const { lines } = this.headingLines(block);
        return HEADINGS[block.level].before + lines.length * lineHeight(block.size) + HEADINGS[block.level].after + this.minimumHeight(after);
      }
      case "paragraph": {
        const { lines, size } = this.paragraphLines(block);
        const own = block.options.keepWithNext || block.options.keepTogether ? lines.length : Math.min(lines.length, 2);
        return own * lineHeight(size) + (block.options.keepWithNext ? (block.options.after ?? 6) + this.minimumHeight(after) : 0);
      }
      case "list":
        return Math.min(layoutText([{ text: block.items[0]! }], BODY, CONTENT_WIDTH - 18).length, 2) * lineHeight(BODY);
      case "table": {
        const layout = this.tableLayout(block.table);
        return layout.header.height + (layout.rows[0]?.height ?? 0);
      }
      case "signatures":
        return this.signaturesHeight(block.blocks);
    }
  }

  private headingBlock(block: Extract<Block, { kind: "heading" }>, next: Block | undefined): void {
    const spacing = HEADINGS[block.level];
    const { lines } = this.headingLines(block);
    const height = lines.length * lineHeight(block.size);
    const first = this.y === MARGIN.top;
    const nextIndex = next ? this.blocks.indexOf(next) : -1;
    const need = (first ? 0 : spacing.before) + height + spacing.after + this.minimumHeight(next, this.blocks[nextIndex + 1]);
    if (block.pageBreakBefore && !first) this.newPage();
    else if (!this.fits(need)) this.newPage();
    else if (!first) this.y += spacing.before;
    if (block.bookmark) this.bookmark(block.level, block.text);
    const element = this.child(this.root, `H${block.level}`);
    this.mark(element, () => {
      for (const line of lines) {
        this.drawLine(line, MARGIN.left, this.y, block.size, block.color);
        this.y += lineHeight(block.size);
      }
    });
    element.end();
    this.y += spacing.after;
  }

  private bookmark(level: number, title: string): void {
    while (this.bookmarks.length && this.bookmarks[this.bookmarks.length - 1]!.level >= level) this.bookmarks.pop();
    const parent = this.bookmarks[this.bookmarks.length - 1]?.item ?? this.doc.outline;
    const item = parent.addItem(documentText(title), { top: this.y - 6, left: PAGE.width } as { expanded?: boolean });
    this.bookmarks.push({ level, item });
  }

  private headingLines(block: Extract<Block, { kind: "heading" }>): { lines: Line[] } {
    let laid = this.laidOut.get(block);
    if (!laid) this.laidOut.set(block, (laid = { lines: layoutText([{ text: block.text, style: "bold" }], block.size, CONTENT_WIDTH), size: block.size, indent: 0 }));
    return laid;
  }

  private paragraphLines(block: Extract<Block, { kind: "paragraph" }>): { lines: Line[]; size: number; indent: number } {
    let laid = this.laidOut.get(block);
    if (!laid) {
      const { runs, options } = block;
      const size = options.size ?? BODY;
      const indent = options.label ? LABEL_WIDTH : 0;
      const style = options.style ?? "regular";
      laid = { lines: layoutText(runs.map((run) => ({ ...run, style: run.style ?? style })), size, CONTENT_WIDTH - indent), size, indent };
      this.laidOut.set(block, laid);
    }
    return laid;
  }

  private paragraphBlock(block: Extract<Block, { kind: "paragraph" }>, next: Block | undefined): void {
    const { options } = block;
    const { lines, size, indent } = this.paragraphLines(block);
    const height = lineHeight(size);
    const color = options.color ?? COLORS.ink;
    const nextIndex = next ? this.blocks.indexOf(next) : -1;
    const keep = options.keepWithNext
      ? lines.length * height + (options.after ?? 6) + this.minimumHeight(next, this.blocks[nextIndex + 1])
      : (options.keepTogether ? lines.length : Math.min(lines.length, 2)) * height;
    if (!this.fits(keep) && this.y > MARGIN.top) this.newPage();
    const element = this.child(this.root, "P");
    let index = 0;
    while (index < lines.length) {
      // Lines that fit on this page, leaving no single line alone at the top of the next one.
      let count = Math.max(1, Math.floor((BOTTOM - this.y + 0.01) / height));
      if (count < lines.length - index && lines.length - index - count === 1) {
        // One line would be left for the next page: give it a second one, or move a short paragraph whole.
        if (count > 2) count--;
        else if (index === 0 && this.y > MARGIN.top) {
          this.newPage();
          continue;
        }
      }
      count = Math.min(count, lines.length - index);
      const from = index;
      this.mark(element, () => {
        for (let i = from; i < from + count; i++) {
          if (i === 0 && options.label) this.drawLine(layoutText([{ text: options.label, style: options.style }], size, LABEL_WIDTH)[0]!, MARGIN.left, this.y, size, color);
          this.drawLine(lines[i]!, MARGIN.left + indent, this.y, size, color);
          this.y += height;
        }
      });
      index += count;
      if (index < lines.length) this.newPage();
    }
    element.end();
    this.y += options.after ?? 6;
  }

  private listBlock(items: string[]): void {
    const list = this.child(this.root, "L");
    for (const text of items) {
      const lines = layoutText([{ text }], BODY, CONTENT_WIDTH - 18);
      if (!this.fits(Math.min(lines.length, 2) * lineHeight(BODY))) this.newPage();
      const item = this.child(list, "LI");
      const label = this.child(item, "Lbl");
      const top = this.y;
      this.mark(label, () => this.drawLine(layoutText([{ text: "•" }], BODY, 18)[0]!, MARGIN.left + 4, top, BODY, COLORS.ink));
      label.end();
      const body = this.child(item, "LBody");
      let index = 0;
      while (index < lines.length) {
        const count = Math.min(lines.length - index, Math.max(1, Math.floor((BOTTOM - this.y + 0.01) / lineHeight(BODY))));
        const from = index;
        this.mark(body, () => {
          for (let i = from; i < from + count; i++) {
            this.drawLine(lines[i]!, MARGIN.left + 18, this.y, BODY, COLORS.ink);
            this.y += lineHeight(BODY);
          }
        });
        index += count;
        if (index < lines.length) this.newPage();
      }
      body.end();
      item.end();
      this.y += 4;
    }
    list.end();
    this.y += 4;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Tables

  /** Column widths from the cells' content (as browsers lay out auto tables), then every cell's lines. */
  private tableLayout(table: TableBlock): TableLayout {
    const cached = this.tables.get(table);
    if (cached) return cached;
    const all = [{ cells: table.header, bold: true }, ...table.rows.map((cells) => ({ cells, bold: false })), ...(table.total ? [{ cells: table.total, bold: true }] : [])];
    const columns = table.header.length;
    const min = new Array<number>(columns).fill(0);
    const max = new Array<number>(columns).fill(0);
    for (const row of all) {
      row.cells.forEach((text, i) => {
        const widths = contentWidths([{ text, style: row.bold || (table.rowHeaders && i === 0) ? "bold" : "regular" }], BODY);
        min[i] = Math.max(min[i]!, widths.min + 2 * CELL_PADDING);
        max[i] = Math.max(max[i]!, widths.max + 2 * CELL_PADDING);
      });
    }
    // Numbers (right-aligned columns) never wrap: "1.000.749.999 kr." stays on one line.
    table.align?.forEach((align, i) => {
      if (align === "right") min[i] = max[i]!;
    });
    const widths = autoColumnWidths(min, max, CONTENT_WIDTH);
    const lay = (cells: string[], bold: boolean) => {
      const lines = cells.map((text, i) => layoutText([{ text, style: bold || (table.rowHeaders && i === 0) ? "bold" : "regular" }], BODY, widths[i]! - 2 * CELL_PADDING));
      return { lines, height: Math.max(...lines.map((l) => l.length)) * lineHeight(BODY) + 2 * CELL_PADDING };
    };
    const layout: TableLayout = {
      widths,
      header: lay(table.header, true),
      rows: [...table.rows.map((cells) => ({ ...lay(cells, false), bold: false })), ...(table.total ? [{ ...lay(table.total, true), bold: true }] : [])],
    };
    this.tables.set(table, layout);
    return layout;
  }

  private drawCells(lines: Line[][], widths: number[], align: TableBlock["align"], top: number, each?: (column: number, draw: () => void) => void): void {
    let x = MARGIN.left;
    lines.forEach((cell, column) => {
      const left = x;
      const draw = () => {
        cell.forEach((line, i) => this.drawLine(line, left + CELL_PADDING, top + CELL_PADDING + i * lineHeight(BODY), BODY, COLORS.ink, align?.[column] ?? "left", widths[column]! - 2 * CELL_PADDING));
      };
      if (each) each(column, draw);
      else draw();
      x += widths[column]!;
    });
  }

  private tableBlock(table: TableBlock): void {
    const layout = this.tableLayout(table);
    const right = MARGIN.left + CONTENT_WIDTH;
    this.y += 4;
    if (!this.fits(layout.header.height + (layout.rows[0]?.height ?? 0))) this.newPage();
    const element = this.child(this.root, "Table");
    const head = this.child(element, "THead");
    const headRow = this.child(head, "TR");
    const headerTop = this.y;
    this.drawCells(layout.header.lines, layout.widths, table.align, headerTop, (column, draw) => {
      const cell = this.child(headRow, "TH", { scope: "Column" } as PDFKit.Mixins.StructureElementOptions);
      this.mark(cell, draw);
      cell.end();
    });
    headRow.end();
    head.end();
    this.y += layout.header.height;
    this.rule(MARGIN.left, right, this.y, 1.2, COLORS.ink);
    const body = this.child(element, "TBody");
    for (const row of layout.rows) {
      if (!this.fits(row.height)) {
        this.newPage();
        // The header again, for the reader of this page; the structure keeps the one header row above.
        const top = this.y;
        this.artifact("Pagination", () => this.drawCells(layout.header.lines, layout.widths, table.align, top));
        this.y += layout.header.height;
        this.rule(MARGIN.left, right, this.y, 1.2, COLORS.ink);
      }
      const tr = this.child(body, "TR");
      const top = this.y;
      this.drawCells(row.lines, layout.widths, table.align, top, (column, draw) => {
        const header = table.rowHeaders && column === 0;
        const cell = this.child(tr, header ? "TH" : "TD", header ? ({ scope: "Row" } as PDFKit.Mixins.StructureElementOptions) : {});
        this.mark(cell, draw);
        cell.end();
      });
      tr.end();
      this.y += row.height;
      this.rule(MARGIN.left, right, this.y, row.bold ? 1.2 : 0.5);
    }
    body.end();
    element.end();
    this.y += 10;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Signatures: two blocks side by side, each with room to sign; a row never splits.

  /** Signature blocks in rows of two, each row laid out, with its height. */
  private signatureRows(blocks: SignatureBlock[]) {
    const width = (CONTENT_WIDTH - SIGNATURE.gap) / 2;
    const line = lineHeight(BODY);
    const rows = [];
    for (let i = 0; i < blocks.length; i += 2) {
      const row = blocks.slice(i, i + 2).map((block) => ({
        block,
        title: layoutText([{ text: block.title, style: "bold" }], BODY, width),
        signatory: layoutText([{ text: block.signatory ?? "Navn og stilling" }], BODY, width),
      }));
      // The blocks of a row share their lines: "Sted og dato" and the signature line sit level.
      const titleHeight = Math.max(...row.map((r) => r.title.length)) * line;
      const height = titleHeight + 6 + line + SIGNATURE.space + 4 + Math.max(...row.map((r) => r.signatory.length)) * line;
      rows.push({ row, titleHeight, height, width });
    }
    return rows;
  }

  /** All the signatures when they fit on one page, so they move together and never stand alone on a page. */
  private signaturesHeight(blocks: SignatureBlock[]): number {
    const rows = this.signatureRows(blocks);
    const all = 8 + rows.reduce((sum, row) => sum + row.height + SIGNATURE.after, 0);
    return all <= BOTTOM - MARGIN.top - 120 ? all : 8 + rows[0]!.height;
  }

  private signatureBlock(blocks: SignatureBlock[]): void {
    const line = lineHeight(BODY);
    this.y += 8;
    for (const { row, titleHeight, height, width } of this.signatureRows(blocks)) {
      if (!this.fits(height)) this.newPage();
      const top = this.y;
      const placeTop = top + titleHeight + 6;
      const signatureLine = placeTop + line + SIGNATURE.space;
      row.forEach((r, column) => {
        const x = MARGIN.left + column * (width + SIGNATURE.gap);
        const div = this.child(this.root, "Div");
        const title = this.child(div, "P");
        this.mark(title, () => r.title.forEach((l, n) => this.drawLine(l, x, top + n * line, BODY, COLORS.ink)));
        title.end();
        const place = this.child(div, "P");
        const placeLine = layoutText([{ text: "Sted og dato:" }], BODY, width)[0]!;
        this.mark(place, () => this.drawLine(placeLine, x, placeTop, BODY, COLORS.ink));
        place.end();
        this.rule(x + placeLine.width + 6, x + width, placeTop + baseline(BODY) + 2, 0.6, COLORS.ink);
        this.rule(x, x + width, signatureLine, 0.6, COLORS.ink);
        const signatory = this.child(div, "P");
        this.mark(signatory, () => r.signatory.forEach((l, n) => this.drawLine(l, x, signatureLine + 4 + n * line, BODY, r.block.signatory ? COLORS.ink : COLORS.muted)));
        signatory.end();
        div.end();
      });
      this.y = top + height + SIGNATURE.after;
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Running header and footer

  private pageFurniture(): void {
    const range = this.doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      this.doc.switchToPage(range.start + i);
      if (this.setup.header) {
        const line = layoutText([{ text: this.setup.header, style: "bold" }], 12, CONTENT_WIDTH)[0]!;
        this.artifact("Pagination", () => this.drawLine(line, MARGIN.left, 34, 12, COLORS.draft, "right", CONTENT_WIDTH), "Top");
      }
      if (this.setup.footer) {
        const lines = layoutText([{ text: this.setup.footer(i + 1, range.count) }], 8.5, CONTENT_WIDTH);
        this.artifact(
          "Pagination",
          () => lines.forEach((line, n) => this.drawLine(line, MARGIN.left, PAGE.height - 52 + n * lineHeight(8.5), 8.5, COLORS.muted, "center", CONTENT_WIDTH)),
          "Bottom",
        );
      }
    }
  }
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * pdfkit writes the document information into the XMP packet as raw text, so "&" or "<" in a title would break
 * the XML. Escape there, and only there: the information dictionary keeps the title as the reader wrote it.
 */
function escapeMetadata(document: PDFKit.PDFDocument): void {
  const doc = document as unknown as Fragments;
  const addInfo = doc._addInfo.bind(doc);
  doc._addInfo = () => {
    const raw = doc.info;
    doc.info = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, typeof value === "string" ? documentText(value).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!) : value]));
    try {
      addInfo();
    } finally {
      doc.info = raw;
    }
  };
}
