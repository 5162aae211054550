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
    const sourceCount = Array.isArray(parsed.data.sources) ? parsed.data.sources.length : 0;
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      if (path.at(-1) === "source") {
        const [key, message] = sourceMessage(issue.path, issue.message, sourceCount);
        errors[key] ??= message;
        continue;
      }
      const key = FIELD_OF[path.slice(0, 2).join(".")] ?? path[0] ?? "title";
      const { message } = formatIssue(issue);
      errors[key] ??= path[0] === "sources" && message.startsWith("har ingen kilde med en adresse") ? NO_ADDRESS : `${labelOf(key)} ${message}`;
    }
  }
  const body = analyseBody(parsed.body, { contentPath: kind === "case" ? "cases/ny.mdx" : "markedsplads/ny.mdx" });
  if (body.problems.length > 0) errors.body ??= `Teksten ${body.problems[0]!.message}`;
  const title = typeof parsed.data.title === "string" ? parsed.data.title : "";
  return { errors, title };
}

const NO_ADDRESS = "Kilderne har ingen adresse. Skriv mindst én kilde som titel | https://adresse, så læseren selv kan tjekke casen";

/**
 * The form writes a fact's source as a number after a vertical bar ("Aarhus Kommune | 2"), so a missing or unknown
 * source is told in those terms, on the form field that holds the fact.
 */
function sourceMessage(path: readonly PropertyKey[], message: string, sourceCount: number): [string, string] {
  const [first, second] = path;
  const key = first === "status" ? "statusSource" : first === "results" ? String(second) : String(first);
  const line = typeof second === "number" ? `, linje ${second + 1},` : "";
  const unknown = /"kilde-(\d+)" findes ikke/.exec(message);
  if (unknown) {
    const range = sourceCount > 0 ? `Skriv et nummer fra 1 til ${sourceCount}` : "Skriv kilden under Kilder først";
    return [key, `${labelOf(key)}${line} henviser til kilde nr. ${unknown[1]}, som ikke findes. ${range}`];
  }
  if (key === "statusSource") return [key, "Kilde til status mangler. Skriv nummeret på den kilde, der siger, hvor projektet står, eller vælg status Ukendt"];
  return [key, `${labelOf(key)}${line} mangler sin kilde. Skriv kildens nummer efter en lodret streg, fx »… | 1«`];
}

const LABELS: Record<string, string> = {
  title: "Titlen",
  summary: "Resuméet",
  phases: "Faser",
  audience: "Målgrupper",
  area: "Området",
  opiType: "OPI-typen",
  status: "Status",
  statusSource: "Kilde til status",
  publicParties: "Offentlige parter",
  companies: "Virksomheder",
  knowledgeInstitutions: "Videninstitutioner",
  period: "Perioden",
  duration: "Varigheden",
  citizen: "Resultatet for borgeren",
  publicBody: "Resultatet for den offentlige part",
  company: "Resultatet for virksomheden",
  figures: "Tal",
  agreement: "Aftalen",
  lessons: "Læringer",
  illustrates: "Feltet »Hvad viser eksemplet?«",
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
