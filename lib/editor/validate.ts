/**
 * Checks a generated content file exactly as content:check would: frontmatter by the one frontmatter reader and the
 * zod schema, the body by the MDX rules. Returns Danish messages keyed by form field. Pure and synchronous; input from
 * the web reaches it only inside a worker thread with a time and memory limit (check.ts).
 */
import type { z } from "zod";
import { caseSchema, listingSchema } from "@/lib/content/schema";
import { parseFrontmatter } from "@/lib/content/frontmatter";
import { analyseBody } from "@/lib/content/mdx-rules";
import { EDITOR_FIELDS, missingMessage, type EditorField, type EditorKind } from "./fields";

/** Frontmatter paths that a form asks under another name, by form. */
const FIELD_OF: Record<EditorKind, Record<string, string>> = {
  case: { "results.citizen": "citizen", "results.publicBody": "publicBody", "results.company": "company" },
  // A listing with no contact at all has no "contact" in its file; the form asks for it first as a name.
  listing: { contact: "contactName", "contact.name": "contactName", "contact.email": "contactEmail", "contact.url": "contactUrl" },
};

export function validateEditorFile(kind: EditorKind, mdx: string): Record<string, string> {
  return checkEditorFile(kind, mdx).errors;
}

export interface EditorFileCheck {
  /** Danish messages in the form's own words, keyed by form field; empty when the file is valid. */
  errors: Record<string, string>;
  /** The title from the frontmatter, for the file name ("" when there is none). */
  title: string;
}

/**
 * The same checks as content:check, told in the words of the form: content:check's messages name YAML keys, values
 * and content/README.md for people who edit files; the form names its own fields by their labels and says what to do.
 */
export function checkEditorFile(kind: EditorKind, mdx: string): EditorFileCheck {
  const errors: Record<string, string> = {};
  const parsed = parseFrontmatter(mdx);
  if (!parsed.ok) return { errors: unreadableFile(kind, parsed), title: "" };
  const schema = kind === "case" ? caseSchema : listingSchema;
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [key, message] = messageOf(kind, issue, parsed.data);
      errors[key] ??= message;
    }
  }
  const body = analyseBody(parsed.body, { contentPath: kind === "case" ? "cases/ny.mdx" : "markedsplads/ny.mdx" });
  if (body.problems.length > 0) errors.body ??= `»${fieldOf(kind, "body").label}«: ${body.problems[0]!.message}`;
  const title = typeof parsed.data.title === "string" ? parsed.data.title : "";
  return { errors, title };
}

/**
 * A file that cannot be read. From the forms, the one way is a date that is not in the calendar (2027-02-30), which the
 * reader typed: that is told on the date's own field. A file sent as it is (POST /indsend/fil) hears what is wrong in it.
 */
function unreadableFile(kind: EditorKind, problem: { field?: string; message: string }): Record<string, string> {
  const field = EDITOR_FIELDS[kind].find((f) => f.name === problem.field && f.kind === "date");
  if (field) return { [field.name]: `Skriv en dato, der findes, i »${field.label}«, fx 2027-06-30` };
  return { frontmatter: `frontmatter: ${problem.message}` };
}

/** The form's field of that name; the title for a name the form does not ask (never for a file the form wrote). */
function fieldOf(kind: EditorKind, name: string): EditorField {
  return EDITOR_FIELDS[kind].find((field) => field.name === name) ?? EDITOR_FIELDS[kind].find((field) => field.name === "title")!;
}

const NO_ADDRESS = "Kilderne har ingen adresse. Skriv mindst én kilde som titel | https://adresse, så læseren selv kan tjekke casen";
const NO_SOURCES =
  "Skriv mindst én kilde som titel | https://adresse. Handler casen ikke om et virkeligt projekt, så sæt kryds ved »Casen er et opdigtet eksempel«";

