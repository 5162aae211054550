/**
 * Answers → a checked content file: what "Indsend en case" and "Opret et opslag" do on the site, and what
 * scripts/issue-to-case.ts does with a case sent through the repository's issue form. The file is checked in a worker
 * thread with a time limit (check.ts), so no answer, however it is written, holds up the server or the script.
 */
import { frontmatterOf, slugOf, toMdx, type EditorKind, type EditorValues } from "./forms";
import { checkEditorInput, checkFailureMessage } from "./check";
import { EDITOR_FIELDS, missingMessage } from "./fields";

export interface EditorFileResult {
  /** Danish messages keyed by form field; empty when the file is valid. */
  errors: Record<string, string>;
  /** The file, only when there are no errors. */
  file?: { name: string; mdx: string };
}

export async function makeEditorFile(kind: EditorKind, values: EditorValues, today: string): Promise<EditorFileResult> {
  const mdx = toMdx(frontmatterOf(kind, values, today), String(values.body ?? ""));
  const checked = await checkEditorInput(kind, mdx);
  const errors = checked.ok ? { ...checked.errors } : { body: checkFailureMessage(checked.reason) };
  if (!values.body || !String(values.body).trim()) errors.body ??= missingMessage(kind, "body");
  if (Object.keys(errors).length > 0) return { errors: inFormOrder(kind, errors) };
  return { errors, file: { name: `${slugOf(String(values.title ?? ""))}.mdx`, mdx } };
}

/** The messages in the order of the form's fields, so the error summary reads from the top of the form down. */
function inFormOrder(kind: EditorKind, errors: Record<string, string>): Record<string, string> {
  const order = EDITOR_FIELDS[kind].map((field) => field.name);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}
