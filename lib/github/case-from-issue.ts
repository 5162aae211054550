/**
 * A case sent with the issue form "Indsend en case" → the content file the site's form would make from the same
 * answers, or the Danish problems to tell the contributor. Everything from the issue is untrusted: it is read by
 * readIssueForm, turned into a file only by lib/editor (the schema, the MDX rules, the worker with a time limit), and
 * quoted in Markdown only through markdownText.
 */
import { EDITOR_FIELDS, EDITOR_TARGETS } from "@/lib/editor/fields";
import { readEditorForm } from "@/lib/editor/forms";
import { makeEditorFile } from "@/lib/editor/submit";
import { readIssueForm } from "./issue-form";
import { markdownText } from "./markdown";

export type CaseFromIssue =
  | { ok: true; path: string; mdx: string; title: string; pullRequestTitle: string; pullRequestBody: string }
  | { ok: false; problems: Record<string, string>; comment: string };

export interface IssueInput {
  body: string;
  /** The date the case is dated: the day the issue was opened. */
  today: string;
  issue?: number;
  /** Whether a file already exists in the repository. */
  exists: (path: string) => boolean | Promise<boolean>;
}

export async function caseFromIssue({ body, today, issue, exists }: IssueInput): Promise<CaseFromIssue> {
  const reading = readIssueForm(body);
  if (reading.problems.form) return failed(reading.problems);
  const values = readEditorForm("case", reading.form);
  const { errors, file } = await makeEditorFile("case", values, today);
  const problems: Record<string, string> = { ...reading.problems };
  for (const [key, message] of Object.entries(errors)) problems[key] ??= message;
  if (file) {
    const path = `${EDITOR_TARGETS.case.folder}/${file.name}`;
    if (await exists(path)) problems.title ??= `Der findes allerede en case med filnavnet ${file.name}. Giv casen en anden titel`;
    if (Object.keys(problems).length === 0) {
      const title = String(values.title ?? "").trim();
      return { ok: true, path, mdx: file.mdx, title, pullRequestTitle: `Ny case: ${title}`.slice(0, 200), pullRequestBody: pullRequestBody(path, title, values.sources, values.example === "ja", issue) };
    }
  }
  return failed(problems);
}

const LABELS: Record<string, string> = { ...Object.fromEntries(EDITOR_FIELDS.case.map((field) => [field.name, field.label])), frontmatter: "Filen", form: "Formularen" };
const ORDER = [...EDITOR_FIELDS.case.map((field) => field.name)];

function failed(problems: Record<string, string>): CaseFromIssue {
  const keys = Object.keys(problems).sort((a, b) => rank(a) - rank(b));
  const list = keys.map((key) => `- **${markdownText(LABELS[key] ?? key)}**: ${markdownText(problems[key]!)}`);
  const comment = [
    "Tak for casen. Før den kan blive til en fil i guiden, skal du rette dette:",
    "",
    ...list,
    "",
    "Ret svarene i issuet (klik på ··· ved issuet og vælg »Edit«), og gem. Så bliver casen tjekket igen.",
  ].join("\n");
  return { ok: false, problems, comment };
}

const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);

function pullRequestBody(path: string, title: string, sources: string | string[] | undefined, example: boolean, issue: number | undefined): string {
  const from = issue !== undefined ? ` i #${issue}` : "";
  const sourceLines = String(sources ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return [
    "## Hvad er ændret?",
    "",
    `En ny case fra formularen »Indsend en case«${from}: ${markdownText(title)} (\`${path}\`).`,
    "",
    "## Kilder",
    "",
    ...(sourceLines.length > 0 ? sourceLines.map((line) => `- ${markdownText(line)}`) : [example ? "Ingen: casen er et opdigtet eksempel." : "Ingen."]),
    "",
    "## Tjek",
    "",
    "- [x] Filen er lavet og tjekket af den samme kode som formularen på guiden (skemaet og reglerne for MDX).",
    "- [ ] Tjekkene på denne pull request er grønne. Er de ikke startet, så luk pull requesten, og åbn den igen.",
    "",
    "## Hvem har tjekket fakta?",
    "",
    "Ingen endnu. Teksten kommer fra en bidragyder. Før du fletter: tjek hvert faktum mod kilderne, ret det, kilderne ikke siger, og skriv her, hvem der har tjekket.",
    ...(issue !== undefined ? ["", `Closes #${issue}`] : []),
  ].join("\n");
}
