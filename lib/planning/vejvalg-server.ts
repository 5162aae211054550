/**
 * The vejvalg on the server: the decision table from content/vejvalg/, proven once per process by the same checks
 * content:check runs, and the decision for a set of answers. The result page, the Word report and the link into the
 * samarbejdsaftale all ask here, so advice is the same with and without JavaScript, and the browser never loads the table.
 */
import "server-only";
import path from "node:path";
import type { LegalReview } from "@/lib/content/schema";
import type { VejvalgAnswers, VejvalgDecision } from "./vejvalg";
import { checkVejvalg } from "./vejvalg-check";
import { decideVejvalg } from "./vejvalg-rules";
import { readVejvalgFolder, type VejvalgTable } from "./vejvalg-table";

let table: Promise<VejvalgTable> | undefined;

export function getVejvalgTable(): Promise<VejvalgTable> {
  table ??= (async () => {
    const dir = path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? "content", "vejvalg");
    const read = await readVejvalgFolder(dir);
    // Links to pages are content:check's to prove; here the table must be total and its cases must pass.
    const problems = read.table ? [...read.problems, ...checkVejvalg(read.table, read.cases, read.files, { today: "9999-12-31", pageExists: () => true })] : read.problems;
    const errors = problems.filter((p) => p.severity === "error");
    if (!read.table || errors.length) throw new Error(`Vejvalgets regler har fejl (kør npm run content:check):\n${errors.map((p) => `${p.file}: ${p.field}: ${p.message}`).join("\n")}`);
    return read.table;
  })();
  table.catch(() => (table = undefined));
  return table;
}

/** The decision for a set of answers, with the reasons and sources of the rules behind it. */
export async function vejvalgDecision(answers: VejvalgAnswers): Promise<VejvalgDecision> {
  return decideVejvalg(await getVejvalgTable(), answers);
}

/** Whether a jurist has reviewed the rules, as the table says. */
export async function vejvalgLegalReview(): Promise<LegalReview> {
  return (await getVejvalgTable()).legalReview;
}
