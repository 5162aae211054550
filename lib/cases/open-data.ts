/**
 * The cases as an open dataset: one record per case, described by one zod schema. That schema is published as a
 * JSON Schema (/cases.schema.json), validates /cases.json before it is served, names the columns of /cases.csv
 * (one per field of the record, nested fields as "status.value") and gives the Danish description of each column
 * on /cases/aabne-data. Sources and the provenance of every fact go into the data as they are on the page.
 */
import { z } from "zod";
import { AREAS, AUDIENCES, CASE_STATUSES, OPI_TYPES, PARTNER_KINDS, PHASES } from "@/lib/content/vocabulary";
import type { CaseFrontmatter } from "@/lib/content/schema";
import { partnerKinds } from "./catalogue";

export const LICENSE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.da" } as const;

const sourceRef = z
  .string()
  .nullable()
  .describe("Id'et på den kilde under sources, der siger det. Tom (null) i et eksempel, der ikke har kilder");

/** The value of a cited fact; its column takes the fact's own description. */
const factValue = z.string();
const citedName = z.strictObject({ name: z.string().describe("Navnet, som kilden skriver det"), source: sourceRef });
const citedValue = z.strictObject({ value: factValue, source: sourceRef });
const citedText = z.strictObject({ text: factValue, source: sourceRef });

export const openCaseSchema = z
  .strictObject({
    slug: z.string().describe("Casens korte navn. Det er også den sidste del af casens adresse"),
    url: z.string().describe("Casens adresse i OPI-guiden"),
    title: z.string().describe("Casens titel"),
    summary: z.string().describe("Et kort resumé med fakta fra kilderne"),
    example: z.boolean().describe("true (i CSV: ja), når casen er et opdigtet eksempel og ikke et virkeligt projekt"),
    illustrates: z.string().nullable().describe("Kun i eksempler: hvad eksemplet viser, som ingen virkelig case viser"),
    date: z.string().describe("Hvornår casen blev skrevet eller sidst tjekket mod kilderne (ÅÅÅÅ-MM-DD)"),
    phases: z.array(z.enum(PHASES)).describe("Redaktionens indplacering: de faser, kilderne beskriver"),
    audience: z.array(z.enum(AUDIENCES)).describe("Redaktionens indplacering: hvem casen er mest nyttig for"),
    area: z.enum(AREAS).describe("Redaktionens indplacering: velfærdsområdet"),
    opiType: z.enum(OPI_TYPES).describe("Redaktionens indplacering: typen af OPI"),
    status: z
      .strictObject({
        value: z.enum(CASE_STATUSES).describe("Hvor projektet står ifølge kilden: igangvaerende, afsluttet, stoppet eller ukendt, når ingen kilde siger det"),
        source: sourceRef,
        note: z.string().nullable().describe("Hvad kilderne siger om status, når det kræver en forklaring"),
      })
      .describe("Projektets status"),
    publicParties: z.array(citedName).describe("De offentlige parter, hver med sin kilde"),
    companies: z.array(citedName).describe("Virksomhederne, hver med sin kilde"),
    knowledgeInstitutions: z.array(citedName).describe("Videninstitutionerne, hver med sin kilde"),
    partnerKinds: z
      .array(z.enum(PARTNER_KINDS))
      .describe("Afledt af parterne: flere-offentlige (mere end én offentlig part), flere-virksomheder (mere end én virksomhed), videninstitution (mindst én)"),
    period: citedValue.nullable().describe("Hvornår projektet kørte, som kilden skriver det"),
    duration: citedValue.nullable().describe("Hvor længe projektet varede, som kilden skriver det"),
    results: z
      .strictObject({
        citizen: citedText.nullable().describe("Resultatet for borgeren, som kilden beskriver det"),
        publicBody: citedText.nullable().describe("Resultatet for den offentlige part, som kilden beskriver det"),
        company: citedText.nullable().describe("Resultatet for virksomheden, som kilden beskriver det"),
      })
      .describe("Resultater på de tre bundlinjer, kun dem en kilde nævner"),
    figures: z.array(citedText).describe("Hvert tal, casen nævner, med kilde"),
    lessons: z.array(citedText).describe("Det, kilderne fremhæver som læring, med kilde"),
    agreement: citedValue.nullable().describe("Den aftale, kilden siger, parterne brugte"),
    sources: z
      .array(
        z.strictObject({
          id: z.string().describe("Kildens id, som oplysningerne henviser til"),
          title: z.string().describe("Kildens titel"),
          publisher: z.string().nullable().describe("Hvem der har udgivet kilden"),
          date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable().describe("Hvornår kilden blev udgivet, så præcist som kilden viser det (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)"),
          url: z.string().nullable().describe("Kildens adresse"),
        }),
      )
      .describe("Casens kilder, i den rækkefølge siden nummererer dem"),
  })
  .describe("En case om et OPI-projekt");

