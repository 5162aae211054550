/**
 * Danish-aware text normalisation for search. Pure and small, because the browser runs it too.
 * - case and accents fold, and æ/ø/å match ae/oe/aa, so "aeldrepleje" finds "ældrepleje";
 * - a light stemmer strips common inflections, so "inhabil", "inhabile" and "inhabilitet" meet;
 * - compounds are handled at match time: a query word also matches inside a longer word ("regler" in "udbudsregler").
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

// Longest first. Applied once, and never below a stem of four letters.
const SUFFIXES = [
  "iteterne", "itetens", "iteten", "iteter", "itet",
  "hederne", "hedens", "heden", "heder", "hed",
  "ernes", "erne", "enes", "ende", "ene", "ens", "ets", "ede", "ere", "est",
  "er", "en", "et", "es", "e", "s",
];

export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Folded, stemmed words of at least two letters, in order. */
export function tokens(text: string): string[] {
  return (fold(text).match(/[a-z0-9§]+/g) ?? []).filter((word) => word.length >= 2).map(stem);
}
