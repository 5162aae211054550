/**
 * Agreement templates are content (content/agreements/<id>.yaml) so a jurist can revise them by pull request.
 * A template is a list of clauses with stable ids, a guidance note each, optional conditions (`when`),
 * placeholders ({{project.title}}), number choices ({{#companies virksomheden|virksomhederne}}) and annexes
 * referred to by id ({{annex.budget}} → "bilag 2"). This module parses templates and checks every placeholder,
 * choice and condition against the fields the document's zod schema defines.
 */
import { z } from "zod";
import { legalReviewSchema } from "@/lib/content/schema";
import { sectionShapes } from "./answers";
import { DOCUMENT_IDS, documentFieldPaths, type DocumentId } from "./documents";

/** Values computed from the answers, for sentences the form fields cannot give directly. */
export const DERIVED_FIELDS = {
  publicNames: "de offentlige parters navne, fx \"Aarhus Kommune og Region Midtjylland\"",
  companyNames: "virksomhedernes navne, fx \"A ApS og B A/S\"",
  allPartyNames: "alle parters navne",
  knowledgeName: "videninstitutionens navn (tom, hvis den ikke er med)",
  legalBases: "de offentlige parters hjemmel, som de har skrevet den, fx \"Aarhus Kommune: kommunalfuldmagten\" (tom, hvis ingen har skrevet noget)",
  period: "projektperioden, fx \"1. februar 2027 til 31. januar 2028\"",
  startDate: "startdatoen skrevet på dansk",
  endDate: "slutdatoen skrevet på dansk",
  validUntil: "hensigtserklæringens udløbsdato skrevet på dansk",
  today: "dagens dato skrevet på dansk",
  disclosingParty: "de parter, der giver fortrolige oplysninger (ved envejs fortrolighed)",
  receivingParty: "de parter, der modtager fortrolige oplysninger (ved envejs fortrolighed)",
  penalty: "konventionalbodens beløb, fx \"50.000 kr.\"",
  liabilityCap: "ansvarsgrænsen, fx \"500.000 kr.\"",
  price: "det beløb, de offentlige parter betaler i alt, fx \"400.000 kr.\"",
  noticeMonths: "opsigelsesvarslet, fx \"1 måned\" eller \"3 måneder\"",
  years: "fortrolighedens varighed, fx \"3 år\"",
  codeLicence: "den åbne licens for software, fx \"European Union Public Licence (EUPL) version 1.2\"",
  annexList: "bilagene i dokumentet, fx \"bilag 1 (Projektbeskrivelse) og bilag 2 (Bidrag og budget)\"",
  accessBound: "de modtagende parter, der er omfattet af offentlighedsloven (i en fortrolighedsaftale)",
  processorNames: "de parter, der ikke er offentlige parter, i dokumentets partsliste, fx virksomhederne (databehandlerne i databehandleraftalen)",
  severalPublics: "sand, når der er mere end én offentlig part (til betingelser)",
  severalCompanies: "sand, når der er mere end én virksomhed (til betingelser)",
  severalProcessors: "sand, når der er mere end én part, der ikke er offentlig part, i dokumentets partsliste (til betingelser)",
} as const;

/** What {{#navn ental|flertal}} counts: the first text is used for one, the second for several. */
export const COUNTS = {
  publics: "de offentlige parter",
  companies: "virksomhederne",
  disclosers: "de parter, der giver fortrolige oplysninger",
  receivers: "de parter, der modtager fortrolige oplysninger",
  accessBound: "de modtagende parter, der er omfattet af offentlighedsloven",
  processors: "de parter, der ikke er offentlige parter, i dokumentets partsliste (databehandlerne i databehandleraftalen)",
} as const;

/** Parts of a document that code lays out: lists and tables that vary with the number of parties. */
export const BLOCKS = {
  parties: "parterne med CVR, EAN og adresse",
  contributions: "tabel over hver parts timer, naturalier og kontantbidrag med deres værdi og en sum",
  partyContributions: "hver parts bidrag med partens egne ord",
  signatures: "underskriftsfelter med sted og dato for alle parter",
} as const;

export type DerivedField = keyof typeof DERIVED_FIELDS;
export type BlockId = keyof typeof BLOCKS;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "skal være små bogstaver a-z, tal og bindestreger, fx udbudsmaessige-forhold" });
const condition = z.string().trim().min(1).max(400).optional();

