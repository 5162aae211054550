/**
 * Column widths from content, as browsers lay out an automatic table: every column gets at least its widest
 * unbreakable word, and the room that is left goes to the columns whose text wants the most. Units are the
 * caller's (points in the PDF, twips in Word).
 */
export function autoColumnWidths(wanted: readonly number[], max: readonly number[], available: number): number[] {
  const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
  // A word longer than 40 % of the table (a web address, say) is cut between characters anyway: it must not squeeze
  // every other column down to a letter a line.
  const min = wanted.map((width) => Math.min(width, available * 0.4));
  const total = sum(max);
  // Everything fits on one line: widen each column in proportion to its text.
  if (total <= available) return max.map((width) => (total > 0 ? width + ((available - total) * width) / total : available / max.length));
  // Not even the longest words fit: shrink in proportion, and the words are cut.
  if (sum(min) >= available) return min.map((width) => (width * available) / sum(min));
  const slack = total - sum(min);
  return min.map((width, i) => width + ((available - sum(min)) * (max[i]! - width)) / slack);
}

/** The widths rounded to whole units that still add up to `available`. */
export function roundedWidths(widths: readonly number[], available: number): number[] {
  const rounded = widths.map((width) => Math.max(1, Math.round(width)));
  rounded[rounded.length - 1]! += available - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}

/** A column's needs in characters: its longest word and its longest line. Word files are measured this way. */
export function characterWidths(cells: readonly string[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const cell of cells) {
    for (const line of cell.split("\n")) {
      max = Math.max(max, [...line].length);
      // Lines may break at spaces, after a slash or hyphen, and at a soft hyphen.
      for (const word of line.split(/[\s/\-\u00AD]+/)) min = Math.max(min, [...word].length + 1);
    }
  }
  return { min, max };
}
