/**
 * The case catalogue's logic: filters read from the URL, disjunctive facet counts, free text, sorting and pages.
 * Pure and fast enough for thousands of cases (one pass per facet); tested against generated fixtures.
 */
import {
  AREAS,
  AREA_LABELS,
  CASE_KINDS,
  CASE_KIND_LABELS,
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  OPI_TYPES,
  OPI_TYPE_LABELS,
  PARTNER_KINDS,
  PARTNER_KIND_LABELS,
  PHASES,
  PHASE_LABELS,
  type PartnerKind,
} from "@/lib/content/vocabulary";
import { tokens } from "@/lib/search/text";
import { danishOrder } from "@/lib/format";

export interface CaseSummary {
  slug: string;
  url: string;
  title: string;
  summary: string;
  date: string;
  phases: string[];
  area: string;
  opiType: string;
  status: string;
  example: boolean;
  /** The kinds of partners the case names beyond its public party (partnerKinds). */
  partners: PartnerKind[];
  /** Every party's name, for the free-text filter. */
  parties: string[];
}

/** The kinds of partners a case shows, from its lists of parties: what tells cases apart where "a public party" does not. */
export function partnerKinds(parties: { publicParties: readonly unknown[]; companies: readonly unknown[]; knowledgeInstitutions: readonly unknown[] }): PartnerKind[] {
  const kinds: PartnerKind[] = [];
  if (parties.publicParties.length > 1) kinds.push("flere-offentlige");
  if (parties.companies.length > 1) kinds.push("flere-virksomheder");
  if (parties.knowledgeInstitutions.length > 0) kinds.push("videninstitution");
  return kinds;
}

interface Facet {
  label: string;
  values: readonly string[];
  labels: Record<string, string>;
  of: (c: CaseSummary) => readonly string[];
}

export const FACETS = {
  slags: { label: "Slags case", values: CASE_KINDS, labels: CASE_KIND_LABELS, of: (c) => [c.example ? "eksempel" : "virkelig"] },
  fase: { label: "Fase", values: PHASES, labels: PHASE_LABELS, of: (c) => c.phases },
  parter: { label: "Parter i projektet", values: PARTNER_KINDS, labels: PARTNER_KIND_LABELS, of: (c) => c.partners },
  omraade: { label: "Område", values: AREAS, labels: AREA_LABELS, of: (c) => [c.area] },
  type: { label: "OPI-type", values: OPI_TYPES, labels: OPI_TYPE_LABELS, of: (c) => [c.opiType] },
  status: { label: "Status", values: CASE_STATUSES, labels: CASE_STATUS_LABELS, of: (c) => [c.status] },
} satisfies Record<string, Facet>;

export type FacetKey = keyof typeof FACETS;
export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];
export const SORTS = { nyeste: "Nyeste først", titel: "Titel (A–Å)" } as const;
export type Sort = keyof typeof SORTS;
export const PAGE_SIZE = 20;

export interface CaseFilter {
  selected: Record<FacetKey, string[]>;
  q: string;
  sort: Sort;
  page: number;
}

type Params = Record<string, string | string[] | undefined>;

/**
 * The role switch's parameter (?maalgruppe=videninstitution) reaches the catalogue too. Here it means "cases where a
 * party like me took part": it selects the matching partner kind. A public body and a company took part in every
 * case, so maalgruppe=offentlig, virksomhed (or alle) selects nothing and shows every case.
 */
const ROLE_PARAM = "maalgruppe";
const ROLE_PARTNERS: Record<string, PartnerKind> = { videninstitution: "videninstitution" };

/** Every URL parameter parseFilter reads. */
const FILTER_PARAMS: readonly string[] = [...FACET_KEYS, ROLE_PARAM, "q", "sortering", "side"];

/**
 * The catalogue without a filter is prerendered at /cases; with one it is rendered per request at this address.
 * proxy.ts rewrites /cases?… there, so readers only ever see /cases.
 */
export const FILTERED_CATALOGUE = "/cases-udvalg";

/** Whether a request for /cases asks for a filter, search, sort order or page, and so needs the filtered catalogue. */
export function asksForFilter(params: URLSearchParams): boolean {
  return FILTER_PARAMS.some((key) => params.has(key));
}

/** Reads a filter from URL parameters; unknown values are ignored, never an error. */
export function parseFilter(params: Params): CaseFilter {
  const list = (key: string) => {
    const raw = params[key];
    return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((value) => value.split(","));
  };
  const selected = Object.fromEntries(
    FACET_KEYS.map((key) => [key, [...new Set(list(key).filter((value) => (FACETS[key].values as readonly string[]).includes(value)))]]),
  ) as Record<FacetKey, string[]>;
  const role = ROLE_PARTNERS[list(ROLE_PARAM)[0] ?? ""];
  if (role && !selected.parter.includes(role)) selected.parter.push(role);
  const q = (list("q")[0] ?? "").slice(0, 200);
  const sortRaw = list("sortering")[0];
  const sort: Sort = sortRaw === "titel" ? "titel" : "nyeste";
  const page = Math.max(1, Math.min(10_000, Math.floor(Number(list("side")[0] ?? "1")) || 1));
  return { selected, q, sort, page };
}

