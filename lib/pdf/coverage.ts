/**
 * Which characters a PDF from this site can show. Pure and free of the fonts themselves (their coverage is
 * generated into coverage-data.ts), so a builder's "Tjek dine svar" can name a field in the browser, and the
 * download route refuses the same answers, before a PDF would have to print a character it has no glyph for.
 */
import { COVERED } from "./coverage-data";

/**
 * Characters that only steer how text is shown (bidi controls, zero-width characters, variation selectors, the
 * soft hyphen): the bidi algorithm reads them, and the PDF then leaves them out.
 */
// Written as alternatives, not one class: a class may not hold combining characters such as U+034F.
export const IGNORABLE = /\u00AD|\u034F|\u061C|\u115F|\u1160|\u17B4|\u17B5|[\u180B-\u180F]|[\u200B-\u200F]|[\u202A-\u202E]|[\u2060-\u206F]|[\uFE00-\uFE0F]|\uFEFF/;

let ranges: number[] | undefined;

function coveredRanges(): number[] {
  if (!ranges) {
    ranges = [];
    for (const range of COVERED.split(",")) {
      const [start, end = start] = range.split("-");
      ranges.push(parseInt(start!, 36), parseInt(end!, 36));
    }
  }
  return ranges;
}

/** Whether some PDF font shows the code point in every style. */
export function isPrintable(codePoint: number): boolean {
  const list = coveredRanges();
  let low = 0;
  let high = list.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < list[middle * 2]!) high = middle - 1;
    else if (codePoint > list[middle * 2 + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

/** The characters of `text` that no PDF font shows, each once, in the order they first appear. */
export function unprintable(text: string): string[] {
  const found: string[] = [];
  for (const char of text.normalize("NFC")) {
    const codePoint = char.codePointAt(0)!;
    // Line breaks are laid out, control characters are written as spaces, ignorables are left out.
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || codePoint === 0x2028 || codePoint === 0x2029 || IGNORABLE.test(char) || isPrintable(codePoint)) continue;
    if (!found.includes(char)) found.push(char);
  }
  return found;
}

/** The characters as a reader can read them in a message: each shown, and named by its code point. */
export function describeCharacters(characters: string[]): string {
  return characters.map((char) => `»${char}« (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`).join(", ");
}
