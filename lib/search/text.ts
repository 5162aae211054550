/**
 * Danish text analysis for search. Pure, because the browser runs it too: the server's results and the instant
 * results in the browser come from the same words.
 * - words are split on anything that is not a letter or a digit, and a reference to a section of an act is one word
 *   however it is written: "§ 39", "§39" and the 39 in "§§ 39 og 136" are all "§39";
 * - the Snowball stemmer for Danish removes inflections, so "udbud", "udbuddet" and "udbuddene" meet;
 * - after stemming, æ/ø/å fold to ae/oe/aa and accents go, so "aeldrepleje" finds "ældrepleje";
 * - the most common Danish words (og, i, at …) are left out: they say nothing about a page;
 * - a compound is also indexed by its last part when both parts are words of the indexed text, so "aftale" finds
 *   "samarbejdsaftalen" and "regler" finds "udbudsreglerne" (compoundTerms).
 */
import { stemmer } from "@orama/stemmers/danish";
import { stopwords } from "@orama/stopwords/danish";

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

const STOP_WORDS = new Set(stopwords);

/** A word as written in the text, with its place, and the term it is indexed and searched as. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** A section reference ("§ 39", "§§ 73") or a word. */
const WORDS = /§§?\s*\d+[a-z]?\b|[\p{L}\p{N}]+/gu;

/**
 * Every word of a text, in order, with section references as one word each ("§39"). After "§§" the further numbers
 * of the list are sections too ("§§ 2, 22 og 24"), and so are those inside a range ("§§ 73–79" names § 74); after a
 * single § a number is just a number. `ranges: false` leaves the sections inside a range out (for a title, which
 * would otherwise count as long and rank lower).
 */
export function words(text: string, { ranges = true }: { ranges?: boolean } = {}): Word[] {
  const found: Word[] = [];
  let inList = false;
  let last = 0;
  for (const match of text.matchAll(WORDS)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (word.startsWith("§")) {
      inList = word.startsWith("§§");
      found.push({ text: `§${word.replace(/^§+\s*/, "")}`, start, end });
      last = end;
      continue;
    }
    if (inList && /^[\s,–-]*$/.test(text.slice(last, start))) {
      if (/^\d+[a-z]?$/.test(word)) {
        // A range ("§§ 73–79") names the sections inside it too; they share the place of its last number.
        const from = Number(found[found.length - 1]?.text.slice(1));
        const to = Number(word);
        if (ranges && /[–-]/.test(text.slice(last, start)) && Number.isInteger(from) && to > from && to - from <= 30) {
          for (let n = from + 1; n < to; n++) found.push({ text: `§${n}`, start, end });
        }
        found.push({ text: `§${word}`, start, end });
        last = end;
        continue;
      }
      inList = word === "og" || word === "til";
    } else {
      inList = false;
    }
    found.push({ text: word, start, end });
    last = end;
  }
  return found;
}

/** The term a word is indexed and searched as, or null for a word that says nothing about a page. */
export function term(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.startsWith("§")) return lower;
  if (lower.length < 2 || STOP_WORDS.has(lower)) return null;
  return fold(stemmer(lower));
}

/** The terms of a text, in order. */
export function tokens(text: string): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    const t = term(word.text);
    if (t) terms.push(t);
  }
  return terms;
}

/** The shortest part of a compound that counts as a word of its own. */
const MIN_PART = 4;

/**
 * The terms a word is indexed under: its own term and, for a compound whose two parts are both words of the text
 * (`vocabulary`, the terms of every indexed word), the term of its last part. Danish joins parts directly or with
 * an -s- or -e- ("samarbejd-s-aftale", "ældre-pleje"), and the longest last part wins ("forretnings-hemmeligheder",
 * not "forretningshemme-ligheder"). Searches use `term` alone: a query word finds the compounds ending in it.
 */
export function compoundTerms(word: string, vocabulary: ReadonlySet<string>): string[] {
  const own = term(word);
  if (own === null || own.startsWith("§")) return own === null ? [] : [own];
  const lower = word.toLowerCase();
  for (let split = MIN_PART; split <= lower.length - MIN_PART; split++) {
    const last = term(lower.slice(split));
    if (last === null || last === own || !vocabulary.has(last)) continue;
    const first = lower.slice(0, split);
    const firsts = [first, first.replace(/[se]$/, "")].filter((part) => part.length >= MIN_PART - 1);
    if (firsts.some((part) => vocabulary.has(term(part) ?? ""))) return [own, last];
  }
  return [own];
}
