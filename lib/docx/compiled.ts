/**
 * Word files at the speed of string concatenation, with docx still writing every byte of XML.
 *
 * docx builds a whole object tree and serialises it for each file: about 11 ms for a 17-clause agreement, which
 * caps a 2-core server near 100 files a second. But a generated agreement is made of a dozen kinds of block
 * (a heading, a numbered paragraph, a party …) that differ only in their texts. So docx lays out, once, a file
 * that holds one of each kind with a placeholder for every text. That file is cut into its blocks, and a new
 * document is its blocks filled in, escaped as docx escapes them, and zipped with the parts that never change.
 *
 * `packWithDocx` makes the same file the slow way, all through docx; a test holds the two to the same XML.
 */
import { Packer, Paragraph, TextRun, type File, type FileChild } from "docx";
import JSZip from "jszip";
import { documentText } from "@/lib/text/rules";
import { compressPart, zipParts, type CompressedPart } from "./zip";

const OPEN = "\uE000";
const CLOSE = "\uE001";
const SEPARATOR = "\uE002";
const GAP = /\uE000([^\uE001]*)\uE001/;

/**
 * A placeholder for a text, made of characters from Unicode's private-use area. Only the layout is searched for
 * placeholders; a text put into a gap is never searched again, so a text may contain anything.
 */
export const slot = (name: string | number): string => `${OPEN}${name}${CLOSE}`;

/** How docx escapes text and attribute values (src/util/xml/stringify.ts): five entities, control characters dropped. */
const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
// The control characters XML 1.0 cannot hold: docx drops them, and so must the layouts.
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
export const escapeXml = (value: string): string => value.replace(ESCAPED, (char) => ESCAPES[char] ?? "");

/** XML with named gaps; `fill` puts escaped texts into them. */
class Gapped {
  private readonly pieces: string[];
  constructor(xml: string) {
    this.pieces = xml.split(GAP);
  }
  get gaps(): number {
    return (this.pieces.length - 1) / 2;
  }
  fill(value: (name: string) => string): string {
    let out = this.pieces[0]!;
    for (let i = 1; i < this.pieces.length; i += 2) out += escapeXml(value(this.pieces[i]!)) + this.pieces[i + 1]!;
    return out;
  }
}

export interface BlockKind {
  /** How many texts the block has; for a table of rows, how many each row has. */
  texts: number;
  /** The block as docx elements. For `rows`, `texts` holds the head's texts, then every row's texts one row after the other. */
  render: (texts: readonly string[]) => FileChild[];
  /** A table whose rows repeat: the layout keeps the first rows as they are and repeats the last one. */
  rows?: boolean;
  /** For `rows`: how many texts the rows before the repeated one hold (e.g. a header row's cells). */
  head?: number;
  /**
   * For `rows`: the table's column widths in twips, from its texts. render() must hand the same widths to docx
   * (columnWidths, summing to the text width, so docx writes them unchanged as cell widths too); the compiled
   * table gets them written into its grid and cells.
   */
  columns?: (texts: readonly string[]) => number[];
}

export interface Blueprint<K extends string> {
  blocks: Record<K, BlockKind>;
  /** The file around a body, and parts docx does not write; `value(name)` is the file's text of that name. */
  document: (body: FileChild[], value: (name: string) => string) => { file: File; parts: { path: string; data: string }[] };
}

export type Block<K extends string> = readonly [kind: K, texts: readonly string[]];

export interface CompiledPackage<K extends string> {
  /** The XML of one block. */
  block(kind: K, texts: readonly string[]): string;
  /** The .docx: the file's texts by name, its blocks, and the time the file is made. */
  pack(values: Record<string, string>, blocks: readonly Block<K>[], now: Date): Buffer;
}

const lookup = (values: Record<string, string>, where: string) => (name: string) => {
  const value = values[name];
  if (value === undefined) throw new Error(`${where}: no text for ${name}`);
  return value;
};

