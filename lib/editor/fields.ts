/**
 * The fields of the "Indsend en case" and "Opret et opslag" forms. Zod-free and YAML-free: the client form reads them.
 */
import {
  AREAS,
  AREA_LABELS,
  AUDIENCES,
  AUDIENCE_LABELS,
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  OPI_TYPES,
  OPI_TYPE_LABELS,
  PHASES,
  PHASE_LABELS,
} from "@/lib/content/vocabulary";

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


export const EDITOR_TARGETS: Record<EditorKind, { folder: string; label: string }> = {
  case: { folder: "content/cases", label: "casen" },
  listing: { folder: "content/markedsplads", label: "opslaget" },
};
