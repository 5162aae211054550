/**
 * npm run content:check [folder] [--format=text|github]
 * Validates every content file and prints every problem at once as "file: field: what is wrong and how to fix it".
 * Exits 1 on any error; readability (LIX) above the aim is a warning.
 * --format=github prints each problem as a GitHub Actions annotation instead, on the file and line it is about.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadContent, formatProblem } from "../lib/content/load";
import { existsSync } from "node:fs";
import path from "node:path";
import { loadTemplates } from "../lib/agreements/load";
import { APP_ROUTES, OWN_ROUTES } from "../lib/content/routes";
import { checkVejvalgFolder } from "../lib/planning/vejvalg-check";
import { searchDocuments } from "../lib/search/documents";
import { buildIndex } from "../lib/search/search";
import { checkRelevance, loadRelevanceSet, RELEVANCE_FILE } from "../lib/search/relevance";
import { problemAnnotation } from "../lib/content/annotations";

const { values, positionals } = parseArgs({ options: { format: { type: "string", default: "text" } }, allowPositionals: true });
if (values.format !== "text" && values.format !== "github") {
  console.error(`Ukendt --format=${values.format}. Brug --format=text (standard) eller --format=github`);
  process.exit(2);
}
const root = positionals[0] ?? "content";
const today = new Date().toISOString().slice(0, 10);
const { entries, problems, readability } = await loadContent(root, { today });
const templates = await loadTemplates(root);
problems.push(...templates.problems.map((problem) => ({ ...problem, severity: "error" as const })));
// The vejvalg's decision table, wherever the guide has the vejvalg's page.
const vejvalgDir = path.join(root, "vejvalg");
if (existsSync(vejvalgDir) || existsSync(path.join(root, "pages/vaerktoejer/vejvalg.mdx"))) {
  const urls = new Set([...entries.map((entry) => entry.url), ...OWN_ROUTES, ...APP_ROUTES]);
  problems.push(...(await checkVejvalgFolder(vejvalgDir, { today, pageExists: (url) => urls.has(url) })));
}

// The relevance set: every search in content/soegning/relevans.yaml must still find its pages in this content.
const relevance = await loadRelevanceSet(root);
problems.push(...relevance.problems.map((problem) => ({ ...problem, severity: "error" as const })));
if (relevance.set && !problems.some((p) => p.severity === "error")) {
  const documents = searchDocuments(entries);
  const file = path.relative(process.cwd(), path.join(root, RELEVANCE_FILE));
  const known = new Set(documents.map((doc) => doc.url));
  for (const problem of checkRelevance(relevance.set, buildIndex(documents), file, known)) problems.push({ ...problem, severity: "error" });
  console.log(`Søgning: ${relevance.set.queries.length} søgninger i ${file} tjekket mod indholdet.\n`);
}

const errors = problems.filter((p) => p.severity === "error");
const warnings = problems.filter((p) => p.severity === "warning");

if (readability.length > 0) {
  console.log("Læsbarhed (LIX, mål ≤ 40):");
  for (const row of [...readability].sort((a, b) => b.score - a.score)) {
    console.log(`  ${row.score.toFixed(1).padStart(5)}  ${row.url}  (${row.file})`);
  }
  console.log("");
}
if (values.format === "github") {
  const texts = new Map<string, Promise<string | undefined>>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, readFile(file, "utf8").catch(() => undefined));
    return texts.get(file)!;
  };
  for (const problem of [...errors, ...warnings]) console.log(problemAnnotation(problem, await textOf(problem.file)));
} else {
  for (const warning of warnings) console.log(`advarsel: ${formatProblem(warning)}`);
  for (const error of errors) console.error(`fejl: ${formatProblem(error)}`);
}

console.log(`\n${entries.length + templates.templates.length + (existsSync(vejvalgDir) ? 2 : 0) + (relevance.set ? 1 : 0)} filer tjekket: ${errors.length} fejl, ${warnings.length} advarsler.`);
process.exit(errors.length > 0 ? 1 : 0);
