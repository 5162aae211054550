/**
 * The vejvalg's decision table as content: content/vejvalg/regler.yaml (the rules) and testtilfaelde.yaml (answers
 * and the outcome a jurist expects). This module reads and validates both files with the content's one strict YAML
 * reader (lib/content/frontmatter.ts): no tags, anchors or aliases, and a time limit.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { parseYaml } from "@/lib/content/frontmatter";
import { formatIssueAt, isoDate, legalReviewSchema, text } from "@/lib/content/schema";
import { contentTimeLimitMs, describeLimit, TimeLimitExceeded, withinTimeLimit } from "@/lib/content/time-limit";
import { OPI_TYPES } from "@/lib/content/vocabulary";
import { AGREEMENT_LABELS, BASIS_LABELS, QUESTION_IDS, RIGHTS_LABELS, ROUTES, SOURCE_KINDS, UNDECIDED } from "./vejvalg";

export interface TableProblem {
  file: string;
  field: string;
  message: string;
  severity: "error" | "warning";
}

// ---------------------------------------------------------------------------
// The rules file

const slug = z.string({ error: "mangler; skriv et id med små bogstaver a-z, tal og bindestreger" }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: "skal være små bogstaver a-z, tal og bindestreger, fx fuld-betaling-deling",
});
/** A rule's conditions: question (or route, rule, rights, agreement) → the answers for which the rule holds. */
const whenSchema = z
  .record(z.string(), z.array(z.string({ error: "skal være et svar, fx nej" }), { error: "skal være en liste af svar, fx [nej, delvis]" }).min(1, { error: "er tom. Skriv mindst ét svar, eller slet betingelsen" }))
  .default({});
const reasons = z.array(text(10, 800), { error: "mangler. Skriv mindst én begrundelse i klarsprog" }).min(1, { error: "mangler. Skriv mindst én begrundelse i klarsprog" });
const sourceIds = z.array(z.string(), { error: "mangler. Skriv mindst én kilde fra sources, fx [udbl-22]" }).min(1, { error: "mangler. Skriv mindst én kilde fra sources, fx [udbl-22]" });
const link = z
  .string()
  .regex(/^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/, { error: "skal være en side i guiden, der begynder med /, fx /jura/udbudsfri-opi" })
  .optional();
const findOutFirst = z.array(text(10, 400)).optional();

