/**
 * Text → lines of glyph runs ready to draw: each character gets the first font of its style that shows it, lines
 * break where Unicode allows (UAX #14), and right-to-left text (Hebrew, Arabic) is put in visual order with the
 * Unicode Bidirectional Algorithm, line by line. Nothing here draws; lib/pdf/document.ts does.
 */
import bidiFactory from "bidi-js";
import LineBreaker from "linebreak";
import { documentText } from "@/lib/text/rules";
import { IGNORABLE, describeCharacters } from "./coverage";
import { advance, CHAINS, face, shows, type FaceId, type Style } from "./fonts";

export interface Run {
  text: string;
  style?: Style;
}

/** A piece of a line in one font and one direction, as fontkit must be given it, and its width in points. */
export interface Piece {
  face: FaceId;
  text: string;
  width: number;
  /** Where the piece starts in the text: pieces are drawn in this (reading) order, each at its visual place. */
  start: number;
}

export interface Line {
  pieces: Piece[];
  width: number;
}

/** A text asked of the PDF holds a character none of its fonts shows. The download route checks first (coverage.ts). */
export class UnprintableTextError extends Error {
  constructor(readonly characters: string[]) {
    super(`PDF-skrifterne kan ikke vise ${describeCharacters(characters)}`);
  }
}

const bidi = bidiFactory();
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u202B\u202E\u2067]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;
const STRONG_RTL = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const MARK = /\p{M}/u;
const WHITESPACE = /\s/;
const graphemes = new Intl.Segmenter("da", { granularity: "grapheme" });

interface Prepared {
  text: string;
  /** The face of each UTF-16 unit; undefined for units that are not drawn (line breaks, ignorables). */
  faces: (FaceId | undefined)[];
  /** Bidi levels, when the text has right-to-left characters. */
  levels?: ReturnType<typeof bidi.getEmbeddingLevels>;
}

/** Joins the runs, cleans the text as every renderer does, and picks a face for every character. */
function prepare(runs: readonly Run[]): Prepared {
  let text = "";
  const faces: (FaceId | undefined)[] = [];
  const missing: string[] = [];
  let previous: FaceId | undefined;
  for (const run of runs) {
    const chain = CHAINS[run.style ?? "regular"];
    for (const char of documentText(run.text).normalize("NFC")) {
      text += char;
      const codePoint = char.codePointAt(0)!;
      let chosen: FaceId | undefined;
      if (char !== "\n" && !IGNORABLE.test(char)) {
        // Marks, spaces, digits and punctuation stay in the font of the text around them when it shows them.
        if (previous && chain.includes(previous) && (MARK.test(char) || !LETTER_OR_MARK.test(char)) && shows(face(previous), codePoint)) chosen = previous;
        else chosen = chain.find((id) => shows(face(id), codePoint));
        if (!chosen) {
          if (!missing.includes(char)) missing.push(char);
        } else previous = chosen;
      }
      for (let i = 0; i < char.length; i++) faces.push(chosen);
    }
  }
  if (missing.length) throw new UnprintableTextError(missing);
  return { text, faces, levels: RTL.test(text) ? bidi.getEmbeddingLevels(text, "ltr") : undefined };
}

/** The width of text[start, end) in points, measured per face. */
function measure(prepared: Prepared, start: number, end: number, size: number): number {
  let width = 0;
  let runStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || prepared.faces[i] !== prepared.faces[runStart]) {
      const id = prepared.faces[runStart];
      if (id && i > runStart) width += advance(face(id), prepared.text.slice(runStart, i));
      runStart = i;
    }
  }
  return (width * size) / 1000;
}

interface Segment {
  start: number;
  end: number;
  /** Where the segment ends without its trailing spaces. */
  visibleEnd: number;
  /** A line break follows. */
  hard: boolean;
  /** Widths in points with and without the trailing spaces. */
  width: number;
  visible: number;
}

/** Where the text may break: segments, each ending at a break opportunity, measured once. */
function segments(prepared: Prepared, size: number): Segment[] {
  const out: Segment[] = [];
  const breaker = new LineBreaker(prepared.text);
  let last = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    const visibleEnd = trimEnd(prepared.text, last, next.position);
    const visible = measure(prepared, last, visibleEnd, size);
    out.push({ start: last, end: next.position, visibleEnd, hard: next.required, visible, width: visibleEnd === next.position ? visible : visible + measure(prepared, visibleEnd, next.position, size) });
    last = next.position;
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && WHITESPACE.test(text[end - 1]!)) end--;
  return end;
}

/** A segment wider than a line, cut between graphemes into pieces that fit. */
function splitWide(prepared: Prepared, start: number, end: number, size: number, width: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pieceStart = start;
  let pieceEnd = start;
  for (const { index, segment } of graphemes.segment(prepared.text.slice(start, end))) {
    const graphemeEnd = start + index + segment.length;
    if (pieceEnd > pieceStart && measure(prepared, pieceStart, graphemeEnd, size) > width) {
      out.push({ start: pieceStart, end: pieceEnd });
      pieceStart = pieceEnd;
    }
    pieceEnd = graphemeEnd;
  }
  out.push({ start: pieceStart, end });
  return out;
}

