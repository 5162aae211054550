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
  /** What the form says when the field is required and left empty, GOV.UK style: what to do, naming the field. */
  missing?: string;
}

const ONE_SOURCE = "Har casen kun én kilde, henviser alt til den";
/** How a fact names its source in the form: the source's number after a vertical bar. */
const CITE = `Skriv kildens nummer efter en lodret streg, fx »Aarhus Kommune | 2«. ${ONE_SOURCE}`;

const options = (values: readonly string[], labels: Record<string, string>) => values.map((value) => ({ value, label: labels[value] ?? value }));

export const EDITOR_FIELDS: Record<EditorKind, EditorField[]> = {
  case: [
    { name: "title", label: "Titel", kind: "text", missing: "Skriv en titel" },
    { name: "summary", label: "Resumé", hint: "To eller tre sætninger, der vises i kataloget (40–400 tegn). Kun det, kilderne siger", kind: "textarea", missing: "Skriv et resumé" },
    { name: "example", label: "Casen er et opdigtet eksempel", hint: "Sæt kun kryds, hvis casen ikke handler om et virkeligt projekt", kind: "checkbox", optional: true },
    {
      name: "illustrates",
      label: "Hvad viser eksemplet?",
      hint: "Kun for eksempler: hvad viser det, som ingen virkelig case i guiden viser? (20–300 tegn)",
      kind: "textarea",
      optional: true,
    },
    {
      name: "sources",
      label: "Kilder",
      hint: "Én pr. linje: titel | https://adresse. Kilderne får numrene 1, 2, 3 … i den rækkefølge, du skriver dem. Påkrævet for virkelige projekter",
      kind: "lines",
      optional: true,
    },
    { name: "phases", label: "Faser", kind: "checkboxes", options: options(PHASES, PHASE_LABELS), missing: "Vælg mindst én fase" },
    { name: "audience", label: "Målgrupper", kind: "checkboxes", options: options(AUDIENCES, AUDIENCE_LABELS), missing: "Vælg mindst én målgruppe" },
    { name: "area", label: "Område", kind: "select", options: options(AREAS, AREA_LABELS), missing: "Vælg et område" },
    { name: "opiType", label: "OPI-type", kind: "select", options: options(OPI_TYPES, OPI_TYPE_LABELS), missing: "Vælg en OPI-type" },
    { name: "status", label: "Status", hint: "Vælg Ukendt, hvis ingen kilde siger, hvor projektet står", kind: "select", options: options(CASE_STATUSES, CASE_STATUS_LABELS), missing: "Vælg en status" },
    { name: "statusSource", label: "Kilde til status", hint: `Nummeret på den kilde, der siger det. ${ONE_SOURCE}`, kind: "text", optional: true },
    { name: "publicParties", label: "Offentlige parter", hint: `Én pr. linje. ${CITE}`, kind: "lines", missing: "Skriv mindst én offentlig part" },
    { name: "companies", label: "Virksomheder", hint: `Én pr. linje. ${CITE}`, kind: "lines", optional: true },
    { name: "knowledgeInstitutions", label: "Videninstitutioner", hint: `Én pr. linje. ${CITE}`, kind: "lines", optional: true },
    { name: "period", label: "Periode", hint: `Fx 2020–2021. ${CITE}`, kind: "text", optional: true },
    { name: "duration", label: "Varighed", hint: `Fx 10 måneder. ${CITE}`, kind: "text", optional: true },
    { name: "citizen", label: "Resultat for borgeren", hint: CITE, kind: "textarea", optional: true },
    { name: "publicBody", label: "Resultat for den offentlige part", hint: CITE, kind: "textarea", optional: true },
    { name: "company", label: "Resultat for virksomheden", hint: CITE, kind: "textarea", optional: true },
    { name: "figures", label: "Tal", hint: `Hvert tal, casen nævner, ét pr. linje. ${CITE}`, kind: "lines", optional: true },
    { name: "lessons", label: "Hvad kan andre lære?", hint: `Én læring pr. linje. ${CITE}`, kind: "lines", missing: "Skriv mindst én læring" },
    { name: "agreement", label: "Hvilken aftale brugte I?", hint: `Fx OPI-aftalen. ${CITE}`, kind: "text", optional: true },
    { name: "contact", label: "Kontakt", hint: "Kun med personens samtykke", kind: "text", optional: true },
    { name: "body", label: "Fortællingen", hint: "Hvad var udfordringen, hvad gjorde I, hvad lærte I? Skriv kort og i almindeligt sprog", kind: "textarea", missing: "Skriv fortællingen" },
  ],
  listing: [
    { name: "kind", label: "Type", kind: "select", options: [{ value: "behov", label: "Behov (en offentlig part søger en løsning)" }, { value: "kompetence", label: "Kompetence (en virksomhed eller videninstitution tilbyder noget)" }], missing: "Vælg en type" },
    { name: "title", label: "Titel", kind: "text", missing: "Skriv en titel" },
    { name: "summary", label: "Resumé", hint: "20–400 tegn", kind: "textarea", missing: "Skriv et resumé" },
    { name: "organisation", label: "Organisation", kind: "text", missing: "Skriv navnet på organisationen" },
    { name: "area", label: "Område", kind: "select", options: options(AREAS, AREA_LABELS), missing: "Vælg et område" },
    { name: "phases", label: "Faser", kind: "checkboxes", options: options(PHASES, PHASE_LABELS), missing: "Vælg mindst én fase" },
    { name: "published", label: "Udgivet", kind: "date", missing: "Skriv den dag, opslaget udgives" },
    { name: "expires", label: "Vises til og med", hint: "Højst et år efter udgivelsen", kind: "date", missing: "Skriv den sidste dag, opslaget skal vises" },
    { name: "contactName", label: "Kontaktperson eller enhed", kind: "text", missing: "Skriv en kontaktperson eller en enhed" },
    { name: "contactEmail", label: "E-mail", kind: "email", optional: true },
    { name: "contactUrl", label: "Webadresse", kind: "text", optional: true },
    { name: "example", label: "Opslaget er et eksempel", kind: "checkbox", optional: true },
    { name: "body", label: "Beskrivelse", hint: "Hvad søger eller tilbyder I, og hvordan svarer man?", kind: "textarea", missing: "Skriv en beskrivelse" },
  ],
};

/** What the form says when a required field is left empty: the field's own words, or a plain request naming it. */
export function missingMessage(kind: EditorKind, name: string): string {
  const field = EDITOR_FIELDS[kind].find((candidate) => candidate.name === name);
  return field?.missing ?? `Udfyld »${field?.label ?? name}«`;
}

export const EDITOR_TARGETS: Record<EditorKind, { folder: string; label: string }> = {
  case: { folder: "content/cases", label: "casen" },
  listing: { folder: "content/markedsplads", label: "opslaget" },
};
