/**
 * The "Indsend en case" and "Opret et opslag" forms: their fields, and how answers become a content file.
 * The file is validated with the same zod schema as content:check, so what the forms produce passes it by construction.
 */
import { stringify } from "yaml";
import {
  AREAS,
  AREA_LABELS,
  AUDIENCES,
  AUDIENCE_LABELS,
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  LISTING_KINDS,
  OPI_TYPES,
  OPI_TYPE_LABELS,
  PHASES,
  PHASE_LABELS,
} from "@/lib/content/schema";
import { transliterate } from "@/lib/content/slug";

export type EditorKind = "case" | "listing";

export interface EditorField {
  name: string;
  label: string;
  hint?: string;
  kind: "text" | "textarea" | "lines" | "date" | "select" | "checkboxes" | "checkbox" | "email";
  options?: { value: string; label: string }[];
  optional?: boolean;
}

const options = (values: readonly string[], labels: Record<string, string>) => values.map((value) => ({ value, label: labels[value] ?? value }));

export const EDITOR_FIELDS: Record<EditorKind, EditorField[]> = {
  case: [
    { name: "title", label: "Titel", kind: "text" },
    { name: "summary", label: "Resumé", hint: "To eller tre sætninger, der vises i kataloget (40–400 tegn)", kind: "textarea" },
    { name: "example", label: "Casen er et opdigtet eksempel", hint: "Sæt kun kryds, hvis casen ikke handler om et virkeligt projekt", kind: "checkbox", optional: true },
    { name: "phases", label: "Faser", kind: "checkboxes", options: options(PHASES, PHASE_LABELS) },
    { name: "audience", label: "Målgrupper", kind: "checkboxes", options: options(AUDIENCES, AUDIENCE_LABELS) },
    { name: "area", label: "Område", kind: "select", options: options(AREAS, AREA_LABELS) },
    { name: "opiType", label: "OPI-type", kind: "select", options: options(OPI_TYPES, OPI_TYPE_LABELS) },
    { name: "status", label: "Status", kind: "select", options: options(CASE_STATUSES, CASE_STATUS_LABELS) },
    { name: "publicParties", label: "Offentlige parter", hint: "Én pr. linje", kind: "lines" },
    { name: "companies", label: "Virksomheder", hint: "Én pr. linje", kind: "lines", optional: true },
    { name: "knowledgeInstitutions", label: "Videninstitutioner", hint: "Én pr. linje", kind: "lines", optional: true },
    { name: "duration", label: "Varighed", hint: "Fx 10 måneder", kind: "text", optional: true },
    { name: "citizen", label: "Resultat for borgeren", kind: "textarea", optional: true },
    { name: "publicBody", label: "Resultat for den offentlige part", kind: "textarea", optional: true },
    { name: "company", label: "Resultat for virksomheden", kind: "textarea", optional: true },
    { name: "lessons", label: "Hvad kan andre lære?", hint: "Én læring pr. linje", kind: "lines" },
    { name: "agreement", label: "Hvilken aftale brugte I?", hint: "Fx OPI-aftalen (2019)", kind: "text", optional: true },
    { name: "sources", label: "Kilder", hint: "Én pr. linje: titel | https://adresse. Påkrævet for virkelige projekter", kind: "lines", optional: true },
    { name: "contact", label: "Kontakt", hint: "Kun med personens samtykke", kind: "text", optional: true },
    { name: "body", label: "Fortællingen", hint: "Hvad var udfordringen, hvad gjorde I, hvad lærte I? Skriv kort og i almindeligt sprog", kind: "textarea" },
  ],
  listing: [
    { name: "kind", label: "Type", kind: "select", options: [{ value: "behov", label: "Behov (en offentlig part søger en løsning)" }, { value: "kompetence", label: "Kompetence (en virksomhed eller videninstitution tilbyder noget)" }] },
    { name: "title", label: "Titel", kind: "text" },
    { name: "summary", label: "Resumé", hint: "20–400 tegn", kind: "textarea" },
    { name: "organisation", label: "Organisation", kind: "text" },
    { name: "area", label: "Område", kind: "select", options: options(AREAS, AREA_LABELS) },
    { name: "phases", label: "Faser", kind: "checkboxes", options: options(PHASES, PHASE_LABELS) },
    { name: "published", label: "Udgivet", kind: "date" },
    { name: "expires", label: "Vises til og med", hint: "Højst et år efter udgivelsen", kind: "date" },
    { name: "contactName", label: "Kontaktperson eller enhed", kind: "text" },
    { name: "contactEmail", label: "E-mail", kind: "email", optional: true },
    { name: "contactUrl", label: "Webadresse", kind: "text", optional: true },
    { name: "example", label: "Opslaget er et eksempel", kind: "checkbox", optional: true },
    { name: "body", label: "Beskrivelse", hint: "Hvad søger eller tilbyder I, og hvordan svarer man?", kind: "textarea" },
  ],
};

