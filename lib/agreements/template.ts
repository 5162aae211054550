/**
 * Agreement templates are content (content/agreements/<id>.yaml) so a jurist can revise them by pull request.
 * A template is a list of clauses with stable ids, a guidance note each, optional conditions (`when`) and
 * placeholders ({{project.title}}). This module parses templates and checks every placeholder and condition
 * against the fields the document's zod schema defines.
 */
import { z } from "zod";
import { sectionShapes } from "./answers";
import { DOCUMENT_IDS, documentFieldPaths, type DocumentId } from "./documents";

/** Values computed from the answers, for sentences the form fields cannot give directly. */
export const DERIVED_FIELDS = {
  companyNames: "virksomhedernes navne, fx \"A ApS og B A/S\"",
  allPartyNames: "alle parters navne",
  knowledgeName: "videninstitutionens navn (tom, hvis den ikke er med)",
  period: "projektperioden, fx \"1. februar 2027 til 31. januar 2028\"",
  startDate: "startdatoen skrevet på dansk",
  endDate: "slutdatoen skrevet på dansk",
  validUntil: "hensigtserklæringens udløbsdato skrevet på dansk",
  today: "dagens dato skrevet på dansk",
  disclosingParty: "den part, der giver fortrolige oplysninger (ved envejs fortrolighed)",
  receivingParty: "den part, der modtager fortrolige oplysninger (ved envejs fortrolighed)",
  penalty: "konventionalbodens beløb, fx \"50.000 kr.\"",
  liabilityCap: "ansvarsgrænsen, fx \"500.000 kr.\"",
  noticeMonths: "opsigelsesvarslet, fx \"1 måned\" eller \"3 måneder\"",
  years: "fortrolighedens varighed, fx \"3 år\"",
} as const;

/** Parts of a document that code lays out: lists and tables that vary with the number of parties. */
export const BLOCKS = {
  parties: "parterne med CVR, EAN og adresse",
  contributions: "tabel over hver parts timer, naturalier og kontantbidrag",
  signatures: "underskriftsfelter for alle parter",
} as const;

export type DerivedField = keyof typeof DERIVED_FIELDS;
export type BlockId = keyof typeof BLOCKS;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "skal være små bogstaver a-z, tal og bindestreger, fx udbudsmaessige-forhold" });
const condition = z.string().trim().min(1).max(300).optional();

export const paragraphSchema = z.union([
  z.strictObject({
    /** The paragraph's text; {{felt}} is replaced with an answer. */
    text: z.string().trim().min(1).max(4000),
    /** Show the paragraph only when the condition holds. */
    when: condition,
  }),
  z.strictObject({
    /** A part laid out by code: parties, contributions or signatures. */
    block: z.enum(Object.keys(BLOCKS) as [BlockId, ...BlockId[]]),
    when: condition,
  }),
]);

export const clauseSchema = z.strictObject({
  /** Stable id; never change it once published, because guidance and tests point to it. */
  id: slug,
  title: z.string().trim().min(2).max(120),
  /** Plain-language guidance: shown beside the clause in the tool and in the læsevejledning. */
  guidance: z.string().trim().min(20).max(1500),
  when: condition,
  paragraphs: z.array(paragraphSchema).min(1),
});

export const noteSchema = z.strictObject({
  /** Shown in the læsevejledning when the condition holds: what a jurist must look at. */
  when: z.string().trim().min(1).max(300),
  text: z.string().trim().min(20).max(1500),
  /** Optional link to the guide, e.g. /jura/udbudsfri-opi. */
  link: z.string().regex(/^\/[a-z0-9/-]*$/).optional(),
});

/** A template version: three numbers, 1.0.0. Also what a version read from an uploaded file must look like. */
export const TEMPLATE_VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;

