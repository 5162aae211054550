/**
 * The one module that owns content for the site. Pages ask it for data; they never read files or compile MDX.
 */
import "server-only";
import path from "node:path";
import { loadContent, formatProblem, type Entry, type ContentSet } from "./load";
import { compileMdx } from "./compile";
import { danishOrder } from "@/lib/format";
import { PHASES, type Phase } from "./schema";
import type { SearchDocument } from "@/lib/search/search";
import { searchDocuments } from "@/lib/search/documents";
import { partnerKinds, prepareCases, projectsLike, type CaseSummary, type PreparedCase, type ProjectsLike } from "@/lib/cases/catalogue";
import type { OpiType } from "./vocabulary";

export type { Entry } from "./load";
export type PageEntry = Extract<Entry, { kind: "page" | "phase" | "tool" }>;
export type PhaseEntry = Extract<Entry, { kind: "phase" }>;
export type CaseEntry = Extract<Entry, { kind: "case" }>;

// CONTENT_DIR points the site at another content folder (benchmarks build with generated content).
const CONTENT_ROOT = path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? "content");

let loaded: Promise<ContentSet> | undefined;

/** All content, validated once per server process. Any error stops the build with the same messages as content:check. */
async function content(): Promise<ContentSet> {
  loaded ??= loadContent(CONTENT_ROOT, { cache: true }).then((set) => {
    const errors = set.problems.filter((p) => p.severity === "error");
    if (errors.length > 0) {
      throw new Error(`Indholdet har ${errors.length} fejl (kør npm run content:check):\n${errors.map(formatProblem).join("\n")}`);
    }
    return set;
  });
  return loaded;
}

function isPage(entry: Entry): entry is PageEntry {
  return entry.kind === "page" || entry.kind === "phase" || entry.kind === "tool";
}

function isVisible(entry: PageEntry): boolean {
  return !entry.frontmatter.hidden;
}

/**
 * The lookups every page makes, built once per process. Each prerendered page asks for its breadcrumbs, its
 * siblings, the navigation and, on a case page, every case; scanning all entries for each of those made the
 * build's cost per page grow with the amount of content.
 */
interface Indexes {
  pages: readonly PageEntry[];
  pageByUrl: ReadonlyMap<string, PageEntry>;
  /** Visible pages by their parent's address, in frontmatter order. */
  children: ReadonlyMap<string, readonly PageEntry[]>;
  cases: readonly CaseEntry[];
  caseBySlug: ReadonlyMap<string, CaseEntry>;
  summaries: readonly CaseSummary[];
}

let indexed: Promise<Indexes> | undefined;

function indexes(): Promise<Indexes> {
  indexed ??= content().then(({ entries }) => {
    const pages = entries.filter(isPage);
    const children = new Map<string, PageEntry[]>();
    for (const page of pages) {
      const parent = parentUrl(page.url);
      if (parent === undefined || !isVisible(page)) continue;
      children.set(parent, [...(children.get(parent) ?? []), page]);
    }
    for (const list of children.values()) list.sort(byOrder);
    const cases = entries.filter((entry): entry is CaseEntry => entry.kind === "case");
    return {
      pages,
      pageByUrl: new Map(pages.map((page) => [page.url, page])),
      children,
      cases,
      caseBySlug: new Map(cases.map((entry) => [entry.slug, entry])),
      summaries: cases.map(summaryOf),
    };
  });
  return indexed;
}

export async function listPages(): Promise<readonly PageEntry[]> {
  return (await indexes()).pages;
}

export async function getPage(url: string): Promise<PageEntry | undefined> {
  return (await indexes()).pageByUrl.get(url);
}

export async function compilePage(entry: Entry): Promise<string> {
  return compileMdx(entry.body, entry.contentPath);
}

function parentUrl(url: string): string | undefined {
  if (url === "/") return undefined;
  return url.slice(0, url.lastIndexOf("/")) || "/";
}

const byOrder = (a: PageEntry, b: PageEntry) => a.frontmatter.order - b.frontmatter.order || danishOrder(a.frontmatter.title, b.frontmatter.title);

/** The visible pages directly below a page, in frontmatter order. */
export async function listChildren(url: string): Promise<readonly PageEntry[]> {
  return (await indexes()).children.get(url) ?? [];
}

export interface Crumb {
  title: string;
  url: string;
}

/** Home › section › page, from the folder structure and each page's navTitle/title. */
export async function getBreadcrumbs(url: string): Promise<Crumb[]> {
  const { pageByUrl } = await indexes();
  const crumbs: Crumb[] = [];
  for (let current: string | undefined = url; current !== undefined; current = parentUrl(current)) {
    const page = pageByUrl.get(current);
    if (page) crumbs.unshift({ title: current === "/" ? "Forside" : (page.frontmatter.navTitle ?? page.frontmatter.title), url: page.url });
  }
  return crumbs;
}

