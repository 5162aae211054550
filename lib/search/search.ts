/**
 * The guide's search, built on MiniSearch (BM25 ranking, prefix and typo-tolerant matching) with the Danish analysis
 * of ./text. Pure: the server builds the index once and answers searches without JavaScript; the browser loads the
 * very same index, serialised (/soeg/indeks.json), for instant results. Same index, same query, same ranked list.
 */
import MiniSearch, { type Options, type SearchOptions } from "minisearch";
import { danishOrder } from "@/lib/format";
import { compoundTerms, term, words } from "./text";

export interface SearchDocument {
  url: string;
  title: string;
  /** What kind of page: "Fase", "Jura", "Værktøjer", "Cases" … */
  section: string;
  description: string;
  headings: string;
  text: string;
  /** An illustrative case, not a real project: shown with the label "Eksempel". */
  example?: boolean;
  /** A section's front page (/jura, /vaerktoejer …), which gives the overview of a broad subject. */
  overview?: boolean;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  url: string;
  title: string;
  section: string;
  example: boolean;
  /** The text around the words that matched, the matched words marked. */
  snippet: SnippetPart[];
  score: number;
}

type Stored = Pick<SearchDocument, "title" | "section" | "description" | "text" | "example">;

/** A match in the title counts most, then headings and the description, then the body. */
const BOOST = { title: 5, headings: 2, description: 2, text: 1 } as const;

const SEARCH_OPTIONS: SearchOptions = {
  boost: { ...BOOST },
  // A query word is searched as written (stemmed); the index also holds the last parts of compounds.
  processTerm: (word) => term(word),
  // Every word of the query must be found, as in any search box people know.
  combineWith: "AND",
  // "udbud" also finds "udbudsloven", and a word being typed finds its endings.
  prefix: (t) => t.length >= 3 && !t.startsWith("§"),
  // One letter wrong in a word of five or more letters, two in a long word: "inhabillitet" finds "inhabilitet".
  fuzzy: (t) => (t.length >= 5 && !t.startsWith("§") ? 0.2 : false),
  maxFuzzy: 2,
  weights: { fuzzy: 0.4, prefix: 0.5 },
};

const FIELDS = ["title", "headings", "description", "text"] as const;

const options = (indexTerms: (word: string) => string[] | string | null): Options<SearchDocument> => ({
  idField: "url",
  fields: [...FIELDS],
  storeFields: ["title", "section", "description", "text", "example", "overview"],
  tokenize: (text, field) => words(text, { ranges: field !== "title" }).map((word) => word.text),
  processTerm: indexTerms,
  searchOptions: SEARCH_OPTIONS,
});

/** Options of a loaded index: it is only searched, so its words are never processed for indexing. */
const LOADED = options(term);

export type SearchIndex = MiniSearch<SearchDocument>;

export function buildIndex(documents: readonly SearchDocument[]): SearchIndex {
  // Every word of the text, so a compound is split only into parts that are words here too.
  const vocabulary = new Set<string>();
  for (const doc of documents) for (const field of FIELDS) for (const t of words(doc[field]).map((w) => term(w.text))) if (t) vocabulary.add(t);
  const seen = new Map<string, string[]>();
  const indexTerms = (word: string) => {
    let terms = seen.get(word);
    if (!terms) {
      terms = compoundTerms(word, vocabulary);
      seen.set(word, terms);
    }
    return terms;
  };
  const index = new MiniSearch<SearchDocument>(options(indexTerms));
  index.addAll(documents);
  return index;
}

/** The index as JSON, for the browser. */
export function serializeIndex(index: SearchIndex): string {
  return JSON.stringify(index);
}

/** An index from its JSON (serializeIndex), with the same options, so it ranks exactly as the one it was made from. */
export function loadIndex(json: string): SearchIndex {
  return MiniSearch.loadJSON<SearchDocument>(json, LOADED);
}

/**
 * How much an overview page gains on a broad search: by how far the share of the guide's pages the search finds
 * exceeds half. "udbud", found on most pages, puts /jura first; "inhabilitet", found on about half of them but with a page
 * of its own, keeps that page first. Pages, not cases: how many cases the guide tells must not change which page
 * gives the overview of a subject.
 */
const OVERVIEW_GAIN = 6;
const BROAD = 0.5;
const isPage = (result: object) => (result as { section?: unknown }).section !== "Cases";

