/**
 * Checks a generated content file exactly as content:check would: frontmatter by the one frontmatter reader and the
 * zod schema, the body by the MDX rules. Returns Danish messages keyed by form field. Pure and synchronous; input from
 * the web reaches it only inside a worker thread with a time and memory limit (check.ts).
 */
import { caseSchema, formatIssue, listingSchema } from "@/lib/content/schema";
import { parseFrontmatter } from "@/lib/content/frontmatter";
import { analyseBody } from "@/lib/content/mdx-rules";
import type { EditorKind } from "./forms";

/** Frontmatter paths that the forms ask under another name. */
const FIELD_OF: Record<string, string> = {
  "results.citizen": "citizen",
  "results.publicBody": "publicBody",
  "results.company": "company",
  "contact.name": "contactName",
  "contact.email": "contactEmail",
  "contact.url": "contactUrl",
};

export function validateEditorFile(kind: EditorKind, mdx: string): Record<string, string> {
  return checkEditorFile(kind, mdx).errors;
}

export interface EditorFileCheck {
  /** Danish messages keyed by form field; empty when the file is valid. */
  errors: Record<string, string>;
  /** The title from the frontmatter, for the file name ("" when there is none). */
  title: string;
}

export function checkEditorFile(kind: EditorKind, mdx: string): EditorFileCheck {
  const errors: Record<string, string> = {};
  const parsed = parseFrontmatter(mdx);
  if (!parsed.ok) return { errors: { frontmatter: `frontmatter: ${parsed.message}` }, title: "" };
  const schema = kind === "case" ? caseSchema : listingSchema;
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      const key = FIELD_OF[path.slice(0, 2).join(".")] ?? path[0] ?? "title";
      const { message } = formatIssue(issue);
      errors[key] ??= `${labelOf(key)} ${message}`;
    }
  }
  const body = analyseBody(parsed.body, { contentPath: kind === "case" ? "cases/ny.mdx" : "markedsplads/ny.mdx" });
  if (body.problems.length > 0) errors.body ??= `Teksten ${body.problems[0]!.message}`;
  const title = typeof parsed.data.title === "string" ? parsed.data.title : "";
  return { errors, title };
}

const LABELS: Record<string, string> = {
  title: "Titlen",
  summary: "Resuméet",
  phases: "Faser",
  audience: "Målgrupper",
  area: "Området",
  opiType: "OPI-typen",
  status: "Status",
  publicParties: "Offentlige parter",
  lessons: "Læringer",
  sources: "Kilder",
  kind: "Typen",
  organisation: "Organisationen",
  published: "Udgivelsesdatoen",
  expires: "Udløbsdatoen",
  contactName: "Kontakten",
  contactEmail: "E-mailen",
  contactUrl: "Webadressen",
};

function labelOf(key: string): string {
  return LABELS[key] ?? "Feltet";
}