/** A reversed string of neutral characters in a right-to-left line, with brackets mirrored as the bidi algorithm says. */
function mirrorReverse(text: string): string {
  return [...text]
    .reverse()
    .map((char) => bidi.getMirroredCharacter(char) ?? char)
    .join("");
}

/** The drawable pieces of text[start, end) in visual order. */
function pieces(prepared: Prepared, start: number, end: number, size: number): Piece[] {
  const { text, faces, levels } = prepared;
  let order: number[] = [];
  for (let i = start; i < end; i++) order.push(i);
  if (levels && end > start) {
    for (const segment of bidi.getReorderSegments(text, levels, start, end - 1)) {
      const [from, to] = segment as [number, number];
      order = [...order.slice(0, from - start), ...order.slice(from - start, to - start + 1).reverse(), ...order.slice(to - start + 1)];
    }
  }
  const out: Piece[] = [];
  let group: number[] = [];
  const flush = () => {
    if (!group.length) return;
    const id = faces[group[0]!]!;
    const rtl = group.length > 1 ? group[1]! < group[0]! : levels ? (levels.levels[group[0]!]! & 1) === 1 : false;
    const low = Math.min(...group);
    const high = Math.max(...group);
    let logical = text.slice(low, high + (text.codePointAt(high)! > 0xffff ? 2 : 1));
    // fontkit reverses a run itself when it holds right-to-left letters; a run of neutrals it would leave as it is.
    if (rtl && !STRONG_RTL.test(logical)) logical = mirrorReverse(logical);
    out.push({ face: id, text: logical, width: (advance(face(id), logical) * size) / 1000, start: low });
    group = [];
  };
  for (const index of order) {
    // Low surrogates travel with their high surrogate.
    const unit = text.charCodeAt(index);
    const before = index > 0 ? text.charCodeAt(index - 1) : 0;
    if (unit >= 0xdc00 && unit <= 0xdfff && before >= 0xd800 && before <= 0xdbff) continue;
    const id = faces[index];
    if (id === undefined) {
      flush();
      continue;
    }
    const last = group[group.length - 1];
    const level = levels ? levels.levels[index]! : 0;
    const lastLevel = last !== undefined && levels ? levels.levels[last]! : 0;
    const width = text.codePointAt(index)! > 0xffff ? 2 : 1;
    const adjacent =
      last !== undefined &&
      faces[last] === id &&
      (level & 1) === (lastLevel & 1) &&
      ((level & 1) === 0 ? index === last + (text.codePointAt(last)! > 0xffff ? 2 : 1) : index + width === last);
    if (!adjacent) flush();
    group.push(index);
  }
  flush();
  return out;
}

/**
 * Lays out runs of text in lines no wider than `width(line)` points (the first line may differ, e.g. beside a number).
 * Line breaks in the text are kept; a word wider than a line is cut between graphemes.
 */
export function layoutText(runs: readonly Run[], size: number, width: number | ((line: number) => number)): Line[] {
  const prepared = prepare(runs);
  const widthOf = typeof width === "number" ? () => width : width;
  const lines: { start: number; end: number }[] = [];
  let lineStart = 0;
  let lineEnd = 0;
  // The width of the line so far, trailing spaces included: segments are measured once, not the line again and again.
  let lineWidth = 0;
  const close = (end: number) => {
    lines.push({ start: lineStart, end: trimEnd(prepared.text, lineStart, end) });
    lineStart = end;
    lineEnd = end;
    lineWidth = 0;
  };
  for (const segment of segments(prepared, size)) {
    if (lineEnd > lineStart && lineWidth + segment.visible > widthOf(lines.length)) close(segment.start);
    if (segment.visible > widthOf(lines.length)) {
      const parts = splitWide(prepared, segment.start, segment.visibleEnd, size, widthOf(lines.length));
      for (const part of parts.slice(0, -1)) {
        lineStart = part.start;
        close(part.end);
      }
      lineStart = parts[parts.length - 1]!.start;
      lineWidth = measure(prepared, lineStart, segment.end, size);
    } else lineWidth += segment.width;
    lineEnd = segment.end;
    if (segment.hard) close(segment.end);
  }
  if (lineEnd > lineStart || lines.length === 0) close(lineEnd);
  return lines.map(({ start, end }) => {
    const drawn = pieces(prepared, start, end, size);
    return { pieces: drawn, width: drawn.reduce((sum, piece) => sum + piece.width, 0) };
  });
}

/** The widest unbreakable part of the runs and their width on one line, in points: what a table column needs. */
export function contentWidths(runs: readonly Run[], size: number): { min: number; max: number } {
  const prepared = prepare(runs);
  let min = 0;
  let max = 0;
  let line = 0;
  for (const segment of segments(prepared, size)) {
    min = Math.max(min, segment.visible);
    max = Math.max(max, line + segment.visible);
    line += segment.width;
    if (segment.hard) line = 0;
  }
  return { min, max };
}