const pageCounts = new WeakMap<SearchIndex, number>();
/** How many of the index's documents are pages: counted once per index. */
function pageCount(index: SearchIndex): number {
  let count = pageCounts.get(index);
  if (count === undefined) {
    count = index.search(MiniSearch.wildcard).filter(isPage).length;
    pageCounts.set(index, count);
  }
  return count;
}

export function search(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const trimmed = query.trim().slice(0, 200);
  if (!trimmed) return [];
  const results = index.search(trimmed);
  const gain = 1 + OVERVIEW_GAIN * Math.max(0, results.filter(isPage).length / Math.max(1, pageCount(index)) - BROAD);
  return results
    .map((result) => {
      const stored = result as unknown as Stored & { id: string; score: number; terms: string[]; overview?: boolean };
      const score = stored.overview ? stored.score * gain : stored.score;
      return {
        url: stored.id,
        title: stored.title,
        section: stored.section,
        example: Boolean(stored.example),
        snippet: snippet(stored, new Set(stored.terms)),
        // Rounded, so a last-digit difference between two JavaScript engines cannot reorder two equal pages.
        score: Math.round(score * 1e6) / 1e6,
      };
    })
    .sort((a, b) => b.score - a.score || danishOrder(a.title, b.title))
    .slice(0, limit);
}

/** How many words of text a snippet shows. */
const SNIPPET_WORDS = 32;

/**
 * The passage that best shows why a page matched: the window of text with the most of the query's words (the
 * different words first, then how often), begun at a sentence where one is near, the matched words marked. A page
 * found by its title or description alone shows its description.
 */
export function snippet(doc: Pick<Stored, "text" | "description">, matched: ReadonlySet<string>): SnippetPart[] {
  const fromText = passage(asProse(doc.text), matched);
  return fromText ?? passage(doc.description, matched, true) ?? [{ text: doc.description, match: false }];
}

/** The text's blocks (a heading, a paragraph, a table cell a line) as running prose: a block without a full stop gets one. */
function asProse(text: string): string {
  return text
    .split("\n")
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => (/[.!?:…]$/.test(block) ? block : `${block}.`))
    .join(" ");
}

function passage(text: string, matched: ReadonlySet<string>, whole = false): SnippetPart[] | undefined {
  const all = words(text);
  const hits = all.map((word) => {
    const t = term(word.text);
    if (t === null) return null;
    if (matched.has(t)) return t;
    // A compound found by its last part ("samarbejdsaftalen" for "aftale").
    for (const m of matched) if (m.length >= 3 && t.endsWith(m)) return m;
    return null;
  });
  if (!hits.some(Boolean)) return undefined;
  let first = 0;
  let lastWord = all.length - 1;
  if (!whole && all.length > SNIPPET_WORDS) {
    let best = -1;
    for (let start = 0; start <= all.length - SNIPPET_WORDS; start++) {
      const window = hits.slice(start, start + SNIPPET_WORDS).filter((t): t is string => t !== null);
      if (window.length === 0) continue;
      const score = new Set(window).size * 100 + window.length;
      if (score > best) {
        best = score;
        first = start;
      }
    }
    // A little text before the first matched word, from the start of its sentence when that is near.
    first = Math.max(0, hits.findIndex((t, i) => i >= first && t !== null) - 6);
    for (let i = first; i >= Math.max(0, first - 8); i--) {
      if (i === 0 || /[.!?:]\s*$/.test(text.slice(all[i - 1]!.end, all[i]!.start))) {
        first = i;
        break;
      }
    }
    lastWord = Math.min(all.length, first + SNIPPET_WORDS) - 1;
  }
  const from = first === 0 ? 0 : all[first]!.start;
  const to = lastWord === all.length - 1 ? text.length : all[lastWord]!.end;
  const parts: SnippetPart[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const previous = parts[parts.length - 1];
    if (previous && previous.match === match) previous.text += part;
    else parts.push({ text: part, match });
  };
  if (from > 0) push("… ", false);
  let at = from;
  for (let i = first; i <= lastWord; i++) {
    const word = all[i]!;
    // Words that share one place (the sections inside a range) are shown once, marked if any of them matched.
    let match = hits[i] !== null;
    while (i < lastWord && all[i + 1]!.start === word.start) {
      i++;
      if (hits[i] !== null) match = true;
    }
    push(text.slice(at, word.start), false);
    push(text.slice(word.start, word.end), match);
    at = word.end;
  }
  push(text.slice(at, to), false);
  if (to < text.length) push(" …", false);
  return parts;
}
