/**
 * Reads every content file, validates its frontmatter and body, and checks the content as a whole
 * (duplicate addresses, broken internal links, glossary terms, phase and tool references).
 * Returns all problems at once, each naming file, field and fix. Used by content:check, by the
 * site (which refuses to build on any error) and by unit tests against fixtures.
 */
import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import {
  caseSchema,
  formatIssue,
  listingSchema,
  pageSchema,
  phaseSchema,
  toolPageSchema,
  PHASES,
  type CaseFrontmatter,
  type ListingFrontmatter,
  type PageFrontmatter,
  type PhaseFrontmatter,
  type ToolPageFrontmatter,
} from "./schema";
import { analyseBody, RULES_VERSION, type BodyFacts } from "./mdx-rules";
import { parseFrontmatter } from "./frontmatter";
import { contentTimeLimitMs, describeLimit, TimeLimitExceeded, tooComplexMessage, withinTimeLimit } from "./time-limit";
import { hashKey, readCache, writeCache } from "./disk-cache";
import { lix } from "./readability";
import { APP_ROUTES } from "./routes";
import { DOCUMENTS, isDocumentId } from "@/lib/agreements/steps";
import { checkActCitations, checkActSource, isLegalPage, isPrimaryLegalSource, MISSING_LEGAL_REVIEW, MISSING_PRIMARY_SOURCE } from "./legal";