/** The form field an issue belongs to, and what the form says about it. */
function messageOf(kind: EditorKind, issue: z.core.$ZodIssue, data: Record<string, unknown>): [string, string] {
  const path = issue.path.map(String);
  if (path.at(-1) === "source") return sourceMessage(kind, issue.path, data);
  const named = FIELD_OF[kind][path.slice(0, 2).join(".")] ?? FIELD_OF[kind][path[0] ?? ""] ?? path[0] ?? "title";
  const known = EDITOR_FIELDS[kind].some((field) => field.name === named);
  // A file the form wrote has no field the form does not ask; should one appear, the reader still gets a field to go to.
  const key = known ? named : "title";
  const field = fieldOf(kind, key);
  if (!known) return [key, "Formularen kunne ikke lave filen ud fra dine svar. Tjek felterne, og prøv igen"];
  const label = `»${field.label}«`;
  const line = field.kind === "lines" && /^\d+$/.test(path[1] ?? "") ? `, linje ${Number(path[1]) + 1}` : "";
  const inSources = key === "sources" && line !== "";
  const input = "input" in issue ? issue.input : undefined;
  const real = data.example !== true;

  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return [key, missingMessage(kind, key)];
      break;
    case "invalid_value":
      if (input === undefined) return [key, missingMessage(kind, key)];
      if (field.kind === "checkboxes") return [key, `Vælg kun blandt valgene under ${label}`];
      return [key, `${missingMessage(kind, key)} fra listen`];
    case "too_small":
      if (issue.origin === "array") return [key, missingMessage(kind, key)];
      if (issue.origin === "string") {
        const written = typeof input === "string" ? input.trim().length : 0;
        if (written === 0 && !line) return [key, missingMessage(kind, key)];
        const what = inSources ? `${label}${line}: titlen før den lodrette streg` : `${label}${line ? `${line},` : ""}`;
        return [key, `${what} skal være på mindst ${String(issue.minimum)} tegn. Du har skrevet ${written}`];
      }
      break;
    case "too_big":
      if (issue.origin === "string") {
        const written = typeof input === "string" ? input.trim().length : 0;
        const what = inSources ? `${label}${line}: titlen før den lodrette streg` : `${label}${line ? `${line},` : ""}`;
        return [key, `${what} må højst være på ${String(issue.maximum)} tegn. Du har skrevet ${written}`];
      }
      break;
    case "invalid_format":
      if (key === "contactEmail") return [key, "Skriv en e-mailadresse i det rigtige format, fx innovation@kommune.dk"];
      if (key === "contactUrl") return [key, "Skriv en webadresse, der begynder med https://, fx https://kommune.dk/innovation"];
      if (inSources) return [key, `${label}${line}: skriv adressen efter den lodrette streg, og lad den begynde med https://`];
      break;
    case "custom":
      return customMessage(kind, key, label, line, data, real);
  }
  return [key, `${label}${line ? `${line},` : ""} kan ikke bruges, som det står. Ret svaret, og prøv igen`];
}

/** The rules the schema checks across fields (and the dates' own check), told by what the answers show. */
function customMessage(kind: EditorKind, key: string, label: string, line: string, data: Record<string, unknown>, real: boolean): [string, string] {
  if (key === "sources") return [key, Array.isArray(data.sources) && data.sources.length > 0 ? NO_ADDRESS : NO_SOURCES];
  if (key === "illustrates") {
    return real
      ? [key, `${label} hører kun til opdigtede eksempler. Slet teksten i feltet, eller sæt kryds ved »Casen er et opdigtet eksempel«`]
      : [key, "Skriv, hvad eksemplet viser, som ingen virkelig case i guiden viser"];
  }
  if (key === "lessons") return [key, "Skriv mindst én læring. Et opdigtet eksempel skal vise, hvad andre kan lære"];
  if (key === "title") return [key, "Slet »Eksempel« i starten af titlen. Siden skriver selv »Eksempel:« foran et opdigtet eksempel"];
  if (key === "published" || key === "expires") {
    const date = dayOf(data[key]);
    if (date === undefined) return [key, `Skriv en rigtig dato i ${label}, fx 2027-06-30`];
    const published = `»${fieldOf(kind, "published").label}«`;
    const before = key === "expires" && date < (dayOf(data.published) ?? "");
    return [key, before ? `${label} skal være samme dag som eller efter ${published}` : `${label} skal ligge inden for et år fra ${published}`];
  }
  return [key, `${label}${line ? `${line},` : ""} kan ikke bruges, som det står. Ret svaret, og prøv igen`];
}

/**
 * The form writes a fact's source as a number after a vertical bar ("Aarhus Kommune | 2"), so a missing or unknown
 * source is told in those terms, on the form field that holds the fact.
 */
function sourceMessage(kind: EditorKind, path: readonly PropertyKey[], data: Record<string, unknown>): [string, string] {
  const [first, second] = path;
  const key = first === "status" ? "statusSource" : first === "results" ? String(second) : String(first);
  const field = fieldOf(kind, key);
  const label = `»${field.label}«`;
  const line = typeof second === "number" ? `, linje ${second + 1}` : "";
  const sourceCount = Array.isArray(data.sources) ? data.sources.length : 0;
  const cited = factAt(data, path);
  const written = typeof cited === "string" ? /^kilde-(\d+)$/.exec(cited) : null;
  if (typeof cited === "string") {
    if (key === "statusSource" && statusValueOf(data) === "ukendt") {
      return [key, `Slet nummeret i ${label}, eller vælg den status, kilden nævner`];
    }
    const range = sourceCount > 1 ? `Skriv et nummer fra 1 til ${sourceCount}` : sourceCount === 1 ? "Casen har én kilde; skriv 1" : "Skriv kilden under »Kilder« først";
    return [key, `${label}${line ? `${line},` : ""} henviser til kilde nr. ${written ? written[1] : cited}, som ikke findes. ${range}`];
  }
  if (key === "statusSource") return [key, `Skriv i ${label} nummeret på den kilde, der siger, hvor projektet står. Siger ingen kilde det, så vælg status Ukendt`];
  return [key, `${label}${line}: skriv kildens nummer efter en lodret streg, fx »… | 1«`];
}

/** The value at a path of the frontmatter (the source a fact names), or undefined. */
function factAt(data: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const step of path) {
    if (!value || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** A valid calendar day as YYYY-MM-DD (YAML may have read it as a Date), or undefined. */
function dayOf(value: unknown): string | undefined {
  const text = value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value;
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.valueOf()) && day.toISOString().startsWith(text) ? text : undefined;
}

function statusValueOf(data: Record<string, unknown>): unknown {
  const status = data.status;
  return status && typeof status === "object" ? (status as { value?: unknown }).value : status;
}
