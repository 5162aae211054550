/**
 * The fonts of every PDF the site makes: Source Sans 3 (full static files: Latin with Latin Extended, Greek and
 * Cyrillic) in regular, bold and italic, with Noto Sans Hebrew and IBM Plex Sans Arabic as fallbacks. All come from
 * npm packages and are embedded as subsets, each with a ToUnicode map.
 *
 * Each file is read and parsed by fontkit once per process. A document then wraps the parsed font in pdfkit's
 * embedded-font class, which only collects the glyphs that document uses: no document parses a font again.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";

export type Style = "regular" | "bold" | "italic";

/** Paths from the project root; next.config.mjs copies the same files into the standalone server. */
export const FACE_FILES = {
  "sans-regular": "node_modules/source-sans/TTF/SourceSans3-Regular.ttf",
  "sans-bold": "node_modules/source-sans/TTF/SourceSans3-Bold.ttf",
  "sans-italic": "node_modules/source-sans/TTF/SourceSans3-It.ttf",
  "hebrew-regular": "node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff",
  "hebrew-bold": "node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff",
  "arabic-regular": "node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff",
  "arabic-bold": "node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-700-normal.woff",
} as const;
export type FaceId = keyof typeof FACE_FILES;

/** For each style, the faces to try in order; the first that has a glyph for a character shows it. */
export const CHAINS: Record<Style, readonly FaceId[]> = {
  regular: ["sans-regular", "hebrew-regular", "arabic-regular"],
  bold: ["sans-bold", "hebrew-bold", "arabic-bold"],
  italic: ["sans-italic", "hebrew-regular", "arabic-regular"],
};

export interface Face {
  id: FaceId;
  font: fontkit.Font;
  /** Texts shaped in this face, shared by every document: shaping is most of the cost of a PDF. */
  shaped: Map<string, Shaped>;
}

/** A shaped text as pdfkit's embedded fonts lay it out: glyphs, their positions and the advance, in thousandths of an em. */
export interface Shaped {
  glyphs: fontkit.Glyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
  advanceWidth: number;
}

let loaded: Map<FaceId, Face> | undefined;

/**
 * fontkit keeps one glyph object per glyph id, with the code points of whoever asked for it first. A font shared by
 * many documents would then give a glyph the text of another (a composite glyph's part, met while a subset was
 * written, has none at all), and the PDF's ToUnicode map would lose letters. So a glyph asked for with code points
 * comes back as a view of the shared glyph that carries exactly the code points it was asked with.
 */
function withOwnCodePoints(font: fontkit.Font): fontkit.Font {
  const shared = font as unknown as { getGlyph(id: number, codePoints?: number[]): fontkit.Glyph | null };
  const getGlyph = shared.getGlyph.bind(font);
  shared.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || (glyph.codePoints.length === codePoints.length && glyph.codePoints.every((c, i) => c === codePoints[i]))) return glyph;
    return Object.create(glyph, { codePoints: { value: codePoints } }) as fontkit.Glyph;
  };
  return font;
}

/** Every face, parsed on first use and kept for the life of the process. */
export function faces(): Map<FaceId, Face> {
  if (!loaded) {
    const root = process.cwd();
    loaded = new Map(
      (Object.keys(FACE_FILES) as FaceId[]).map((id) => [id, { id, font: withOwnCodePoints(fontkit.create(readFileSync(path.join(root, FACE_FILES[id])))), shaped: new Map() }]),
    );
  }
  return loaded;
}

export function face(id: FaceId): Face {
  return faces().get(id)!;
}

const MAX_SHAPED = 20_000;

/**
 * `text` shaped in `face` with the font's default features (kerning, ligatures, Arabic joining; right-to-left
 * runs reversed), as pdfkit's layoutRun returns it. Kept for every later document until the cache is full.
 */
export function shape(face: Face, text: string): Shaped {
  let shaped = face.shaped.get(text);
  if (!shaped) {
    const run = face.font.layout(text, []);
    const scale = 1000 / face.font.unitsPerEm;
    shaped = {
      // A ligature in right-to-left text (an Arabic lam-alef, say) keeps its letters in the order the glyphs are
      // drawn: readers of the PDF reverse right-to-left text character by character, which puts them back in order.
      glyphs: run.direction === "rtl" ? run.glyphs.map((glyph) => (glyph.codePoints.length > 1 ? (Object.create(glyph, { codePoints: { value: [...glyph.codePoints].reverse() } }) as fontkit.Glyph) : glyph)) : run.glyphs,
      positions: (run as unknown as { positions: Shaped["positions"] }).positions.map((position, i) => ({
        xAdvance: position.xAdvance * scale,
        yAdvance: position.yAdvance * scale,
        xOffset: position.xOffset * scale,
        yOffset: position.yOffset * scale,
        advanceWidth: run.glyphs[i]!.advanceWidth * scale,
      })),
      advanceWidth: run.advanceWidth * scale,
    };
    if (face.shaped.size >= MAX_SHAPED) face.shaped.clear();
    face.shaped.set(text, shaped);
  }
  return shaped;
}

/** The advance width of `text` in `face`, in thousandths of an em. */
export function advance(face: Face, text: string): number {
  return shape(face, text).advanceWidth;
}

/** Whether a face shows a code point. */
export function shows(face: Face, codePoint: number): boolean {
  return face.font.hasGlyphForCodePoint(codePoint);
}

// pdfkit keeps its embedded-font class to itself: take it from a font it opened, once.
type EmbeddedFontClass = new (document: PDFKit.PDFDocument, font: fontkit.Font, id: string) => object;
let EmbeddedFont: EmbeddedFontClass | undefined;

function embeddedFontClass(): EmbeddedFontClass {
  if (!EmbeddedFont) {
    const probe = new PDFDocument({ autoFirstPage: false });
    probe.font(readFileSync(path.join(process.cwd(), FACE_FILES["hebrew-regular"])));
    EmbeddedFont = (probe as unknown as { _font: { constructor: EmbeddedFontClass } })._font.constructor;
  }
  return EmbeddedFont;
}

interface FontState {
  _fontFamilies: Record<string, object>;
  _fontCount: number;
}

/** Selects `id` as the document's current font, adding the parsed face to the document on its first use. */
export function selectFace(document: PDFKit.PDFDocument, id: FaceId, size: number): void {
  const state = document as unknown as FontState;
  if (!state._fontFamilies[id]) {
    const Embedded = embeddedFontClass();
    const shared = face(id);
    const embedded = new Embedded(document, shared.font, `F${++state._fontCount}`) as { layout: (text: string) => Shaped };
    // Lay out from the shared cache; the document still records each glyph it uses for its subset.
    embedded.layout = (text: string) => shape(shared, text);
    state._fontFamilies[id] = embedded;
  }
  document.font(id, size);
}