const W3CDTF = /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/** Lays out the blueprint's blocks once with docx and cuts the result up; see the module comment. */
export async function compilePackage<K extends string>(blueprint: Blueprint<K>): Promise<CompiledPackage<K>> {
  const kinds = Object.keys(blueprint.blocks) as K[];
  const separator = new Paragraph({ children: [new TextRun(SEPARATOR)] });
  const slots = (count: number) => Array.from({ length: count }, (_, i) => slot(i));
  const body = kinds.flatMap((kind) => {
    const { texts, head = 0 } = blueprint.blocks[kind];
    return [...blueprint.blocks[kind].render([...slots(head), ...slots(texts)]), separator];
  });
  const { file, parts: extra } = blueprint.document(body, slot);
  const zip = await JSZip.loadAsync(await Packer.toBuffer(file, false, extra));

  const parts: { path: string; constant?: CompressedPart; gapped?: Gapped }[] = [];
  let head = "";
  let tail = "";
  const layouts = new Map<K, { head: Gapped; row?: Gapped; tail: string; texts: number; headTexts: number }>();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    let xml = await entry.async("string");
    if (path === "word/document.xml") {
      const start = xml.indexOf("<w:body>") + "<w:body>".length;
      const end = xml.lastIndexOf("<w:sectPr");
      if (start < "<w:body>".length || end < start) throw new Error("docx wrote a document.xml without <w:body> and <w:sectPr>");
      head = xml.slice(0, start);
      tail = xml.slice(end);
      const at = xml.indexOf(SEPARATOR);
      const separatorXml = xml.slice(xml.lastIndexOf("<w:p>", at), xml.indexOf("</w:p>", at) + "</w:p>".length);
      const pieces = xml.slice(start, end).split(separatorXml);
      if (pieces.length !== kinds.length + 1) throw new Error(`docx laid out ${pieces.length - 1} blocks, not ${kinds.length}`);
      kinds.forEach((kind, i) => {
        const piece = pieces[i]!;
        const { texts, rows, head = 0 } = blueprint.blocks[kind];
        if (!rows) {
          layouts.set(kind, { head: new Gapped(piece), tail: "", texts, headTexts: 0 });
          return;
        }
        const rowStart = piece.lastIndexOf("<w:tr>");
        const tableEnd = piece.lastIndexOf("</w:tbl>");
        if (rowStart < 0 || tableEnd < rowStart) throw new Error(`The block ${kind} is not a table`);
        layouts.set(kind, { head: new Gapped(piece.slice(0, rowStart)), row: new Gapped(piece.slice(rowStart, tableEnd)), tail: piece.slice(tableEnd), texts, headTexts: head });
      });
      parts.push({ path });
      continue;
    }
    if (path === "docProps/core.xml") xml = xml.replace(W3CDTF, `$1${slot("@now")}$2`);
    if (GAP.test(xml)) parts.push({ path, gapped: new Gapped(xml) });
    else parts.push({ path, constant: compressPart(path, xml) });
  }
  for (const [kind, layout] of layouts) {
    // A table's texts are in its head and its repeated row: a gap elsewhere would never be filled.
    const gaps = layout.row ? (layout.head.gaps !== layout.headTexts || GAP.test(layout.tail) ? -1 : layout.row.gaps) : layout.head.gaps;
    if (gaps !== layout.texts) throw new Error(`The block ${kind} has ${gaps < 0 ? "texts outside its head and row" : `${gaps} texts`} in its layout, not ${layout.texts}`);
  }

  const block = (kind: K, texts: readonly string[]): string => {
    const layout = layouts.get(kind)!;
    if (!layout.row) {
      if (texts.length !== layout.texts) throw new Error(`The block ${kind} takes ${layout.texts} texts, not ${texts.length}`);
      return layout.head.fill((name) => texts[Number(name)]!);
    }
    if (texts.length < layout.headTexts || (texts.length - layout.headTexts) % layout.texts !== 0) {
      throw new Error(`The rows of ${kind} take ${layout.texts} texts each, after ${layout.headTexts} for its head`);
    }
    let xml = layout.head.fill((name) => texts[Number(name)]!);
    for (let row = layout.headTexts; row < texts.length; row += layout.texts) xml += layout.row.fill((name) => texts[row + Number(name)]!);
    xml += layout.tail;
    const columns = blueprint.blocks[kind].columns;
    return columns ? withColumnWidths(xml, columns(texts)) : xml;
  };

  return {
    block,
    pack(values, blocks, now) {
      const value = lookup({ ...writable(values), "@now": now.toISOString() }, "compiled docx");
      const body = blocks.map(([kind, texts]) => block(kind, texts.map(documentText))).join("");
      return zipParts(
        parts.map((part) => part.constant ?? compressPart(part.path, part.gapped ? part.gapped.fill(value) : head + body + tail)),
        now,
      );
    },
  };
}

/**
 * `compilePackage` on first use, shared by every request after it. A failed layout is not kept, so the next request
 * tries again instead of failing for as long as the server runs.
 */
export function compiledOnce<K extends string>(blueprint: () => Blueprint<K>): () => Promise<CompiledPackage<K>> {
  let layout: Promise<CompiledPackage<K>> | undefined;
  return () => {
    if (!layout) {
      const attempt = compilePackage(blueprint());
      layout = attempt;
      attempt.catch(() => {
        if (layout === attempt) layout = undefined;
      });
    }
    return layout;
  };
}

/** The same file through docx alone, as the reference `compilePackage` is held to. */
export function packWithDocx<K extends string>(blueprint: Blueprint<K>, values: Record<string, string>, blocks: readonly Block<K>[]): Promise<Buffer> {
  const body = blocks.flatMap(([kind, texts]) => blueprint.blocks[kind].render(texts.map(documentText)));
  const { file, parts } = blueprint.document(body, lookup(writable(values), "docx"));
  return Packer.toBuffer(file, false, parts);
}

/** Every text as a document may hold it (control characters as spaces, nothing XML forbids), in every part. */
function writable(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([name, text]) => [name, documentText(text)]));
}

/** A compiled table with its grid and cell widths set: the n-th cell of every row gets the n-th column's width. */
function withColumnWidths(xml: string, widths: number[]): string {
  let grid = 0;
  let cell = 0;
  return xml
    .replace(/<w:gridCol w:w="\d+"\/>/g, () => `<w:gridCol w:w="${widths[grid++] ?? 0}"/>`)
    .replace(/<w:tcW w:type="dxa" w:w="\d+"\/>/g, () => `<w:tcW w:type="dxa" w:w="${widths[cell++ % widths.length] ?? 0}"/>`);
}
