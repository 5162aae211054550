/**
 * One set of answers for every agreement document: parties and project are entered once and flow into
 * the hensigtserklæring, the fortrolighedsaftale and the OPI-samarbejdsaftale. The same schema validates
 * the browser form, the plain HTML form (JavaScript off), imported answer files and answers read back from a DOCX.
 * Every message is Danish and says how to fix the field.
 */
import { z } from "zod";
import { answerString } from "@/lib/text/schema";
import type { SectionId } from "./sections";

// ---------------------------------------------------------------------------
// Danish identifiers

/** CVR: 8 digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11. */
export function isValidCvr(value: string): boolean {
  if (!/^\d{8}$/.test(value)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return sum % 11 === 0;
}

/** EAN (GLN): 13 digits with a GS1 check digit. */
export function isValidEan(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const check = digits.pop() ?? 0;
  const sum = digits.reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === check;
}

const compact = (value: unknown) => (typeof value === "string" ? value.replace(/[\s-]/g, "") : value);

const text = (label: string, max: number) =>
  answerString(label, { error: `Skriv ${label}` })
    .trim()
    .min(1, { error: `Skriv ${label}` })
    .max(max, { error: `${capitalise(label)} må højst være ${max} tegn` });

const optionalText = (label: string, max: number) =>
  answerString(label)
    .trim()
    .max(max, { error: `${capitalise(label)} må højst være ${max} tegn` })
    .optional()
    .transform((value) => (value ? value : undefined));

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

const cvr = z.preprocess(
  compact,
  z
    .string({ error: "Skriv CVR-nummeret" })
    .regex(/^\d{8}$/, { error: "CVR-nummeret skal være 8 cifre, fx 12345674" })
    .refine(isValidCvr, { error: "CVR-nummeret findes ikke: kontrolcifferet passer ikke. Tjek nummeret på cvr.dk" }),
);

const ean = z.preprocess(
  (value) => (value === "" ? undefined : compact(value)),
  z
    .string()
    .regex(/^\d{13}$/, { error: "EAN-nummeret skal være 13 cifre, fx 5798000000001" })
    .refine(isValidEan, { error: "EAN-nummeret er ikke gyldigt: kontrolcifferet passer ikke. Tjek nummeret hos jeres økonomiafdeling" })
    .optional(),
);

const isoDate = (label: string) =>
  z
    .string({ error: `Skriv ${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `Skriv ${label} som en dato, fx 2027-01-31` })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
      error: `${capitalise(label)} er ikke en gyldig dato`,
    });

const wholeNumber = (label: string, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value === "" ? undefined : value),
    z
      .number({ error: `Skriv ${label} som et helt tal` })
      .int({ error: `Skriv ${label} som et helt tal` })
      .min(min, { error: `${capitalise(label)} skal være mindst ${min}` })
      .max(max, { error: `${capitalise(label)} kan højst være ${max}` }),
  );

const amount = (label: string) =>
  z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? 0 : typeof value === "string" ? Number(value.replace(/\./g, "").replace(",", ".")) : value),
    z
      .number({ error: `${capitalise(label)} skal være et tal, fx 120` })
      .min(0, { error: `${capitalise(label)} kan ikke være negativ` })
      .max(1_000_000_000, { error: `${capitalise(label)} er for stor` }),
  );

// ---------------------------------------------------------------------------
// The answers

export const partySchema = z.object({
  name: text("partens navn", 160),
  cvr,
  ean,
  address: text("adressen", 200),
  signatoryName: text("navnet på den, der skriver under", 120),
  signatoryTitle: text("stillingen på den, der skriver under", 120),
  /** What the party brings: hours, in kind and cash (DKK). */
  hours: amount("antal timer"),
  inKind: optionalText("bidraget i naturalier", 400),
  cash: amount("kontantbidraget"),
  /** What the party intends to bring, in words (hensigtserklæring). */
  contribution: optionalText("bidraget", 600),
});

export const RIGHTS_MODELS = ["fuld-aabenhed", "delvis-aabenhed", "virksomhed-ejer"] as const;
export const PUBLIC_PAYS = ["nej", "delvis", "fuldt"] as const;
export const NDA_DIRECTIONS = ["gensidig", "envejs"] as const;
export const NDA_SANCTIONS = ["erstatning", "konventionalbod"] as const;
export const DISPUTE_FORUMS = ["domstole", "voldgift"] as const;

// Each section is one step of the form. Documents pick the sections (and fields) they need.
export const sectionShapes = {
  parties: z.object({
    public: partySchema,
    companies: z
      .array(partySchema)
      .min(1, { error: "Tilføj mindst én virksomhed" })
      .max(6, { error: "Der kan højst være 6 virksomheder i aftalen" }),
    hasKnowledgeInstitution: z.boolean().default(false),
    knowledge: partySchema.optional(),
  }),
  project: z.object({
    title: text("projektets titel", 160),
    need: text("behovet", 1500),
    purpose: text("formålet", 1500),
    citizenValue: text("værdien for borgeren", 600),
    publicValue: text("værdien for den offentlige part", 600),
    companyValue: text("værdien for virksomheden", 600),
    scope: text("projektets indhold", 2500),
    milestones: optionalText("milepælene", 1500),
    testSites: optionalText("teststederne", 600),
    start: isoDate("startdatoen"),
    end: isoDate("slutdatoen"),
    logbook: z.boolean().default(true),
  }),
  collaboration: z.object({
    steeringGroup: text("hvem der sidder i styregruppen", 600),
    meetingRhythm: text("mødefrekvensen", 200),
    decisions: text("hvordan I træffer beslutninger", 600),
  }),
  money: z.object({
    publicPays: z.enum(PUBLIC_PAYS, { error: "Vælg, om den offentlige part betaler for udviklingen" }),
    externalFunding: optionalText("den eksterne finansiering", 400),
  }),
  rights: z.object({
    model: z.enum(RIGHTS_MODELS, { error: "Vælg en model for rettighederne" }),
    licenceTerms: optionalText("vilkårene for brugsretten", 600),
  }),
  procurement: z.object({
    laterTender: z.boolean().default(true),
  }),
  data: z.object({
    personalData: z.boolean().default(false),
    dataDescription: optionalText("beskrivelsen af persondata", 600),
  }),
  confidentiality: z.object({
    direction: z.enum(NDA_DIRECTIONS, { error: "Vælg, om fortroligheden er gensidig eller envejs" }),
    disclosingParty: z.enum(["offentlig", "virksomhed"], { error: "Vælg, hvem der giver oplysningerne" }).default("virksomhed"),
    years: wholeNumber("antal år fortroligheden gælder", 1, 10),
    sanction: z.enum(NDA_SANCTIONS, { error: "Vælg en sanktion" }),
    penalty: amount("konventionalboden"),
  }),
  intent: z.object({
    nextSteps: text("de næste skridt", 1200),
    validUntil: isoDate("datoen, hvor hensigtserklæringen udløber"),
  }),
  terms: z.object({
    noticeMonths: wholeNumber("opsigelsesvarslet i måneder", 0, 12),
    disputes: z.enum(DISPUTE_FORUMS, { error: "Vælg, hvordan tvister afgøres" }),
    liabilityCap: amount("ansvarsgrænsen"),
  }),
} satisfies Record<SectionId, z.ZodObject>;

type Issue = { path: (string | number)[]; message: string };

/** Rules across fields of one section; each runs only when the fields it reads were asked for. */
export const sectionRules: { [K in keyof typeof sectionShapes]?: (value: Record<string, unknown>) => Issue[] } = {
  parties: (v) => (v.hasKnowledgeInstitution === true && !v.knowledge ? [{ path: ["knowledge", "name"], message: "Udfyld videninstitutionen, eller vælg at den ikke er med" }] : []),
  project: (v) =>
    typeof v.start === "string" && typeof v.end === "string" && v.end <= v.start ? [{ path: ["end"], message: "Slutdatoen skal ligge efter startdatoen" }] : [],
  data: (v) =>
    v.personalData === true && !v.dataDescription
      ? [{ path: ["dataDescription"], message: "Beskriv kort, hvilke persondata I behandler, fx navne og helbredsoplysninger om borgere i testen" }]
      : [],
  confidentiality: (v) =>
    v.sanction === "konventionalbod" && typeof v.penalty === "number" && v.penalty <= 0
      ? [{ path: ["penalty"], message: "Skriv konventionalbodens beløb i kroner, fx 50000" }]
      : [],
};

export { SECTION_IDS, type SectionId } from "./sections";

/** All answers, for the documents that need every section. */
export const answersSchema = z.object(sectionShapes);
export type Answers = z.infer<typeof answersSchema>;
export type Party = z.infer<typeof partySchema>;
