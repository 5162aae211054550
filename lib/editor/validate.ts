/**
 * Checks a generated content file exactly as content:check would: frontmatter by the zod schema,
 * the body by the MDX rules. Returns Danish messages keyed by form field.
 */
import matter from "gray-matter";
import { caseSchema, formatIssue, listingSchema } from "@/lib/content/schema";
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
  const errors: Record<string, string> = {};
  const parsed = matter(mdx, {});
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
  const body = analyseBody(parsed.content, { contentPath: kind === "case" ? "cases/ny.mdx" : "markedsplads/ny.mdx" });
  if (body.problems.length > 0) errors.body ??= `Teksten ${body.problems[0]!.message}`;
  return errors;
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
