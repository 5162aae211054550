/**
 * LIX, the Scandinavian readability index: words per sentence plus the share of words longer than six letters.
 * Below 30 is very easy, 30–40 easy (the guide's aim), 40–50 medium, above 50 hard.
 * Each line of the input counts as ending a sentence, so headings, list items and table cells do not run together.
 */
export function lix(text: string): { score: number; words: number; sentences: number } {
  // Runs of word characters that hold a letter. Matching the runs and then testing them keeps this linear: a pattern
  // that demands the letter inside the match backtracks over every start in a long run of digits.
  const words = (text.match(/[\p{L}\p{N}§-]+/gu) ?? []).filter((run) => /\p{L}/u.test(run));
  if (words.length === 0) return { score: 0, words: 0, sentences: 0 };
  const sentenceEnds = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /\p{L}/u.test(line))
    .reduce((count, line) => count + Math.max(1, (line.match(/(?<![.!?:;])[.!?:;]+(?=\s|$)/g) ?? []).length + (/[.!?:;]$/.test(line) ? 0 : 1)), 0);
  const sentences = Math.max(1, sentenceEnds);
  const long = words.filter((word) => word.replace(/-/g, "").length > 6).length;
  const score = words.length / sentences + (100 * long) / words.length;
  return { score: Math.round(score * 10) / 10, words: words.length, sentences };
}