export const paragraphSchema = z.union([
  z.strictObject({
    /** The paragraph's text; {{felt}} is replaced with an answer. A sentence always ends with a full stop. */
    text: z.string().trim().min(1).max(4000),
    /** Show the paragraph only when the condition holds. */
    when: condition,
  }),
  z.strictObject({
    /** A part laid out by code: parties, contributions, partyContributions or signatures. */
    block: z.enum(Object.keys(BLOCKS) as [BlockId, ...BlockId[]]),
    when: condition,
  }),
  z.strictObject({
    /** An answer written one item a line (e.g. project.milestones), shown as a bulleted list. */
    list: z.string().regex(/^[a-zA-Z][\w.]*$/),
    when: condition,
  }),
  z.strictObject({
    /** A fixed bulleted list, e.g. the exceptions to confidentiality; placeholders work as in text. */
    items: z.array(z.string().trim().min(1).max(600)).min(1),
    when: condition,
  }),
  z.strictObject({
    /** A subheading inside an annex. */
    heading: z.string().trim().min(2).max(120),
    when: condition,
  }),
]);

export const clauseSchema = z.strictObject({
  /** Stable id; never change it once published, because guidance and tests point to it. */
  id: slug,
  title: z.string().trim().min(2).max(120),
  /** Plain-language guidance: shown beside the clause in the tool and in the læsevejledning. Says what a jurist must check. */
  guidance: z.string().trim().min(20).max(1500),
  when: condition,
  paragraphs: z.array(paragraphSchema).min(1),
});

export const noteSchema = z.strictObject({
  /** Shown before download and in the læsevejledning when the condition holds: what a jurist must look at. */
  when: z.string().trim().min(1).max(400),
  /** A stop note says the agreement cannot be used as it stands; it comes first, under its title. */
  stop: z.boolean().optional(),
  title: z.string().trim().min(5).max(160).optional(),
  text: z.string().trim().min(20).max(1500),
  /** Optional link to the guide, e.g. /jura/udbudsfri-opi. */
  link: z.string().regex(/^\/[a-z0-9/-]*$/).optional(),
});

/** A template version: three numbers, 1.0.0. Also what a version read from an uploaded file must look like. */
export const TEMPLATE_VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;
const version = z.string().regex(TEMPLATE_VERSION, { error: "skal være et versionsnummer som 1.0.0" });

/** How a document names a kind of party, and whether that party signs it at all. */
const partyRoleSchema = z.strictObject({
  /** The party's role in this document, e.g. "Dataansvarlig". Shown after its name in the list of parties. */
  label: z.string().trim().min(3).max(60),
  /** Include parties of this kind only when the condition holds, e.g. data.knowledgeProcessor. */
  when: condition,
});

export const templateSchema = z.strictObject({
  id: z.enum(DOCUMENT_IDS),
  title: z.string().trim().min(3).max(120),
  /** Changes with every revision of the text (semantic: 1.0.0 → 1.1.0 for new wording, 2.0.0 for new structure). */
  version,
  /**
   * Whether a jurist has reviewed the text: the same block as a page's (status, reviewer, date). Until status is
   * gennemgaaet, the documents and the builder say "Ikke gennemgået af en jurist endnu".
   */
  legalReview: z
    .unknown()
    .refine((value) => typeof value === "object" && value !== null, {
      error: "mangler. Skriv legalReview: med status: ikke-gennemgaaet, eller med status: gennemgaaet, reviewer og date, når en navngiven jurist har gennemgået skabelonen",
    })
    .pipe(legalReviewSchema),
  /** With status gennemgaaet: the version the jurist reviewed. It must be this template's version. */
  reviewedVersion: version.optional(),
  /** What changed in each version, newest first; shown when answers from an older version are read back. */
  changes: z.array(z.strictObject({ version, text: z.array(z.string().trim().min(10).max(400)).min(1) })).default([]),
  /**
   * Optional: the document's own names for the kinds of party (offentlig, virksomhed, videninstitution), and when a
   * kind takes part at all. Left out, every party takes part under its usual name.
   */
  partyRoles: z
    .strictObject({ offentlig: partyRoleSchema.optional(), virksomhed: partyRoleSchema.optional(), videninstitution: partyRoleSchema.optional() })
    .optional(),
  /** A short paragraph under the title. */
  intro: z.string().trim().min(10).max(1500),
  clauses: z.array(clauseSchema).min(1),
  /** Annexes in the same document, after the signatures; numbered in order as they are included. */
  annexes: z.array(clauseSchema).default([]),
  notes: z.array(noteSchema).default([]),
});

export type Template = z.infer<typeof templateSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;

export { CHOICE, evaluate, parseCondition, PLACEHOLDER, type Condition, type Term } from "./conditions";
import { CHOICE, parseCondition, PLACEHOLDER } from "./conditions";

/** "Ikke gennemgået af en jurist endnu", or who reviewed this version and when. */
export { reviewStatement } from "./review";

/** -1, 0 or 1 as version a is older than, the same as or newer than b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) < (pb[i] ?? 0) ? -1 : 1;
  return 0;
}

/** The changes made since a version, oldest first. */
export function changesSince(template: Template, since: string): string[] {
  return template.changes
    .filter((change) => compareVersions(change.version, since) > 0 && compareVersions(change.version, template.version) <= 0)
    .sort((a, b) => compareVersions(a.version, b.version))
    .flatMap((change) => change.text);
}

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