/** The URL of a filter, with only what differs from the defaults, so every state has one address. */
export function filterUrl(filter: CaseFilter, base = "/cases"): string {
  const params = new URLSearchParams();
  for (const key of FACET_KEYS) for (const value of filter.selected[key]) params.append(key, value);
  if (filter.q) params.set("q", filter.q);
  if (filter.sort !== "nyeste") params.set("sortering", filter.sort);
  if (filter.page > 1) params.set("side", String(filter.page));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

export interface PreparedCase extends CaseSummary {
  words: string[];
}

export function prepareCases(cases: readonly CaseSummary[]): PreparedCase[] {
  return cases.map((c) => ({ ...c, words: tokens([c.title, c.summary, ...c.parties].join(" ")) }));
}

function valuesOf(c: CaseSummary, key: FacetKey): readonly string[] {
  return FACETS[key].of(c);
}

function matchesText(c: PreparedCase, terms: string[]): boolean {
  return terms.every((term) => c.words.some((word) => word === term || word.startsWith(term) || (term.length >= 4 && word.includes(term))));
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface CatalogueResult {
  items: PreparedCase[];
  total: number;
  pages: number;
  page: number;
  facets: Record<FacetKey, FacetCount[]>;
}

export function queryCatalogue(cases: readonly PreparedCase[], filter: CaseFilter): CatalogueResult {
  const terms = tokens(filter.q);
  const textMatches = terms.length ? cases.filter((c) => matchesText(c, terms)) : cases;
  const passes = (c: PreparedCase, except?: FacetKey) =>
    FACET_KEYS.every((key) => key === except || filter.selected[key].length === 0 || valuesOf(c, key).some((v) => filter.selected[key].includes(v)));

  // Disjunctive facets: a facet's counts apply every filter except its own, so choosing one value still shows the others.
  const facets = Object.fromEntries(
    FACET_KEYS.map((key) => {
      const counts = new Map<string, number>();
      for (const c of textMatches) if (passes(c, key)) for (const v of valuesOf(c, key)) counts.set(v, (counts.get(v) ?? 0) + 1);
      return [
        key,
        FACETS[key].values.map((value) => ({ value, label: (FACETS[key].labels as Record<string, string>)[value] ?? value, count: counts.get(value) ?? 0, selected: filter.selected[key].includes(value) })),
      ];
    }),
  ) as Record<FacetKey, FacetCount[]>;

  const matching = textMatches.filter((c) => passes(c));
  // Real projects first in either order: an example only illustrates what they show.
  const sorted = [...matching].sort(
    (a, b) =>
      Number(a.example) - Number(b.example) ||
      (filter.sort === "titel" ? danishOrder(a.title, b.title) : b.date.localeCompare(a.date) || danishOrder(a.title, b.title)),
  );
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  return { items: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: sorted.length, pages, page, facets };
}

/** Cases like this one: shared area, phases and type; real projects before examples. */
export function similarCases(all: readonly CaseSummary[], current: CaseSummary, limit = 3): CaseSummary[] {
  const score = (c: CaseSummary) =>
    (c.area === current.area ? 3 : 0) + (c.opiType === current.opiType ? 2 : 0) + c.phases.filter((p) => current.phases.includes(p)).length;
  // Real projects before examples, as in the catalogue; then the most in common.
  const before = (a: { c: CaseSummary; s: number }, b: { c: CaseSummary; s: number }) =>
    Number(a.c.example) - Number(b.c.example) || b.s - a.s || danishOrder(a.c.title, b.c.title);
  // Every case page asks this of every case: keep the best few in one pass instead of sorting them all.
  const best: { c: CaseSummary; s: number }[] = [];
  for (const c of all) {
    if (c.slug === current.slug) continue;
    const candidate = { c, s: score(c) };
    if (candidate.s < 2) continue;
    if (best.length === limit && before(candidate, best[limit - 1]!) >= 0) continue;
    const at = best.findIndex((b) => before(candidate, b) < 0);
    best.splice(at === -1 ? best.length : at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ c }) => c);
}

export interface ProjectsLike {
  /** Real projects that match: those whose sources state where they stand first, then newest first. */
  real: CaseSummary[];
  /** How many examples match: the reader may follow a link to them, but they are never listed as projects. */
  examples: number;
}

/** "Projekter som jeres": the real projects from a phase and/or of an OPI type, never examples. */
export function projectsLike(all: readonly CaseSummary[], match: { phase?: string; opiType?: string }): ProjectsLike {
  const matches = all.filter((c) => (match.phase === undefined || c.phases.includes(match.phase)) && (match.opiType === undefined || c.opiType === match.opiType));
  return {
    // A project whose outcome no source states teaches the least, so it comes after those whose sources tell how they ended.
    real: matches
      .filter((c) => !c.example)
      .sort((a, b) => Number(a.status === "ukendt") - Number(b.status === "ukendt") || b.date.localeCompare(a.date) || danishOrder(a.title, b.title)),
    examples: matches.filter((c) => c.example).length,
  };
}
