/**
 * Searching the prebuilt index. Pure: the server uses it for results without JavaScript,
 * the browser for instant results, so both give the same answer.
 */
import { fold, tokens } from "./text";
import { danishOrder } from "@/lib/format";

export interface SearchDocument {
  url: string;
  title: string;
  /** What kind of page: "Fase", "Jura", "Værktøj", "Case" … */
  section: string;
  description: string;
  headings: string;
  text: string;
}

export interface PreparedDocument extends SearchDocument {
  fields: { title: string[]; headings: string[]; description: string[]; text: string[] };
}

export interface SearchHit {
  url: string;
  title: string;
  section: string;
  snippet: string;
  score: number;
}

const WEIGHTS = { title: 12, headings: 5, description: 3, text: 1 } as const;

export function prepare(documents: SearchDocument[]): PreparedDocument[] {
  return documents.map((doc) => ({
    ...doc,
    fields: { title: tokens(doc.title), headings: tokens(doc.headings), description: tokens(doc.description), text: tokens(doc.text) },
  }));
}

/** How well one indexed word answers one query word: exact, prefix, or inside a compound. */
function matchScore(word: string, query: string): number {
  if (word === query) return 1;
  if (word.startsWith(query)) return 0.8;
  if (query.length >= 4 && word.includes(query)) return 0.5;
  return 0;
}

export function search(index: PreparedDocument[], query: string, limit = 50): SearchHit[] {
  const terms = [...new Set(tokens(query))];
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const doc of index) {
    let score = 0;
    let matchedAll = true;
    for (const term of terms) {
      let termScore = 0;
      for (const field of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
        let best = 0;
        let count = 0;
        for (const word of doc.fields[field]) {
          const s = matchScore(word, term);
          if (s > 0) {
            count++;
            if (s > best) best = s;
          }
        }
        if (count > 0) termScore += WEIGHTS[field] * best * (1 + Math.log(count));
      }
      if (termScore === 0) matchedAll = false;
      score += termScore;
    }
    // Every word of the query must be found somewhere, as in any search box people know.
    if (matchedAll && score > 0) hits.push({ url: doc.url, title: doc.title, section: doc.section, snippet: snippet(doc, terms), score });
  }
  return hits.sort((a, b) => b.score - a.score || danishOrder(a.title, b.title)).slice(0, limit);
}

/** The sentence that best shows why a page matched, or its description. */
function snippet(doc: SearchDocument, terms: string[]): string {
  const sentences = doc.text.split(/(?<=[.!?])\s+|\n/);
  let best = "";
  let bestCount = 0;
  for (const sentence of sentences) {
    const words = tokens(sentence);
    const count = terms.filter((term) => words.some((word) => matchScore(word, term) > 0)).length;
    if (count > bestCount) {
      best = sentence;
      bestCount = count;
    }
  }
  const text = bestCount > 0 ? best : doc.description;
  return text.length > 220 ? `${text.slice(0, 217).trimEnd()} …` : text;
}

/** Splits a text into parts, marking those that match the query, for highlighting. */
export function highlight(text: string, query: string): { text: string; match: boolean }[] {
  const terms = tokens(query);
  if (terms.length === 0) return [{ text, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  for (const piece of text.split(/([\p{L}\p{N}§]+)/u)) {
    if (!piece) continue;
    const word = tokens(piece)[0];
    const match = word !== undefined && /[\p{L}\p{N}]/u.test(piece) && terms.some((term) => matchScore(word, term) > 0 || fold(piece).includes(term));
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  }
  return parts;
}