export function checkTemplate(template: Template, fileId: string, today = new Date().toISOString().slice(0, 10)): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (template.id !== fileId) problems.push({ field: "id", message: `er "${template.id}", men filen hedder ${fileId}.yaml. Gør dem ens` });
  const allowed = documentFieldPaths(template.id as DocumentId);
  const annexIds = new Set(template.annexes.map((annex) => annex.id));
  const known = (path: string) =>
    allowed.has(path) ||
    (path.startsWith("derived.") && Object.hasOwn(DERIVED_FIELDS, path.slice(8))) ||
    (/^[aA]nnex\./.test(path) && annexIds.has(path.slice(6)));

  const review = template.legalReview;
  if (review.status === "gennemgaaet") {
    if (template.reviewedVersion !== template.version) {
      problems.push({
        field: "reviewedVersion",
        message: `${template.reviewedVersion ? `gennemgangen gælder version ${template.reviewedVersion}` : "mangler"}, men skabelonen er version ${template.version}. Få den nye tekst gennemgået og skriv reviewedVersion: "${template.version}", eller sæt legalReview til status: ikke-gennemgaaet`,
      });
    }
    if (review.date && review.date > today) problems.push({ field: "legalReview.date", message: `${review.date} ligger i fremtiden. Skriv den dato, juristen gennemgik teksten` });
  } else if (template.reviewedVersion) {
    problems.push({ field: "reviewedVersion", message: "hører kun til legalReview med status: gennemgaaet. Slet feltet" });
  }
  if (!template.changes.some((change) => change.version === template.version) && template.version !== "1.0.0") {
    problems.push({ field: "changes", message: `mangler en linje om, hvad der er nyt i version ${template.version}. Tilføj den øverst under changes` });
  }

  const checkCondition = (source: string | undefined, field: string) => {
    if (!source) return;
    const parsed = parseCondition(source);
    if ("error" in parsed) {
      problems.push({ field, message: parsed.error });
      return;
    }
    for (const term of parsed.any.flat()) {
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
          message: `pladsholderen {{${path}}} findes ikke i ${template.id}. Brug et felt (${[...allowed].slice(0, 6).join(", ")} …), derived.<navn> (${Object.keys(DERIVED_FIELDS).join(", ")}) eller annex.<bilag> (${[...annexIds].join(", ") || "ingen bilag"})`,
        });
      }
    }
    for (const match of text.matchAll(CHOICE)) {
      if (!Object.hasOwn(COUNTS, match[1] ?? "")) problems.push({ field, message: `{{#${match[1]} …}} tæller ikke noget kendt. Brug ${Object.keys(COUNTS).map((c) => `{{#${c} ental|flertal}}`).join(", ")}` });
    }
    const stray = text.replace(PLACEHOLDER, "").replace(CHOICE, "").match(/\{\{|\}\}/);
    if (stray) problems.push({ field, message: "har {{ eller }} uden et gyldigt feltnavn imellem. Skriv fx {{project.title}} eller {{#companies virksomheden|virksomhederne}}" });
  };

  const checkParts = (parts: Template["clauses"], kind: "clauses" | "annexes") => {
    const ids = new Set<string>();
    parts.forEach((clause, c) => {
      if (ids.has(clause.id)) problems.push({ field: `${kind}.${c}.id`, message: `"${clause.id}" bruges to gange. Hvert afsnit skal have sit eget id` });
      ids.add(clause.id);
      checkCondition(clause.when, `${kind}.${c}.when`);
      clause.paragraphs.forEach((paragraph, p) => {
        const field = `${kind}.${c}.paragraphs.${p}`;
        checkCondition(paragraph.when, `${field}.when`);
        if ("text" in paragraph) checkText(paragraph.text, `${field}.text`);
        if ("heading" in paragraph) checkText(paragraph.heading, `${field}.heading`);
        if ("items" in paragraph) paragraph.items.forEach((item, i) => checkText(item, `${field}.items.${i}`));
        if ("list" in paragraph && !allowed.has(paragraph.list)) problems.push({ field: `${field}.list`, message: `"${paragraph.list}" er ikke et felt i ${template.id}` });
      });
    });
  };
  checkParts(template.clauses, "clauses");
  checkParts(template.annexes, "annexes");
  checkText(template.intro, "intro");
  for (const [role, value] of Object.entries(template.partyRoles ?? {})) checkCondition(value?.when, `partyRoles.${role}.when`);
  template.notes.forEach((note, n) => {
    checkCondition(note.when, `notes.${n}.when`);
    checkText(note.text, `notes.${n}.text`);
    if (note.stop && !note.title) problems.push({ field: `notes.${n}.title`, message: "en stop-note skal have en titel, der siger, hvad der er galt" });
  });
  return problems;
}