const sourceSchema = z
  .strictObject({
    /** lov (Danish act), eu (EU act), vejledning (guidance) or side (a page of the guide). */
    kind: z.enum(SOURCE_KINDS),
    /** What the reader sees, fx "Udbudsloven § 22". */
    title: text(3, 200),
    /** The full citation: the act's number with § and stk., the CELEX number, or the guidance's title. */
    reference: text(3, 300),
    publisher: text(2, 120).optional(),
    date: isoDate.optional(),
    url: z.string().regex(/^(https:\/\/[^\s]+|\/[a-z0-9/-]*(#[a-z0-9-]+)?)$/, { error: "skal være en fuld adresse, der begynder med https://, eller en side i guiden, der begynder med /" }).optional(),
  })
  .superRefine((source, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    if (source.kind === "lov") {
      if (!/§/.test(source.reference)) issue("reference", "en lov skal citeres med paragraf, fx »§ 22, nr. 1 og 2« eller »§ 2, stk. 2«");
      if (!/\bnr\.\s*\d+/.test(source.reference)) issue("reference", "en lov skal citeres med sit nummer, fx »lov nr. 1564 af 15. december 2015 med senere ændringer« eller »LBK nr. 230 af 29. februar 2024«");
    }
    if (source.kind === "eu" && !/CELEX:?\s*\d{5}[A-Z]{1,2}\d{3,4}(\(\d{2}\))?/.test(source.reference)) issue("reference", "en EU-retsakt skal citeres med sit CELEX-nummer, fx »CELEX 32016R0679«");
    if (source.kind === "vejledning" && !source.publisher) issue("publisher", "mangler. Skriv, hvem der har udgivet vejledningen, fx »Konkurrence- og Forbrugerstyrelsen«");
    if (source.kind !== "side" && !source.url?.startsWith("https://")) issue("url", "mangler. Skriv en fuld adresse, der begynder med https://, hvor læseren kan finde kilden");
    if (source.kind === "side" && !source.url?.startsWith("/")) issue("url", "skal være en side i guiden, der begynder med /, fx /om-opi");
  });

const ruleSchema = z.strictObject({
  /** Stable id: test cases, other tables and reports point to it. */
  id: slug,
  when: whenSchema,
  route: z.enum(ROUTES),
  /** For udbudsfri only: why no tender is needed. */
  basis: z.enum(Object.keys(BASIS_LABELS) as [keyof typeof BASIS_LABELS, ...(keyof typeof BASIS_LABELS)[]]).optional(),
  agreement: z.enum(Object.keys(AGREEMENT_LABELS) as [keyof typeof AGREEMENT_LABELS, ...(keyof typeof AGREEMENT_LABELS)[]]),
  reasons,
  sources: sourceIds,
  link,
  findOutFirst,
});

const typeRuleSchema = z.strictObject({
  id: slug,
  when: whenSchema,
  type: z.enum([...OPI_TYPES, UNDECIDED]),
  reasons,
  sources: sourceIds,
  link,
  findOutFirst,
});

const rightsRuleSchema = z.strictObject({
  id: slug,
  when: whenSchema,
  rights: z.enum([...(Object.keys(RIGHTS_LABELS) as (keyof typeof RIGHTS_LABELS)[]), UNDECIDED]),
  reasons,
  sources: sourceIds,
  link,
  findOutFirst,
});

const riskSchema = z.strictObject({
  id: slug,
  when: whenSchema,
  title: text(3, 80),
  text: text(20, 800),
  sources: sourceIds,
  link,
});

/** What to find out when a question is answered »Ved ikke«: one line for every question. */
const findOutSchema = z.strictObject(Object.fromEntries(QUESTION_IDS.map((id) => [id, text(10, 400)])));

export const tableSchema = z.strictObject({
  /** Changes with every revision of the rules (2.0.0 → 2.1.0 for new wording, 3.0.0 for new rules). */
  version: z.string({ error: "mangler; skriv et versionsnummer som 2.0.0" }).regex(/^\d+\.\d+\.\d+$/, { error: "skal være et versionsnummer som 2.0.0" }),
  /** Whether a jurist has reviewed the whole table and its test cases: the same field as a page's (lib/content/schema.ts). */
  legalReview: legalReviewSchema,
  sources: z.record(slug, sourceSchema),
  findOut: findOutSchema,
  rules: z.array(ruleSchema).min(1, { error: "mangler. Skriv mindst én regel" }),
  types: z.array(typeRuleSchema).min(1, { error: "mangler. Skriv mindst én regel for typen af OPI" }),
  rights: z.array(rightsRuleSchema).min(1, { error: "mangler. Skriv mindst én regel for rettighederne" }),
  risks: z.array(riskSchema).default([]),
});

export type VejvalgTable = z.infer<typeof tableSchema>;
export type RouteRule = VejvalgTable["rules"][number];
export type TypeRule = VejvalgTable["types"][number];
export type RightsRule = VejvalgTable["rights"][number];
export type RiskRule = VejvalgTable["risks"][number];
export type Condition = RouteRule["when"];

// ---------------------------------------------------------------------------
// The test cases file

const expectSchema = z.strictObject({
  /** The id of the rule in rules that should decide the route. */
  rule: z.string().optional(),
  route: z.enum(ROUTES, { error: `mangler. Skriv den vej, I forventer: ${ROUTES.join(", ")}` }),
  basis: z.enum([...(Object.keys(BASIS_LABELS) as (keyof typeof BASIS_LABELS)[]), "ingen"]).optional(),
  type: z.enum([...OPI_TYPES, UNDECIDED]).optional(),
  agreement: z.enum(Object.keys(AGREEMENT_LABELS) as [keyof typeof AGREEMENT_LABELS, ...(keyof typeof AGREEMENT_LABELS)[]]).optional(),
  /** ingen: the result has no rights model, because the agreement is not the samarbejdsaftale. */
  rights: z.enum([...(Object.keys(RIGHTS_LABELS) as (keyof typeof RIGHTS_LABELS)[]), UNDECIDED, "ingen"]).optional(),
  provisional: z.boolean().optional(),
  /** Risk ids that must be shown, and ids that must not. */
  risks: z.array(z.string()).default([]),
  notRisks: z.array(z.string()).default([]),
  /** Words that must appear in »Afklar først«. */
  findOutFirst: z.array(z.string()).default([]),
});

export const casesSchema = z.strictObject({
  /** The answers every case starts from; a case names only what it changes. */
  base: z.record(z.string(), z.string()),
  cases: z
    .array(
      z.strictObject({
        name: text(3, 200),
        answers: z.record(z.string(), z.string()).default({}),
        expect: expectSchema,
      }),
    )
    .min(1, { error: "mangler. Skriv mindst ét testtilfælde" }),
});

export type VejvalgCases = z.infer<typeof casesSchema>;

// ---------------------------------------------------------------------------
// Reading the folder

export const RULES_FILE = "regler.yaml";
export const CASES_FILE = "testtilfaelde.yaml";

async function readYaml<T>(file: string, schema: z.ZodType<T>, problems: TableProblem[]): Promise<T | undefined> {
  let source: string;
  try {
    source = await readFile(/*turbopackIgnore: true*/ file, "utf8");
  } catch {
    problems.push({ file: path.relative(process.cwd(), file), field: "(filen)", message: "findes ikke. Opret den (se content/README.md)", severity: "error" });
    return undefined;
  }
  const shown = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    const parsed = withinTimeLimit(contentTimeLimitMs(), () => parseYaml(source));
    if (!parsed.ok) {
      problems.push({ file: shown, field: "yaml", message: parsed.message, severity: "error" });
      return undefined;
    }
    data = parsed.value;
  } catch (error) {
    const message = error instanceof TimeLimitExceeded ? `kunne ikke læses på ${describeLimit(error.limitMs)}. Skriv felterne som navn: værdi, og lister med - foran hvert punkt` : "kan ikke læses. Gem filen som tekst (UTF-8), og prøv igen";
    problems.push({ file: shown, field: "yaml", message, severity: "error" });
    return undefined;
  }
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file: shown, ...formatIssueAt(issue, ""), severity: "error" });
    return undefined;
  }
  return result.data;
}

/** Reads regler.yaml and testtilfaelde.yaml from a folder; every problem comes back with file, field and fix. */
export async function readVejvalgFolder(dir: string): Promise<{ table?: VejvalgTable; cases?: VejvalgCases; problems: TableProblem[]; files: { rules: string; cases: string } }> {
  const problems: TableProblem[] = [];
  const rulesFile = path.join(/*turbopackIgnore: true*/ dir, RULES_FILE);
  const casesFile = path.join(/*turbopackIgnore: true*/ dir, CASES_FILE);
  const table = await readYaml(rulesFile, tableSchema, problems);
  const cases = await readYaml(casesFile, casesSchema, problems);
  return { table, cases, problems, files: { rules: path.relative(process.cwd(), rulesFile), cases: path.relative(process.cwd(), casesFile) } };
}
