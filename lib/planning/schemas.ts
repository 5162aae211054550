/**
 * The zod schemas of the planning tools. One place validates the browser form, the plain HTML form
 * (JavaScript off) and the download route. Every message is Danish and says how to fix the field.
 */
import { z } from "zod";
import { answerString, danishIssue } from "@/lib/text/schema";
import { VEJVALG_QUESTIONS, type VejvalgAnswers } from "./vejvalg";
import { DIMENSIONS, MAX_NEEDS, SOLUTION_OPTIONS, type Need } from "./behovsscreening";
import { MAX_PARTNERS, PARTNER_KINDS, PARTNER_STATUSES, type PartnerScreening } from "./partnerscreening";
import { BOTTOM_LINES, FIELDS, LIMITS, MAX_YEARS, numberIn, type BusinessCase } from "./business-case";

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: Record<string, string> };

const text = (message: string, max: number, label: string) =>
  answerString(label, { error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `${label} må højst være ${max} tegn. Forkort teksten` });

const optional = (max: number, label: string) =>
  answerString(label)
    .trim()
    .max(max, { error: `${label} må højst være ${max} tegn. Forkort teksten` })
    .optional()
    .transform((value) => (value ? value : undefined));

const choice = <T extends readonly { value: string }[]>(options: T, message: string) =>
  z.enum(options.map((o) => o.value) as [T[number]["value"], ...T[number]["value"][]], { error: message });

function check<T>(schema: z.ZodType<T>, draft: unknown): Checked<T> {
  const result = schema.safeParse(draft, { error: danishIssue });
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

// ---------------------------------------------------------------------------
// Vejvalg

const VEJVALG_MESSAGES: Record<string, string> = {
  need: "Vælg, hvor klart behovet er",
  market: "Vælg, om der findes en løsning på markedet",
  payment: "Vælg, om den offentlige part betaler for udviklingen",
  purchase: "Vælg, om den offentlige part vil købe løsningen bagefter",
  benefit: "Vælg, hvem der skal have udbyttet af udviklingen",
  risk: "Vælg, hvor stor udviklingsrisikoen er",
  competition: "Vælg, om flere virksomheder skal udvikle i konkurrence",
  results: "Vælg, hvor meget resultaterne betyder",
  background: "Vælg, hvor meget parternes egen viden betyder",
  publication: "Vælg, om I kan offentliggøre resultaterne",
  personalData: "Vælg, om I skal behandle personoplysninger",
  scale: "Vælg, hvor stort samarbejdet er",
};

export const vejvalgSchema = z.object(
  Object.fromEntries(VEJVALG_QUESTIONS.map((q) => [q.id, choice(q.options, `${VEJVALG_MESSAGES[q.id]}. Vælg »Ved ikke«, hvis I ikke ved det endnu`)])),
) as unknown as z.ZodType<VejvalgAnswers>;

// ---------------------------------------------------------------------------
// Behovsscreening

const rating = (label: string) => z.coerce.number({ error: `Giv ${label} en score fra 1 til 5` }).int().min(1, { error: `Giv ${label} en score fra 1 til 5` }).max(5, { error: `Giv ${label} en score fra 1 til 5` });

const needSchema = z
  .object({
    title: text("Skriv en kort titel på behovet", 120, "Titlen"),
    description: text("Beskriv behovet", 2000, "Beskrivelsen"),
    targetGroup: text("Skriv, hvem målgruppen er", 500, "Målgruppen"),
    others: optional(1000, "Teksten om andre med behovet"),
    solutions: choice(SOLUTION_OPTIONS, "Vælg, om der findes løsninger i dag"),
    solutionsNote: optional(1000, "Teksten om løsninger"),
    ...Object.fromEntries(DIMENSIONS.map((d) => [d.id, z.preprocess((v) => (v === "" ? undefined : v), rating(d.label.toLowerCase()))])),
  })
  .transform((need) => ({
    title: need.title,
    description: need.description,
    targetGroup: need.targetGroup,
    others: need.others,
    solutions: need.solutions,
    solutionsNote: need.solutionsNote,
    ratings: Object.fromEntries(DIMENSIONS.map((d) => [d.id, (need as unknown as Record<string, number>)[d.id]])),
  })) as unknown as z.ZodType<Need>;

export const behovsscreeningSchema = z.object({
  project: optional(200, "Navnet"),
  needs: z.array(needSchema, { error: "Beskriv mindst ét behov" }).min(1, { error: "Beskriv mindst ét behov" }).max(MAX_NEEDS, { error: `Der må højst være ${MAX_NEEDS} behov` }),
});
export type Behovsscreening = z.infer<typeof behovsscreeningSchema>;

// ---------------------------------------------------------------------------
// Partnerscreening

const partnerSchema = z.object({
  name: text("Skriv partnerens navn, eller hvilken slags partner I søger", 200, "Navnet"),
  kind: choice(PARTNER_KINDS, "Vælg, hvilken slags partner det er"),
  status: choice(PARTNER_STATUSES, "Vælg, om partneren er kendt eller ønsket"),
  brings: text("Skriv, hvad partneren bidrager med", 1000, "Teksten om partnerens bidrag"),
  goals: optional(1000, "Teksten om partnerens egne mål"),
  reach: optional(1000, "Teksten om, hvordan I når dem"),
});

export const partnerscreeningSchema = z.object({
  project: optional(200, "Navnet"),
  goal: text("Skriv jeres fælles mål", 1000, "Målet"),
  partners: z.array(partnerSchema, { error: "Tilføj mindst én partner" }).min(1, { error: "Tilføj mindst én partner" }).max(MAX_PARTNERS, { error: `Der må højst være ${MAX_PARTNERS} partnere` }),
}) as unknown as z.ZodType<PartnerScreening>;

// ---------------------------------------------------------------------------
// Business case

/** A number typed as text: empty is 0, anything else must lie between 0 and max. */
const numberText = (max: number, message: string) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      const parsed = numberIn(value ?? "", max);
      if (parsed === null) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return parsed;
    });