export interface Problem {
  /** The file as the editor sees it, relative to the working directory. */
  file: string;
  field: string;
  message: string;
  severity: "error" | "warning";
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

interface EntryBase {
  /** Path below the content root, e.g. "pages/om-opi.mdx". */
  contentPath: string;
  /** Path shown in messages and used for "Foreslå en ændring", e.g. "content/pages/om-opi.mdx". */
  file: string;
  url: string;
  slug: string;
  body: string;
  lineOffset: number;
  facts: BodyFacts;
}

export type Entry =
  | (EntryBase & { kind: "page"; frontmatter: PageFrontmatter })
  | (EntryBase & { kind: "phase"; frontmatter: PhaseFrontmatter })
  | (EntryBase & { kind: "tool"; frontmatter: ToolPageFrontmatter })
  | (EntryBase & { kind: "case"; frontmatter: CaseFrontmatter })
  | (EntryBase & { kind: "listing"; frontmatter: ListingFrontmatter });

export type EntryKind = Entry["kind"];

export interface ContentSet {
  entries: Entry[];
  problems: Problem[];
  readability: { file: string; url: string; score: number }[];
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LIX_AIM = 40;

const schemas = {
  page: pageSchema,
  phase: phaseSchema,
  tool: toolPageSchema,
  case: caseSchema,
  listing: listingSchema,
} satisfies Record<EntryKind, z.ZodType>;

/** Where a file sits decides what it is and which address it gets. */
export function classify(contentPath: string): { kind: EntryKind; url: string; slug: string } | null {
  const parts = contentPath.replace(/\.mdx$/, "").split("/");
  const [folder, ...rest] = parts;
  const slug = rest[rest.length - 1] ?? "";
  if (folder === "pages") {
    const segments = slug === "index" ? rest.slice(0, -1) : rest;
    const url = `/${segments.join("/")}`;
    if (rest.length === 2 && rest[0] === "opi-processen" && slug !== "index") return { kind: "phase", url, slug };
    if (rest.length === 2 && rest[0] === "vaerktoejer" && slug !== "index") return { kind: "tool", url, slug };
    return { kind: "page", url, slug: segments[segments.length - 1] ?? "" };
  }
  if (folder === "cases" && rest.length === 1) return { kind: "case", url: `/cases/${slug}`, slug };
  if (folder === "markedsplads" && rest.length === 1) return { kind: "listing", url: `/markedsplads#${slug}`, slug };
  return null;
}

async function listFiles(dir: string): Promise<string[]> {
  let names: Dirent[];
  try {
    names = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(
    names.map((entry) => (entry.isDirectory() ? listFiles(path.join(/*turbopackIgnore: true*/ dir, entry.name)) : Promise.resolve([path.join(/*turbopackIgnore: true*/ dir, entry.name)]))),
  );
  return nested.flat().sort();
}

/**
 * The facts of a body (analyseBody), from the build cache when `cache` is set. The site sets it: every build worker
 * loads all content, and parsing the Markdown is most of that work. content:check never does: it always reads afresh.
 */
export const factsStats = { parsed: 0, fromCache: 0 };

async function factsOf(body: string, contentPath: string, lineOffset: number, cache: boolean, limitMs: number): Promise<BodyFacts> {
  if (!cache) {
    factsStats.parsed++;
    return analyseWithin(body, contentPath, lineOffset, limitMs);
  }
  const key = `${hashKey(RULES_VERSION, contentPath, String(lineOffset), body)}.json`;
  const hit = await readCache("facts", key);
  if (hit !== undefined) {
    try {
      const facts = JSON.parse(hit) as BodyFacts;
      factsStats.fromCache++;
      return facts;
    } catch {
      // A damaged entry: read the body again.
    }
  }
  factsStats.parsed++;
  const facts = analyseWithin(body, contentPath, lineOffset, limitMs);
  // A body that ran out of time is read again next time, in case the limit was raised.
  if (!facts.problems.some((problem) => problem.line === 0)) await writeCache("facts", key, JSON.stringify(facts));
  return facts;
}

/** The body's facts, or one problem (line 0: the whole text) when reading it takes longer than the limit. */
function analyseWithin(body: string, contentPath: string, lineOffset: number, limitMs: number): BodyFacts {
  try {
    return withinTimeLimit(limitMs, () => analyseBody(body, { contentPath, lineOffset }));
  } catch (error) {
    if (!(error instanceof TimeLimitExceeded)) throw error;
    return {
      problems: [{ line: 0, message: tooComplexMessage(limitMs) }],
      links: [],
      terms: [],
      tools: [],
      definitions: [],
      headings: [],
      components: [],
      text: "",
    };
  }
}

export async function loadContent(root: string, options: { today?: string; cache?: boolean; timeLimitMs?: number } = {}): Promise<ContentSet> {
  const limitMs = options.timeLimitMs ?? contentTimeLimitMs();
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const display = (contentPath: string) => path.relative(process.cwd(), path.join(/*turbopackIgnore: true*/ root, contentPath)) || contentPath;
  const report = (contentPath: string, field: string, message: string, severity: Problem["severity"] = "error") =>
    problems.push({ file: display(contentPath), field, message, severity });

  const files: string[] = [];
  for (const folder of ["pages", "cases", "markedsplads"]) {
    for (const absolute of await listFiles(path.join(/*turbopackIgnore: true*/ root, folder))) files.push(path.relative(root, absolute).split(path.sep).join("/"));
  }

  for (const contentPath of files) {
    if (!contentPath.endsWith(".mdx")) {
      if (!contentPath.endsWith("README.md")) report(contentPath, "fil", "kun .mdx-filer hører hjemme her. Omdøb filen til .mdx, eller flyt den ud af content/");
      continue;
    }
    const place = classify(contentPath);
    if (!place) {
      report(contentPath, "fil", "filen ligger et sted, hvor den ikke bliver til en side. Cases ligger direkte i content/cases/, opslag direkte i content/markedsplads/");
      continue;
    }
    const fileSlug = path.basename(contentPath, ".mdx");
    if (fileSlug !== "index" && !SLUG.test(fileSlug)) {
      report(contentPath, "filnavn", `"${fileSlug}" må kun have små bogstaver a-z, tal og enkelte bindestreger. Skriv æ som ae, ø som oe og å som aa, fx "aeldrepleje-robot.mdx"`);
      continue;
    }
    const raw = await readFile(path.join(/*turbopackIgnore: true*/ root, contentPath), "utf8");
    let frontmatter: ReturnType<typeof parseFrontmatter>;
    try {
      frontmatter = withinTimeLimit(limitMs, () => parseFrontmatter(raw));
    } catch (error) {
      if (!(error instanceof TimeLimitExceeded)) throw error;
      report(contentPath, "frontmatter", `kunne ikke læses på ${describeLimit(limitMs)}. Skriv felterne som navn: værdi, og lister med - foran hvert punkt (se content/README.md)`);
      continue;
    }
    if (!frontmatter.ok) {
      report(contentPath, "frontmatter", frontmatter.message);
      continue;
    }
    const { data, body, lineOffset } = frontmatter;
    // Every act number in the file, frontmatter and body alike, is written the one way the guide cites that act.
    for (const problem of checkActCitations(raw)) report(contentPath, `linje ${problem.line}`, problem.message);
    const facts = await factsOf(body, contentPath, lineOffset, options.cache ?? false, limitMs);
    for (const problem of facts.problems) report(contentPath, problem.line > 0 ? `linje ${problem.line}` : "indhold", problem.message);

    const result = schemas[place.kind].safeParse(data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { field, message } = formatIssue(issue);
        const got = "input" in issue && issue.input !== undefined && issue.code === "invalid_value" ? `; fik ${JSON.stringify(issue.input)}` : "";
        report(contentPath, field, message + got);
      }
      continue;
    }
    if ("sources" in result.data) {
      result.data.sources.forEach((source, index) => {
        const wrong = checkActSource(source);
        if (wrong) report(contentPath, `frontmatter.sources.${index}.title`, wrong);
      });
    }
    const base = { contentPath, file: `content/${contentPath}`, url: place.url, slug: place.slug, body, lineOffset, facts };
    entries.push({ ...base, kind: place.kind, frontmatter: result.data } as Entry);
  }

  checkWhole(entries, report, options.today);

  const readability: ContentSet["readability"] = [];
  for (const entry of entries) {
    if (entry.kind !== "page" && entry.kind !== "phase" && entry.kind !== "tool") continue;
    const prose = [entry.frontmatter.lead ?? "", ...phaseProse(entry), entry.facts.text].join("\n");
    const { score, words } = lix(prose);
    if (words < 40) continue;
    readability.push({ file: display(entry.contentPath), url: entry.url, score });
    if (score > LIX_AIM) {
      report(entry.contentPath, "læsbarhed", `LIX er ${score}; målet er højst ${LIX_AIM}. Skriv kortere sætninger og brug kortere ord`, "warning");
    }
  }

  return { entries, problems, readability };
}

function phaseProse(entry: Entry): string[] {
  if (entry.kind !== "phase") return [];
  const f = entry.frontmatter;
  return [f.purpose, ...f.keyQuestions, ...f.activities, ...f.checklists.offentlig, ...f.checklists.virksomhed, ...f.checklists.videninstitution, ...f.pitfalls];
}

function checkWhole(entries: Entry[], report: (contentPath: string, field: string, message: string, severity?: Problem["severity"]) => void, today?: string) {
  // One address, one file.
  const byUrl = new Map<string, Entry>();
  for (const entry of entries) {
    const other = byUrl.get(entry.url);
    if (other) {
      report(entry.contentPath, "adresse", `${entry.url} bruges også af ${other.file}. Giv en af filerne et andet navn`);
    } else {
      byUrl.set(entry.url, entry);
    }
  }
  const urls = new Set([...byUrl.keys(), ...APP_ROUTES]);
  // A case named like a page the site serves itself (/cases/indsend) would never be shown.
  for (const entry of entries) {
    if (entry.kind === "case" && APP_ROUTES.includes(entry.url)) {
      report(entry.contentPath, "filnavn", `${entry.url} er en side, guiden selv har. Giv casen et andet filnavn`);
    }
  }

  // Glossary: every <Term id> needs a <Definition id>, and each definition exists once.
  const definitions = new Map<string, Entry>();
  for (const entry of entries) {
    for (const definition of entry.facts.definitions) {
      if (definitions.has(definition.id)) {
        report(entry.contentPath, `linje ${definition.line}`, `begrebet "${definition.id}" er defineret to gange i ordlisten. Slet den ene`);
      }
      definitions.set(definition.id, entry);
    }
  }
  const glossary = entries.find((e) => e.facts.definitions.length > 0);
  const anchors = new Map<string, Set<string>>();
  for (const entry of entries) {
    anchors.set(entry.url, new Set([...entry.facts.headings.map((h) => h.id), ...entry.facts.definitions.map((d) => d.id)]));
  }
  // Listings are shown on /markedsplads, each under its own anchor.
  for (const entry of entries) if (entry.kind === "listing") anchors.get("/markedsplads")?.add(entry.slug);

  for (const entry of entries) {
    for (const term of entry.facts.terms) {
      if (!definitions.has(term.id)) {
        report(
          entry.contentPath,
          `linje ${term.line}`,
          `<Term id="${term.id}"> findes ikke i ordlisten. Tilføj <Definition id="${term.id}" term="…"> i ${glossary?.file ?? "content/pages/ordliste.mdx"}, eller ret id'et`,
        );
      }
    }
    for (const link of entry.facts.links) {
      const [target = "", hash] = link.url.split("#");
      const pathname = target.replace(/\/$/, "").split("?")[0] || "/";
      if (!urls.has(pathname)) {
        report(entry.contentPath, `linje ${link.line}`, `linket ${link.url} peger på en side, der ikke findes. ${suggest(pathname, urls)}`);
        continue;
      }
      if (hash && anchors.has(pathname) && !anchors.get(pathname)?.has(hash)) {
        report(entry.contentPath, `linje ${link.line}`, `linket ${link.url} peger på et afsnit (#${hash}), der ikke findes på ${pathname}. Ret afsnittets navn, eller fjern #${hash}`);
      }
    }
  }

  // <Tool name> shows the tool page's tool, so the page must exist.
  for (const entry of entries) {
    for (const tool of entry.facts.tools) {
      if (!urls.has(`/vaerktoejer/${tool.name}`)) {
        report(entry.contentPath, `linje ${tool.line}`, `<Tool name="${tool.name}"> har ingen side. Opret content/pages/vaerktoejer/${tool.name}.mdx, eller fjern komponenten`);
      }
    }
  }

  // Phases: one page per phase, numbered as the phase order, with links that lead somewhere.
  const phases = entries.filter((e) => e.kind === "phase");
  for (const entry of phases) {
    const f = entry.frontmatter;
    if (f.phase !== entry.slug) {
      report(entry.contentPath, "frontmatter.phase", `er "${f.phase}", men filen hedder ${entry.slug}.mdx. Ret feltet eller filnavnet, så de er ens`);
    }
    const expectedStep = PHASES.indexOf(f.phase) + 1;
    if (f.step !== expectedStep) {
      report(entry.contentPath, "frontmatter.step", `er ${f.step}, men ${f.phase} er trin ${expectedStep} af ${PHASES.length}. Skriv step: ${expectedStep}`);
    }
    f.legal.forEach((point, index) => {
      if (!urls.has(`/jura/${point.topic}`)) {
        report(entry.contentPath, `frontmatter.legal.${index}.topic`, `/jura/${point.topic} findes ikke. ${suggest(`/jura/${point.topic}`, urls)}`);
      }
    });
    f.tools.forEach((tool, index) => {
      if (!urls.has(`/vaerktoejer/${tool}`)) {
        report(entry.contentPath, `frontmatter.tools.${index}`, `/vaerktoejer/${tool} findes ikke. ${suggest(`/vaerktoejer/${tool}`, urls)}`);
      }
    });
  }
  // A builder names its page in the title after each step (a builder's page has no other title), so the page and the
  // builder must call the document the same.
  for (const entry of entries) {
    if (entry.kind !== "tool" || !isDocumentId(entry.frontmatter.tool)) continue;
    const name = DOCUMENTS[entry.frontmatter.tool].title;
    if (entry.frontmatter.title !== name) {
      report(entry.contentPath, "frontmatter.title", `er "${entry.frontmatter.title}", men værktøjet kalder dokumentet "${name}" i sidens titel efter hvert trin. Skriv title: "${name}", eller ret navnet i lib/agreements/steps.ts`);
    }
  }
  for (const entry of entries) {
    if (entry.kind !== "case") continue;
    entry.frontmatter.tools.forEach((tool, index) => {
      if (!urls.has(`/vaerktoejer/${tool}`)) {
        report(entry.contentPath, `frontmatter.tools.${index}`, `/vaerktoejer/${tool} findes ikke. ${suggest(`/vaerktoejer/${tool}`, urls)}`);
      }
    });
  }

  // The main navigation: only top-level pages, each position once.
  const menu = new Map<number, Entry>();
  for (const entry of entries) {
    if (entry.kind !== "page" || entry.frontmatter.menu === undefined) continue;
    if (entry.url.split("/").length !== 2 || entry.url === "/") {
      report(entry.contentPath, "frontmatter.menu", "må kun bruges på sider direkte under content/pages/ (eller deres index.mdx). Slet feltet");
      continue;
    }
    const other = menu.get(entry.frontmatter.menu);
    if (other) report(entry.contentPath, "frontmatter.menu", `${entry.frontmatter.menu} bruges også af ${other.file}. Vælg et andet tal`);
    else menu.set(entry.frontmatter.menu, entry);
  }

  // Every page needs a parent page: /jura/statsstoette needs /jura.
  for (const entry of entries) {
    if (entry.kind === "case" || entry.kind === "listing" || entry.url === "/") continue;
    const parent = entry.url.slice(0, entry.url.lastIndexOf("/")) || "/";
    if (!byUrl.has(parent)) {
      report(entry.contentPath, "adresse", `siden ${entry.url} mangler en overordnet side ${parent}. Opret ${parent === "/" ? "content/pages/index.mdx" : `content/pages${parent}/index.mdx`}`);
    }
  }

  // Legal pages say plainly whether a jurist has checked them, and cite the law itself, not only guidance about it.
  for (const entry of entries) {
    if (entry.kind !== "page" && entry.kind !== "phase" && entry.kind !== "tool") continue;
    const f = entry.frontmatter;
    if (isLegalPage(entry.url)) {
      if (f.legalReview === undefined) report(entry.contentPath, "frontmatter.legalReview", MISSING_LEGAL_REVIEW);
      if (!f.sources.some(isPrimaryLegalSource)) report(entry.contentPath, "frontmatter.sources", MISSING_PRIMARY_SOURCE);
    }
    const review = f.legalReview;
    if (review?.status !== "gennemgaaet" || review.date === undefined) continue;
    if (today && review.date > today) {
      report(entry.contentPath, "frontmatter.legalReview.date", `${review.date} ligger efter i dag. Skriv den dag, juristen blev færdig med gennemgangen`);
    } else if (f.reviewed > review.date) {
      report(
        entry.contentPath,
        "frontmatter.legalReview.date",
        `siden er gennemgået ${f.reviewed}, efter den juridiske gennemgang ${review.date}. Bed juristen se ændringerne igennem, og ret så legalReview.date, eller skriv status: ikke-gennemgaaet`,
        "warning",
      );
    }
  }

  if (today) {
    for (const entry of entries) {
      if (entry.kind === "listing" && entry.frontmatter.expires < today) {
        report(entry.contentPath, "frontmatter.expires", `opslaget udløb ${entry.frontmatter.expires} og vises ikke længere. Slet filen, eller forlæng datoen`, "warning");
      }
    }
  }
}

function suggest(target: string, urls: Set<string>): string {
  const folder = target.slice(0, target.lastIndexOf("/") + 1);
  const siblings = [...urls].filter((url) => url.startsWith(folder) && url !== folder && !url.slice(folder.length).includes("/"));
  const best = siblings
    .map((url) => ({ url, distance: editDistance(url, target) }))
    .sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= Math.max(3, target.length / 4) ? `Mente du ${best.url}?` : "Ret adressen, eller opret siden";
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