export type OpenCase = z.infer<typeof openCaseSchema>;

export const openDataSchema = z
  .strictObject({
    $schema: z.string().describe("Adressen på dette JSON Schema"),
    title: z.string(),
    description: z.string(),
    publisher: z.string(),
    license: z.strictObject({ name: z.literal(LICENSE.name), url: z.literal(LICENSE.url) }).describe("Licensen for data"),
    attribution: z.string().describe("Sådan kan du kreditere data"),
    source: z.string().describe("Adressen på case-kataloget"),
    documentation: z.string().describe("Adressen på siden, der beskriver hvert felt"),
    modified: z.string().describe("Datoen for den seneste ændring af en case (ÅÅÅÅ-MM-DD)"),
    count: z.number().int().describe("Antallet af cases"),
    cases: z.array(openCaseSchema),
  })
  .describe("Cases om offentlig-privat innovation fra OPI-guiden");

export type OpenData = z.infer<typeof openDataSchema>;

export const OPEN_DATA_PATHS = { json: "/cases.json", csv: "/cases.csv", schema: "/cases.schema.json", documentation: "/cases/aabne-data" } as const;

interface CaseLike {
  slug: string;
  url: string;
  frontmatter: CaseFrontmatter;
}

const cite = <T extends { source?: string }>(fact: T) => ({ ...fact, source: fact.source ?? null });

export function caseRecord(entry: CaseLike, absolute: (path: string) => string): OpenCase {
  const f = entry.frontmatter;
  const orNull = <T extends { source?: string }>(fact: T | undefined) => (fact ? cite(fact) : null);
  return {
    slug: entry.slug,
    url: absolute(entry.url),
    title: f.title,
    summary: f.summary,
    example: f.example,
    illustrates: f.illustrates ?? null,
    date: f.date,
    phases: f.phases,
    audience: f.audience,
    area: f.area,
    opiType: f.opiType,
    status: { value: f.status.value, source: f.status.source ?? null, note: f.status.note ?? null },
    publicParties: f.publicParties.map(cite),
    companies: f.companies.map(cite),
    knowledgeInstitutions: f.knowledgeInstitutions.map(cite),
    partnerKinds: partnerKinds(f),
    period: orNull(f.period),
    duration: orNull(f.duration),
    results: { citizen: orNull(f.results.citizen), publicBody: orNull(f.results.publicBody), company: orNull(f.results.company) },
    figures: f.figures.map(cite),
    lessons: f.lessons.map(cite),
    agreement: orNull(f.agreement),
    sources: f.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher ?? null, date: s.date ?? null, url: s.url ?? null })),
  };
}

/** The latest date a case was written or checked: the dataset's date of last change. */
export function lastModified(entries: readonly CaseLike[]): string {
  return entries.reduce((latest, entry) => (entry.frontmatter.date > latest ? entry.frontmatter.date : latest), "1970-01-01");
}