export const templateSchema = z.strictObject({
  id: z.enum(DOCUMENT_IDS),
  title: z.string().trim().min(3).max(120),
  /** Changes with every revision of the text (semantic: 1.0.0 → 1.1.0 for new wording, 2.0.0 for new structure). */
  version: z.string().regex(TEMPLATE_VERSION, { error: "skal være et versionsnummer som 1.0.0" }),
  /** When a jurist or editor last reviewed the text (YYYY-MM-DD). */
  reviewed: z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "skal være en dato som 2026-11-23" }),
  ),
  /** A short paragraph under the title. */
  intro: z.string().trim().min(10).max(1500),
  clauses: z.array(clauseSchema).min(1),
  notes: z.array(noteSchema).default([]),
});

export type Template = z.infer<typeof templateSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;

export { evaluate, parseCondition, PLACEHOLDER, type Condition, type Term } from "./conditions";
import { parseCondition, PLACEHOLDER } from "./conditions";

// ---------------------------------------------------------------------------
// The check that content:check runs on every template.

export interface TemplateProblem {
  field: string;
  message: string;
}

function enumValues(path: string): string[] | undefined {
  const [section, field] = path.split(".");
  const shape = (sectionShapes as Record<string, z.ZodObject>)[section ?? ""]?.shape as Record<string, z.ZodType> | undefined;
  let schema: z.ZodType | undefined = shape?.[field ?? ""];
  // Unwrap defaults and optionals to reach an enum.
  for (let i = 0; i < 4 && schema; i++) {
    if (schema instanceof z.ZodEnum) return schema.options.map(String);
    const inner = (schema as unknown as { _zod: { def: { innerType?: z.ZodType } } })._zod.def.innerType;
    schema = inner;
  }
  return undefined;
}

export function checkTemplate(template: Template, fileId: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (template.id !== fileId) problems.push({ field: "id", message: `er "${template.id}", men filen hedder ${fileId}.yaml. Gør dem ens` });
  const allowed = documentFieldPaths(template.id as DocumentId);
  const known = (path: string) => allowed.has(path) || (path.startsWith("derived.") && Object.hasOwn(DERIVED_FIELDS, path.slice(8)));

  const checkCondition = (source: string | undefined, field: string) => {
    if (!source) return;
    const parsed = parseCondition(source);
    if ("error" in parsed) {
      problems.push({ field, message: parsed.error });
      return;
    }
    for (const term of parsed.terms) {
      if (!known(term.path)) {
        problems.push({ field, message: `"${term.path}" er ikke et felt i ${template.id}. Brug et af: ${[...allowed].join(", ")}` });
        continue;
      }
      const values = enumValues(term.path);
      if (term.value !== undefined && values && !values.includes(term.value)) {
        problems.push({ field, message: `"${term.value}" er ikke en mulig værdi af ${term.path}. Mulige værdier: ${values.join(", ")}` });
      }
    }
  };
  const checkText = (text: string, field: string) => {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const path = match[1] ?? "";
      if (!known(path)) {
        problems.push({
          field,
          message: `pladsholderen {{${path}}} findes ikke i ${template.id}. Brug et felt (${[...allowed].slice(0, 6).join(", ")} …) eller derived.<navn> (${Object.keys(DERIVED_FIELDS).join(", ")})`,
        });
      }
    }
    const stray = text.replace(PLACEHOLDER, "").match(/\{\{|\}\}/);
    if (stray) problems.push({ field, message: "har {{ eller }} uden et gyldigt feltnavn imellem. Skriv fx {{project.title}}" });
  };

  const ids = new Set<string>();
  template.clauses.forEach((clause, c) => {
    if (ids.has(clause.id)) problems.push({ field: `clauses.${c}.id`, message: `"${clause.id}" bruges to gange. Hvert afsnit skal have sit eget id` });
    ids.add(clause.id);
    checkCondition(clause.when, `clauses.${c}.when`);
    clause.paragraphs.forEach((paragraph, p) => {
      checkCondition(paragraph.when, `clauses.${c}.paragraphs.${p}.when`);
      if ("text" in paragraph) checkText(paragraph.text, `clauses.${c}.paragraphs.${p}.text`);
    });
  });
  template.notes.forEach((note, n) => {
    checkCondition(note.when, `notes.${n}.when`);
    checkText(note.text, `notes.${n}.text`);
  });
  return problems;
}
