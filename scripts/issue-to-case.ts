/**
 * A case sent with the issue form "Indsend en case" → the content file, for .github/workflows/case-from-issue.yml:
 *   npx tsx scripts/issue-to-case.ts --event "$GITHUB_EVENT_PATH" --out <folder>
 *   npx tsx scripts/issue-to-case.ts --body issue.md --today 2026-12-01 [--issue 12] --out <folder>
 * Writes to the folder, and nothing else anywhere:
 *   exit 0: case.mdx, path.txt (content/cases/<name>.mdx), pull-request-title.txt, pull-request.md
 *   exit 2: comment.md, the Danish problems for the contributor
 *   exit 1: the script could not run (bad arguments, an unreadable event)
 * It never prints the issue's text: the Actions runner reads any line of output that starts with "::" as a command.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { caseFromIssue } from "../lib/github/case-from-issue";
import { editorCheckPool } from "../lib/editor/check";
import { isIsoDate } from "../lib/today";

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const { values } = parseArgs({ options: { event: { type: "string" }, body: { type: "string" }, today: { type: "string" }, issue: { type: "string" }, out: { type: "string" } } });
if (!values.out) fail("Skriv --out <mappe>.");

let body: string;
let today: string | undefined = values.today;
let issue = values.issue !== undefined ? Number(values.issue) : undefined;
if (values.event) {
  const event = JSON.parse(await readFile(values.event, "utf8")) as { issue?: { body?: unknown; number?: unknown; created_at?: unknown } };
  body = typeof event.issue?.body === "string" ? event.issue.body : "";
  issue = typeof event.issue?.number === "number" ? event.issue.number : undefined;
  today = typeof event.issue?.created_at === "string" ? event.issue.created_at.slice(0, 10) : undefined;
} else if (values.body) {
  body = await readFile(values.body, "utf8");
} else {
  body = fail("Skriv --event <fil> eller --body <fil>.");
}
if (today === undefined || !isIsoDate(today)) fail("Datoen mangler eller er ikke en dato (--today ÅÅÅÅ-MM-DD, eller issue.created_at i hændelsen).");
if (issue !== undefined && !(Number.isSafeInteger(issue) && issue > 0)) fail("--issue skal være et issuenummer.");

const out = values.out!;
await mkdir(out, { recursive: true });
try {
  const result = await caseFromIssue({ body, today: today!, issue, exists: (file) => existsSync(file) });
  if (result.ok) {
    await writeFile(path.join(out, "case.mdx"), result.mdx);
    await writeFile(path.join(out, "path.txt"), result.path);
    await writeFile(path.join(out, "pull-request-title.txt"), result.pullRequestTitle);
    await writeFile(path.join(out, "pull-request.md"), result.pullRequestBody);
    // The path is made of a-z, 0-9 and hyphens only (slugOf), so it is safe to print.
    console.log(`Filen er lavet: ${result.path}`);
    process.exitCode = 0;
  } else {
    await writeFile(path.join(out, "comment.md"), result.comment);
    console.log(`Casen har ${Object.keys(result.problems).length} problem(er); de står i ${path.join(out, "comment.md")}.`);
    process.exitCode = 2;
  }
} finally {
  await editorCheckPool().close();
}