export type EditorValues = Record<string, string | string[]>;

/** Reads the submitted form into plain values (text, or lists for checkboxes). */
export function readEditorForm(kind: EditorKind, form: FormData): EditorValues {
  const values: EditorValues = {};
  for (const field of EDITOR_FIELDS[kind]) {
    if (field.kind === "checkboxes") values[field.name] = form.getAll(field.name).map(String).slice(0, 20);
    else if (field.kind === "checkbox") values[field.name] = form.get(field.name) !== null ? "ja" : "";
    else values[field.name] = String(form.get(field.name) ?? "").slice(0, 8000);
  }
  return values;
}

const lines = (value: string | string[] | undefined) =>
  String(value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
const text = (value: string | string[] | undefined) => (typeof value === "string" && value.trim() ? value.trim() : undefined);
const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : []);

/** The frontmatter object the values describe; the zod schema decides whether it is valid. */
export function frontmatterOf(kind: EditorKind, values: EditorValues, today: string): Record<string, unknown> {
  if (kind === "case") {
    return prune({
      title: text(values.title),
      summary: text(values.summary),
      date: today,
      phases: list(values.phases),
      audience: list(values.audience),
      area: text(values.area),
      opiType: text(values.opiType),
      publicParties: lines(values.publicParties),
      companies: lines(values.companies),
      knowledgeInstitutions: lines(values.knowledgeInstitutions),
      duration: text(values.duration),
      status: text(values.status),
      results: prune({ citizen: text(values.citizen), publicBody: text(values.publicBody), company: text(values.company) }),
      lessons: lines(values.lessons),
      agreement: text(values.agreement),
      sources: lines(values.sources).map((line) => {
        const [title = "", url] = line.split("|").map((part) => part.trim());
        return prune({ title, url: url || undefined });
      }),
      example: values.example === "ja",
      contact: text(values.contact),
    });
  }
  return prune({
    kind: text(values.kind),
    title: text(values.title),
    summary: text(values.summary),
    organisation: text(values.organisation),
    area: text(values.area),
    phases: list(values.phases),
    published: text(values.published) ?? today,
    expires: text(values.expires),
    contact: prune({ name: text(values.contactName), email: text(values.contactEmail), url: text(values.contactUrl) }),
    example: values.example === "ja",
  });
}

function prune<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as T;
}

/** "Robot i ældreplejen" → "robot-i-aeldreplejen". */
export function slugOf(title: string): string {
  return (
    transliterate(title.toLowerCase())
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "uden-titel"
  );
}

/**
 * The content file: YAML frontmatter and a Markdown body. Characters that MDX would read as code or tags
 * are escaped, so the story is shown as text, never run.
 */
export function toMdx(frontmatter: Record<string, unknown>, body: string): string {
  const safeBody = body
    .replace(/\r\n/g, "\n")
    .replace(/[{}<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(import|export)\b/gm, "$1\\$2")
    .replace(/^#(?!#)/gm, "##")
    .trim();
  return `---\n${stringify(frontmatter, { lineWidth: 0 }).trim()}\n---\n\n${safeBody}\n`;
}

export const EDITOR_TARGETS: Record<EditorKind, { folder: string; label: string }> = {
  case: { folder: "content/cases", label: "casen" },
  listing: { folder: "content/markedsplads", label: "opslaget" },
};

export { LISTING_KINDS };