/** Previous and next page among the siblings, in frontmatter order. */
export async function getPrevNext(url: string): Promise<{ prev?: PageEntry; next?: PageEntry }> {
  const parent = parentUrl(url);
  if (parent === undefined) return {};
  const siblings = await listChildren(parent);
  const index = siblings.findIndex((entry) => entry.url === url);
  if (index === -1) return {};
  return { prev: siblings[index - 1], next: siblings[index + 1] };
}

export interface NavItem {
  title: string;
  url: string;
}

/** The header's main navigation: top-level pages with a menu position in their frontmatter. */
export async function getMainNav(): Promise<NavItem[]> {
  return (await listPages())
    .filter((entry) => entry.kind === "page" && entry.frontmatter.menu !== undefined)
    .sort((a, b) => (a.kind === "page" && b.kind === "page" ? (a.frontmatter.menu ?? 0) - (b.frontmatter.menu ?? 0) : 0))
    .map((entry) => ({ title: entry.frontmatter.navTitle ?? entry.frontmatter.title, url: entry.url }));
}

/** The pages of "Hele guiden" in reading order: depth first through the tree, siblings by their order field. */
export async function listWholeGuide(): Promise<PageEntry[]> {
  const result: PageEntry[] = [];
  const walk = async (url: string) => {
    for (const child of await listChildren(url)) {
      if (!child.frontmatter.wholeGuide) continue;
      result.push(child);
      await walk(child.url);
    }
  };
  await walk("/");
  return result;
}

export async function listPhases(): Promise<PhaseEntry[]> {
  const phases = (await content()).entries.filter((entry): entry is PhaseEntry => entry.kind === "phase");
  return phases.sort((a, b) => a.frontmatter.step - b.frontmatter.step);
}

export async function getPhase(phase: Phase): Promise<PhaseEntry | undefined> {
  return (await listPhases()).find((entry) => entry.frontmatter.phase === phase);
}

export { PHASES };

/** Every address that belongs in the sitemap. */
export async function listSitemapUrls(): Promise<{ url: string; lastModified: string }[]> {
  const set = await content();
  return set.entries
    .filter((entry) => !isPage(entry) || isVisible(entry))
    .filter((entry) => entry.kind !== "listing")
    .map((entry) => ({ url: entry.url, lastModified: isPage(entry) ? entry.frontmatter.reviewed : entry.kind === "case" ? entry.frontmatter.date : "" }));
}

/** The documents of the search index: every visible page and every case, with headings and text. */
export async function listSearchDocuments(): Promise<SearchDocument[]> {
  return searchDocuments((await content()).entries);
}

export type ListingEntry = Extract<Entry, { kind: "listing" }>;

export async function listCaseEntries(): Promise<readonly CaseEntry[]> {
  return (await indexes()).cases;
}

export async function getCaseEntry(slug: string): Promise<CaseEntry | undefined> {
  return (await indexes()).caseBySlug.get(slug);
}

/** The catalogue's view of every case. */
export async function listCaseSummaries(): Promise<readonly CaseSummary[]> {
  return (await indexes()).summaries;
}

/**
 * "Projekter som jeres": real projects (never examples) from a phase and/or of an OPI type, newest first,
 * with the number of examples that match too. Read on the server; the lists render without client code.
 */
export async function listProjectsLike(match: { phase?: Phase; opiType?: OpiType }): Promise<ProjectsLike> {
  return projectsLike(await listCaseSummaries(), match);
}

let prepared: Promise<PreparedCase[]> | undefined;

/** Every case with the words the catalogue's free-text filter searches, prepared once per process. */
export function listCatalogueCases(): Promise<readonly PreparedCase[]> {
  prepared ??= listCaseSummaries().then(prepareCases);
  return prepared;
}

function partyNames(entry: CaseEntry): string[] {
  const f = entry.frontmatter;
  return [...f.publicParties, ...f.companies, ...f.knowledgeInstitutions].map((party) => party.name);
}

function summaryOf(entry: CaseEntry): CaseSummary {
  const f = entry.frontmatter;
  return {
    slug: entry.slug,
    url: entry.url,
    title: f.title,
    summary: f.summary,
    date: f.date,
    phases: f.phases,
    area: f.area,
    opiType: f.opiType,
    status: f.status.value,
    example: f.example,
    partners: partnerKinds(f),
    parties: partyNames(entry),
  };
}

/** Listings that have not expired on the given day (YYYY-MM-DD), newest first. */
export async function listActiveListings(today: string): Promise<ListingEntry[]> {
  return (await content()).entries
    .filter((entry): entry is ListingEntry => entry.kind === "listing" && entry.frontmatter.expires >= today)
    .sort((a, b) => b.frontmatter.published.localeCompare(a.frontmatter.published));
}