const amount = numberText(LIMITS.amount, "Skriv et beløb i hele kroner, fx 25000. Lad feltet stå tomt, hvis det er 0");

const yearSchema = z.object(Object.fromEntries(FIELDS.map((field) => [field, amount])));

export const businessCaseSchema = z
  .object({
    title: text("Skriv projektets navn", LIMITS.title, "Navnet"),
    period: z.coerce.number({ error: `Vælg, hvor mange år business casen dækker` }).int().min(1, { error: "Vælg mellem 1 og 5 år" }).max(MAX_YEARS, { error: "Vælg mellem 1 og 5 år" }),
    rate: numberText(LIMITS.rate, "Skriv renten som et tal mellem 0 og 30, fx 3,5. Lad feltet stå tomt for 0"),
    qualityNote: optional(LIMITS.qualityNote, "Teksten om kvalitet"),
    years: z.array(yearSchema).max(MAX_YEARS).default([]),
  })
  .transform((input) => ({
    title: input.title,
    rate: input.rate,
    qualityNote: input.qualityNote,
    years: Array.from({ length: input.period }, (_, i) => ({ ...Object.fromEntries(FIELDS.map((f) => [f, 0])), ...(input.years[i] ?? {}) })),
  })) as unknown as z.ZodType<BusinessCase>;

export const validateVejvalg = (draft: unknown) => check(vejvalgSchema, draft);
export const validateBehovsscreening = (draft: unknown) => check(behovsscreeningSchema, draft);
export const validatePartnerscreening = (draft: unknown) => check(partnerscreeningSchema, draft);
/** Errors in the amounts table name their cell, so the error summary says which one to fix. */
export function validateBusinessCase(draft: unknown): Checked<BusinessCase> {
  const checked = check(businessCaseSchema, draft);
  if (checked.ok) return checked;
  const errors = Object.fromEntries(
    Object.entries(checked.errors).map(([path, message]) => {
      const cell = /^years\.(\d+)\.(citizen|public|company)(Cost|Gain)$/.exec(path);
      if (!cell) return [path, message];
      const line = BOTTOM_LINES.find((l) => l.id === cell[2])!.label;
      return [path, `${line}, ${cell[3] === "Cost" ? "omkostninger" : "gevinster"}, år ${Number(cell[1]) + 1}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`];
    }),
  );
  return { ok: false, errors };
}
