/**
 * One set of answers for every agreement document: parties, project, money, rights and personal data are entered
 * once and flow into the hensigtserklæring, the fortrolighedsaftale, the OPI-samarbejdsaftale and any later document
 * built on the same set (a databehandleraftale reads the `data` section). The same schema validates the browser form,
 * the plain HTML form (JavaScript off), imported answer files and answers read back from a DOCX.
 * Every message is Danish and says how to fix the field.
 *
 * Version 2 of the set (see ANSWERS_VERSION) holds several public parties, the payment terms of paid development,
 * the publication plan, the facts a data processing agreement needs and, when the samarbejdsaftale was opened from
 * the vejvalg, the reader's vejvalg answers. migrate.ts brings version 1 answers up to date.
 */
import { z } from "zod";
import { answerString } from "@/lib/text/schema";
import { MAX_COMPANIES, MAX_PUBLICS, type SectionId } from "./sections";
import { optionValues, VEJVALG_QUESTIONS } from "@/lib/planning/vejvalg";

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

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

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

const isoDate = (label: string) =>
  z
    .string({ error: `Skriv ${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `Skriv ${label} som en dato, fx 2027-01-31` })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
      error: `${capitalise(label)} er ikke en gyldig dato`,
    });

const toNumber = (value: unknown) =>
  typeof value === "string" && value.trim() !== "" ? Number(value.trim().replace(/\./g, "").replace(",", ".")) : value === "" ? undefined : value;

const wholeNumber = (label: string, min: number, max: number) =>
  z.preprocess(
    toNumber,
    z
      .number({ error: `Skriv ${label} som et helt tal` })
      .int({ error: `Skriv ${label} som et helt tal` })
      .min(min, { error: `${capitalise(label)} skal være mindst ${min}` })
      .max(max, { error: `${capitalise(label)} kan højst være ${max}` }),
  );

/** An amount in kroner; left empty it is 0. */
const amount = (label: string) =>
  z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? 0 : toNumber(value)),
    z
      .number({ error: `${capitalise(label)} skal være et tal, fx 120` })
      .min(0, { error: `${capitalise(label)} kan ikke være negativ` })
      .max(1_000_000_000, { error: `${capitalise(label)} er for stor` }),
  );

/** A yes/no question with no answer given in advance: the reader must choose. */
const yesNo = (message: string) => z.boolean({ error: message });

// ---------------------------------------------------------------------------
// Parties

/**
 * Party messages name the party: «part» becomes "den offentlige parts", "den 2. virksomheds" or
 * "videninstitutionens" (and «Part» the same with a capital), see `nameParty`.
 */
const partyText = (field: string, max: number) =>
  answerString(`«part» ${field}`, { error: `Skriv «part» ${field}` })
    .trim()
    .min(1, { error: `Skriv «part» ${field}` })
    .max(max, { error: `«Part» ${field} må højst være ${max} tegn` });

const partyOptionalText = (field: string, max: number) =>
  answerString(`«part» ${field}`)
    .trim()
    .max(max, { error: `«Part» ${field} må højst være ${max} tegn` })
    .optional()
    .transform((value) => (value ? value : undefined));

const partyAmount = (field: string) =>
  z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? 0 : toNumber(value)),
    z
      .number({ error: `«Part» ${field} skal være et tal, fx 120` })
      .min(0, { error: `«Part» ${field} kan ikke være negativ` })
      .max(1_000_000_000, { error: `«Part» ${field} er for stor` }),
  );

export const partySchema = z.object({
  name: partyText("navn", 160),
  cvr: z.preprocess(
    compact,
    z
      .string({ error: "Skriv «part» CVR-nummer" })
      .regex(/^\d{8}$/, { error: "«Part» CVR-nummer skal være 8 cifre, fx 12345674" })
      .refine(isValidCvr, { error: "«Part» CVR-nummer findes ikke: kontrolcifferet passer ikke. Tjek nummeret på cvr.dk" }),
  ),
  ean: z.preprocess(
    (value) => (value === "" ? undefined : compact(value)),
    z
      .string()
      .regex(/^\d{13}$/, { error: "«Part» EAN-nummer skal være 13 cifre, fx 5798000000001" })
      .refine(isValidEan, { error: "«Part» EAN-nummer er ikke gyldigt: kontrolcifferet passer ikke. Tjek nummeret hos jeres økonomiafdeling" })
      .optional(),
  ),
  address: partyText("adresse", 200),
  signatoryName: answerString("navnet på «part» underskriver", { error: "Skriv navnet på «part» underskriver" })
    .trim()
    .min(1, { error: "Skriv navnet på «part» underskriver" })
    .max(120, { error: "Navnet på «part» underskriver må højst være 120 tegn" }),
  signatoryTitle: answerString("stillingen på «part» underskriver", { error: "Skriv stillingen på «part» underskriver" })
    .trim()
    .min(1, { error: "Skriv stillingen på «part» underskriver" })
    .max(120, { error: "Stillingen på «part» underskriver må højst være 120 tegn" }),
  /** What the party brings (samarbejdsaftale, bilag 2): hours, their value, in kind and its value, cash (DKK). */
  hours: partyAmount("timer"),
  hourRate: partyAmount("timepris"),
  inKind: partyOptionalText("bidrag i naturalier", 400),
  inKindValue: partyAmount("værdi af naturalier"),
  cash: partyAmount("kontantbidrag"),
  /** What the party intends to bring, in words (hensigtserklæring). */
  contribution: partyOptionalText("bidrag", 600),
  /** A public party's legal basis for taking part, in its own words (samarbejdsaftale; asked of public parties only). */
  legalBasis: partyOptionalText("hjemmel", 400),
});

/** Who a party path names, in the genitive a message needs: parties.publics.1 → "den 2. offentlige parts". */
export function partyGenitive(path: string, answers?: unknown): string | undefined {
  const match = /^parties\.(publics|companies|knowledge)(?:\.(\d+))?(?:\.|$)/.exec(path);
  if (!match) return undefined;
  const [, group, index] = match;
  if (group === "knowledge") return "videninstitutionens";
  const list = (answers as { parties?: Record<string, unknown[]> } | undefined)?.parties?.[group!];
  const several = Array.isArray(list) ? list.length > 1 : Number(index) > 0;
  const n = Number(index ?? 0) + 1;
  if (group === "publics") return several ? `den ${n}. offentlige parts` : "den offentlige parts";
  return several ? `den ${n}. virksomheds` : "virksomhedens";
}

/** Puts the party a message is about into it (see partySchema). */
export function nameParty(message: string, path: string, answers?: unknown): string {
  if (!message.includes("«")) return message;
  const who = partyGenitive(path, answers) ?? "partens";
  return message.replace(/«part»/g, who).replace(/«Part»/g, capitalise(who));
}

// ---------------------------------------------------------------------------
// The answers

export const RIGHTS_MODELS = ["fuld-aabenhed", "delvis-aabenhed", "virksomhed-ejer", "offentlig-ejer"] as const;
export const CODE_LICENCES = ["eupl-1.2", "apache-2.0", "mit"] as const;
export const MARKET_PRICE_METHODS = ["vurdering", "forhandling", "konkurrence"] as const;
export const PUBLIC_PAYS = ["nej", "delvis", "fuldt"] as const;
export const KNOWLEDGE_TYPES = ["offentlig-forskning", "anden"] as const;
export const DATA_ROLES = ["databehandler", "selvstaendig", "faelles"] as const;
export const SUB_PROCESSOR_APPROVALS = ["specifik", "generel"] as const;
export const END_OF_PROCESSING = ["slet", "returner"] as const;
export const NDA_DIRECTIONS = ["gensidig", "envejs"] as const;
export const NDA_DISCLOSERS = ["virksomhed", "offentlig"] as const;
export const KNOWLEDGE_ROLES = ["afgiver", "modtager", "begge"] as const;
export const NDA_SANCTIONS = ["erstatning", "konventionalbod"] as const;
export const DISPUTE_FORUMS = ["domstole", "voldgift"] as const;

export type PartyGroup = "publics" | "companies" | "knowledge";

/** The parties section, with the party schema each group is asked (documents ask different party fields). */
export function partiesSection<P extends z.ZodObject>(party: (group: PartyGroup) => P) {
  return z.object({
    publics: z
      .array(party("publics"), { error: "Tilføj den offentlige part" })
      .min(1, { error: "Tilføj den offentlige part" })
      .max(MAX_PUBLICS, { error: `Der kan højst være ${MAX_PUBLICS} offentlige parter i aftalen` }),
    companies: z
      .array(party("companies"), { error: "Tilføj mindst én virksomhed" })
      .min(1, { error: "Tilføj mindst én virksomhed" })
      .max(MAX_COMPANIES, { error: `Der kan højst være ${MAX_COMPANIES} virksomheder i aftalen` }),
    hasKnowledgeInstitution: z.boolean().default(false),
    knowledge: party("knowledge").optional(),
    /** A public research institution (a university, a public hospital …) has its own rules on inventions and access to documents. */
    knowledgeType: z.enum(KNOWLEDGE_TYPES, { error: "Vælg, om videninstitutionen er en offentlig forskningsinstitution" }).optional(),
  });
}

// Each section is one step of the form. Documents pick the sections (and fields) they need.
export const sectionShapes = {
  parties: partiesSection(() => partySchema),
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
    logbook: yesNo("Vælg, om I fører logbog over resultaterne"),
    /** Who keeps the logbook (bilag 3). */
    logbookKeeper: optionalText("hvem der fører logbogen", 200),
  }),
  collaboration: z.object({
    steeringGroup: text("hvem der sidder i styregruppen", 600),
    meetingRhythm: text("mødefrekvensen", 200),
    decisions: text("hvordan I træffer beslutninger", 600),
  }),
  money: z.object({
    publicPays: z.enum(PUBLIC_PAYS, { error: "Vælg, om den offentlige part betaler virksomhederne for udviklingen" }),
    /** What the public parties pay in all, without VAT (paid development). */
    price: amount("beløbet"),
    /** When the payments fall due: one instalment a line (bilag 2). */
    paymentPlan: optionalText("betalingsplanen", 1500),
    /** With several public parties: how they share the payment. */
    paymentSplit: optionalText("fordelingen af betalingen", 600),
    externalFunding: optionalText("den eksterne finansiering", 400),
  }),
  rights: z.object({
    model: z.enum(RIGHTS_MODELS, { error: "Vælg en model for rettighederne" }),
    /** Full openness: the licence for software; documents and data are always CC BY 4.0. */
    codeLicence: z.enum(CODE_LICENCES, { error: "Vælg den licens, software fra projektet offentliggøres under" }).optional(),
    /** How a market price is set when a company gets rights to what a public party made. */
    marketPriceMethod: z.enum(MARKET_PRICE_METHODS, { error: "Vælg, hvordan markedsprisen fastsættes" }).optional(),
    licenceTerms: optionalText("vilkårene for brugsretten", 600),
    /** Publication plan (bilag 3), when results are published. */
    publicationWhat: optionalText("hvad der offentliggøres", 800),
    publicationWhere: optionalText("hvor det offentliggøres", 400),
    publicationWhen: optionalText("hvornår det offentliggøres", 400),
  }),
  procurement: z.object({
    laterTender: yesNo("Vælg, om den offentlige part måske vil købe en løsning senere"),
  }),
  /** Personal data: what the samarbejdsaftale states, and the description of the processing in a databehandleraftale (GDPR art. 28). */
  data: z.object({
    personalData: yesNo("Vælg, om I behandler personoplysninger i projektet"),
    roles: z.enum(DATA_ROLES, { error: "Vælg, hvem der bestemmer over personoplysningerne" }).optional(),
    /** What the data is processed for (art. 28, stk. 3: nature and purpose). */
    purposes: optionalText("formålet med behandlingen", 800),
    /** What the processor does with the data: collects, stores, analyses … (art. 28, stk. 3: nature). */
    processingNature: optionalText("beskrivelsen af, hvad databehandleren gør med oplysningerne", 800),
    /** The categories of personal data. */
    dataDescription: optionalText("beskrivelsen af persondata", 600),
    /** The categories of data subjects. */
    subjects: optionalText("hvem oplysningerne handler om", 400),
    /** Special categories (art. 9), e.g. health data. */
    sensitive: z.boolean({ error: "Vælg, om I behandler helbredsoplysninger eller andre følsomme oplysninger" }).optional(),
    /** Whether the solution watches people continuously (sensors, cameras, location): one of the marks of a processing that needs an impact assessment (art. 35). */
    monitoring: z.boolean({ error: "Vælg, om løsningen overvåger personer løbende" }).optional(),
    /** How long the data is processed and kept. */
    retention: optionalText("hvor længe oplysningerne behandles og opbevares", 400),
  }),
  /** The terms of a databehandleraftale (GDPR art. 28, stk. 2-4) beyond the description of the processing. */
  processing: z.object({
    /** Whether a knowledge institution that is a party also processes the data for the public parties. */
    knowledgeProcessor: z.boolean({ error: "Vælg, om videninstitutionen også behandler oplysningerne for de offentlige parter" }).optional(),
    /** Technical and organisational security measures (art. 32), one a line. */
    securityMeasures: text("sikkerhedsforanstaltningerne", 1500),
    /** Prior specific or general written authorisation of sub-processors (art. 28, stk. 2). */
    subProcessorApproval: z.enum(SUB_PROCESSOR_APPROVALS, { error: "Vælg, hvordan den dataansvarlige godkender underdatabehandlere" }),
    /** With a general authorisation: how many days before a change the controller is told, so it can object. */
    subProcessorNoticeDays: z.preprocess(
      toNumber,
      z
        .number({ error: "Skriv varslet i dage som et helt tal" })
        .int({ error: "Skriv varslet i dage som et helt tal" })
        .min(1, { error: "Varslet skal være mindst 1 dag" })
        .max(180, { error: "Varslet kan højst være 180 dage" })
        .optional(),
    ),
    /** Sub-processors approved when the agreement is signed (name, what, where), one a line. */
    subProcessors: optionalText("underdatabehandlerne", 1000),
    /** Transfers to countries outside the EU/EEA, and on what basis. */
    thirdCountries: optionalText("overførsler til lande uden for EU/EØS", 600),
    /** How many hours the processor has at most to tell the controller of a personal data breach. */
    breachNoticeHours: wholeNumber("fristen for at underrette om brud i timer", 1, 72),
    /** What happens to the data when the processing ends (art. 28, stk. 3, litra g). */
    endOfProcessing: z.enum(END_OF_PROCESSING, { error: "Vælg, om oplysningerne slettes eller leveres tilbage, når behandlingen slutter" }),
  }),
  confidentiality: z.object({
    direction: z.enum(NDA_DIRECTIONS, { error: "Vælg, om fortroligheden er gensidig eller envejs" }),
    disclosingParty: z.enum(NDA_DISCLOSERS, { error: "Vælg, hvem der giver de fortrolige oplysninger" }).optional(),
    /** In a one-way agreement: does the knowledge institution give, receive or both? */
    knowledgeRole: z.enum(KNOWLEDGE_ROLES, { error: "Vælg, om videninstitutionen giver eller modtager fortrolige oplysninger" }).optional(),
    years: wholeNumber("antal år fortroligheden gælder", 1, 10),
    sanction: z.enum(NDA_SANCTIONS, { error: "Vælg, hvad der sker ved brud" }),
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

export type Issue = { path: (string | number)[]; message: string };

const missing = (value: unknown) => value === undefined || value === null || value === "";
const require = (value: Record<string, unknown>, field: string, message: string): Issue[] => (missing(value[field]) ? [{ path: [field], message }] : []);
const published = (model: unknown) => model === "fuld-aabenhed" || model === "delvis-aabenhed";

/** Rules across fields of one section; each runs only when the fields it reads were asked for. */
export const sectionRules: { [K in keyof typeof sectionShapes]?: (value: Record<string, unknown>, asked: (field: string) => boolean) => Issue[] } = {
  parties: (v, asked) =>
    v.hasKnowledgeInstitution === true
      ? [
          ...(!v.knowledge ? [{ path: ["knowledge", "name"], message: "Udfyld videninstitutionen, eller vælg at den ikke er med" }] : []),
          ...(asked("knowledgeType") ? require(v, "knowledgeType", "Vælg, om videninstitutionen er en offentlig forskningsinstitution") : []),
        ]
      : [],
  project: (v, asked) => [
    ...(typeof v.start === "string" && typeof v.end === "string" && v.end <= v.start ? [{ path: ["end"], message: "Slutdatoen skal ligge efter startdatoen" }] : []),
    ...(v.logbook === true && asked("logbookKeeper") ? require(v, "logbookKeeper", "Skriv, hvem der fører logbogen") : []),
  ],
  money: (v, asked) =>
    v.publicPays === "delvis" || v.publicPays === "fuldt"
      ? [
          ...(typeof v.price === "number" && v.price <= 0 ? [{ path: ["price"], message: "Skriv det beløb, de offentlige parter betaler i alt, uden moms" }] : []),
          ...(asked("paymentPlan") ? require(v, "paymentPlan", "Skriv betalingsplanen: en rate pr. linje med milepæl, beløb og dato") : []),
        ]
      : [],
  rights: (v, asked) => [
    ...(v.model === "fuld-aabenhed" && asked("codeLicence") ? require(v, "codeLicence", "Vælg den licens, software fra projektet offentliggøres under") : []),
    ...((v.model === "delvis-aabenhed" || v.model === "virksomhed-ejer") && asked("marketPriceMethod") ? require(v, "marketPriceMethod", "Vælg, hvordan markedsprisen fastsættes") : []),
    ...(published(v.model) && asked("publicationWhat")
      ? [
          ...require(v, "publicationWhat", "Skriv, hvad der offentliggøres, fx rapporter, logbog og kildekode"),
          ...require(v, "publicationWhere", "Skriv, hvor resultaterne offentliggøres, fx på kommunens hjemmeside"),
          ...require(v, "publicationWhen", "Skriv, hvornår resultaterne offentliggøres, fx senest tre måneder efter projektets afslutning"),
        ]
      : []),
  ],
  data: (v, asked) =>
    v.personalData === true
      ? [
          ...(asked("roles") ? require(v, "roles", "Vælg, hvem der bestemmer over personoplysningerne") : []),
          ...(asked("purposes") ? require(v, "purposes", "Skriv, hvad personoplysningerne skal bruges til i projektet") : []),
          ...(asked("dataDescription") ? require(v, "dataDescription", "Beskriv kort, hvilke persondata I behandler, fx navne og helbredsoplysninger om borgere i testen") : []),
          ...(asked("subjects") ? require(v, "subjects", "Skriv, hvem oplysningerne handler om, fx borgere i testen og medarbejdere") : []),
          ...(asked("sensitive") ? require(v, "sensitive", "Vælg, om I behandler helbredsoplysninger eller andre følsomme oplysninger") : []),
          ...(asked("processingNature") ? require(v, "processingNature", "Skriv, hvad databehandleren gør med oplysningerne, fx indsamler dem med sensorer, gemmer og analyserer dem") : []),
          ...(asked("monitoring") ? require(v, "monitoring", "Vælg, om løsningen overvåger personer løbende") : []),
          ...(asked("retention") ? require(v, "retention", "Skriv, hvor længe oplysningerne behandles og gemmes, fx i testperioden og slettes senest 30 dage efter") : []),
        ]
      : [],
  processing: (v) => (v.subProcessorApproval === "generel" ? require(v, "subProcessorNoticeDays", "Skriv, hvor mange dage før en ændring den dataansvarlige skal have besked, fx 30") : []),
  confidentiality: (v, asked) => [
    ...(v.direction === "envejs" && asked("disclosingParty") ? require(v, "disclosingParty", "Vælg, hvem der giver de fortrolige oplysninger") : []),
    ...(v.sanction === "konventionalbod" && typeof v.penalty === "number" && v.penalty <= 0 ? [{ path: ["penalty"], message: "Skriv konventionalbodens beløb i kroner, fx 50000" }] : []),
  ],
};

/**
 * Rules that read more than one section. `section` and `field` say where the message belongs; the rule runs when
 * that field is asked, and reads the rest of the answers as they stand.
 */
export const crossRules: { section: SectionId; field: string; check: (answers: Record<string, unknown>) => Issue[] }[] = [
  {
    // A public party that pays receives electronic invoices at its EAN number.
    section: "parties",
    field: "publics",
    check: (answers) => {
      const pays = (answers.money as { publicPays?: unknown } | undefined)?.publicPays;
      if (pays !== "delvis" && pays !== "fuldt") return [];
      const publics = ((answers.parties as { publics?: unknown } | undefined)?.publics ?? []) as { ean?: unknown }[];
      return Array.isArray(publics)
        ? publics.flatMap((party, i) =>
            missing(party?.ean) ? [{ path: ["publics", i, "ean"], message: "Skriv «part» EAN-nummer: den offentlige part betaler, og fakturaen sendes elektronisk til EAN-nummeret" }] : [],
          )
        : [];
    },
  },
  {
    // In a one-way NDA, a knowledge institution that signs must be a giving or a receiving party (or both).
    section: "confidentiality",
    field: "knowledgeRole",
    check: (answers) => {
      const c = answers.confidentiality as { direction?: unknown; knowledgeRole?: unknown } | undefined;
      const hasKnowledge = (answers.parties as { hasKnowledgeInstitution?: unknown } | undefined)?.hasKnowledgeInstitution === true;
      return hasKnowledge && c?.direction === "envejs" && missing(c.knowledgeRole)
        ? [{ path: ["knowledgeRole"], message: "Vælg, om videninstitutionen giver eller modtager fortrolige oplysninger, eller begge dele" }]
        : [];
    },
  },
  {
    // A knowledge institution that signs the databehandleraftale either processes the data for the public parties or not.
    section: "processing",
    field: "knowledgeProcessor",
    check: (answers) => {
      const hasKnowledge = (answers.parties as { hasKnowledgeInstitution?: unknown } | undefined)?.hasKnowledgeInstitution === true;
      const value = (answers.processing as { knowledgeProcessor?: unknown } | undefined)?.knowledgeProcessor;
      return hasKnowledge && missing(value) ? [{ path: ["knowledgeProcessor"], message: "Vælg, om videninstitutionen også behandler oplysningerne for de offentlige parter" }] : [];
    },
  },
];

export { ANSWERS_VERSION, MAX_COMPANIES, MAX_PUBLICS, SECTION_IDS, type SectionId } from "./sections";

/** All answers, for the documents that need every section. */
export const answersSchema = z.object(sectionShapes);
export type Answers = z.infer<typeof answersSchema>;
export type Party = z.infer<typeof partySchema>;

// ---------------------------------------------------------------------------
// The whole set, as it travels in files

const lenientParty = z.object(Object.fromEntries(Object.entries(partySchema.shape).map(([key, schema]) => [key, (schema as z.ZodType).optional().catch(undefined)])));

/**
 * The reader's own answers in the vejvalg, when the samarbejdsaftale was opened from it: each optional, each one of
 * the question's own options. No form step asks them, and nothing fills them in by default; the samarbejdsaftale
 * prints the vejvalg's recommendation from them in its læsevejledning.
 */
export const vejvalgSection = z.object(
  Object.fromEntries(VEJVALG_QUESTIONS.map((question) => [question.id, z.enum(optionValues(question.id) as [string, ...string[]]).optional().catch(undefined)])),
);

/**
 * The whole answer set as far as it is valid: every known field that passes its own check, nothing else. Sections a
 * document does not ask travel with it this way, so any file restores every answer.
 */
export const answerSetSchema = z.object(
  Object.fromEntries([
    ["vejvalg", vejvalgSection.optional().catch(undefined)],
    ...Object.entries(sectionShapes).map(([section, shape]) => [
      section,
      z
        .object(
          Object.fromEntries(
            Object.entries(shape.shape).map(([field, schema]) => {
              if (section === "parties" && (field === "publics" || field === "companies")) return [field, z.array(lenientParty).max(MAX_COMPANIES).optional().catch(undefined)];
              if (section === "parties" && field === "knowledge") return [field, lenientParty.optional().catch(undefined)];
              // A default is an answer nobody gave: keep only what was answered.
              const inner = schema instanceof z.ZodDefault ? (schema.def.innerType as z.ZodType) : (schema as z.ZodType);
              return [field, inner.optional().catch(undefined)];
            }),
          ),
        )
        .optional()
        .catch(undefined),
    ]),
  ]),
);