/** /cases.json, checked against its own schema before it leaves the server. */
export function casesDocument(entries: readonly CaseLike[], absolute: (path: string) => string): OpenData {
  const cases = entries.map((entry) => caseRecord(entry, absolute));
  return openDataSchema.parse({
    $schema: absolute(OPEN_DATA_PATHS.schema),
    title: "OPI-guiden: cases",
    description: "Cases om offentlig-privat innovation. Virkelige projekter bygger på offentlige kilder; hver oplysning nævner sin kilde. Eksempler er opdigtede og har example: true.",
    publisher: "OPI-guiden",
    license: LICENSE,
    attribution: `OPI-guiden, ${absolute("/cases")} (${LICENSE.name})`,
    source: absolute("/cases"),
    documentation: absolute(OPEN_DATA_PATHS.documentation),
    modified: lastModified(entries),
    count: cases.length,
    cases,
  });
}

/** The JSON Schema that /cases.json follows, generated from the schema that checks it. */
export function casesJsonSchema(absolute: (path: string) => string): Record<string, unknown> {
  return { $id: absolute(OPEN_DATA_PATHS.schema), title: "OPI-guiden: cases", ...z.toJSONSchema(openDataSchema) };
}

// ---------------------------------------------------------------------------
// Columns: one per field of a case record, nested fields as "status.value". The same list heads /cases.csv and
// fills the table on /cases/aabne-data.

export interface Column {
  /** "title", "status.value" … */
  path: string;
  description: string;
  /** How the field is written in a CSV cell. */
  kind: "text" | "yes-no" | "list" | "cited-list" | "sources";
}

function describe(schema: z.ZodType): string {
  return schema.description ?? "";
}

function columnsOf(shape: Record<string, z.ZodType>, prefix = "", inherited = ""): Column[] {
  return Object.entries(shape).flatMap(([key, raw]) => {
    const path = `${prefix}${key}`;
    const inner = raw instanceof z.ZodNullable ? (raw.unwrap() as z.ZodType) : raw;
    const description = describe(raw) || describe(inner);
    if (inner instanceof z.ZodObject) return columnsOf(inner.shape as Record<string, z.ZodType>, `${path}.`, description || inherited);
    if (inner instanceof z.ZodArray) {
      const element = inner.element as z.ZodType;
      const kind = key === "sources" ? "sources" : element instanceof z.ZodObject ? "cited-list" : "list";
      return [{ path, description, kind }];
    }
    if (inner instanceof z.ZodBoolean) return [{ path, description, kind: "yes-no" }];
    // The value of a cited fact is described by the fact itself: "period.value" is the period.
    return [{ path, description: description || inherited, kind: "text" }];
  });
}

export const CASE_COLUMNS: readonly Column[] = columnsOf(openCaseSchema.shape as unknown as Record<string, z.ZodType>);

/**
 * A spreadsheet reads a cell that starts with =, +, -, @, tab or carriage return as a formula.
 * Such cells get a leading apostrophe, so an editor's text can never run as a formula (CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function valueAt(record: OpenCase, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : null), record);
}

type Cited = { name?: string; text?: string; source: string | null };
type SourceRecord = OpenCase["sources"][number];

function cellOf(column: Column, value: unknown): string {
  if (value === null || value === undefined) return "";
  switch (column.kind) {
    case "yes-no":
      return value ? "ja" : "nej";
    case "list":
      return (value as string[]).join(" | ");
    case "cited-list":
      return (value as Cited[]).map((item) => `${item.name ?? item.text ?? ""}${item.source ? ` [${item.source}]` : ""}`).join(" | ");
    case "sources":
      return (value as SourceRecord[]).map((s) => [`[${s.id}] ${s.title}`, s.publisher, s.date, s.url].filter(Boolean).join(" – ")).join(" | ");
    default:
      return String(value);
  }
}

/** /cases.csv: the columns of CASE_COLUMNS, UTF-8 with a byte order mark so Excel reads æøå. */
export function casesCsv(records: readonly OpenCase[]): string {
  const rows = records.map((record) => CASE_COLUMNS.map((column) => cellOf(column, valueAt(record, column.path))));
  return `\ufeff${[CASE_COLUMNS.map((c) => c.path), ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
