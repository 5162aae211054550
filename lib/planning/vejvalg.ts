/**
 * Vejvalg: the decision guide's questions and vocabularies, and the shape of a decision. Zod-free and free of the
 * rules themselves, so the browser can read it. The rules are content: a decision table in content/vejvalg/regler.yaml
 * that a jurist can read and change, applied by decideVejvalg (vejvalg-rules.ts) and checked by content:check.
 */
import type { LegalReview } from "@/lib/content/schema";
import { OPI_TYPE_LABELS, type OpiType } from "@/lib/content/vocabulary";

export const UNKNOWN = "ved-ikke" as const;

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export interface VejvalgQuestion {
  id: QuestionId;
  label: string;
  hint?: string;
  options: Option[];
}

const unknown = { value: "ved-ikke", label: "Ved ikke" } as const;

export const VEJVALG_QUESTIONS = [
  {
    id: "need",
    label: "Hvor klart er behovet?",
    hint: "Behovet er det problem, I vil løse. Ikke løsningen.",
    options: [
      { value: "klart", label: "Klart", hint: "Vi kan beskrive behovet og målgruppen" },
      { value: "uklart", label: "Uklart", hint: "Vi kender problemet, men ikke behovet præcist" },
      unknown,
    ],
  },
  {
    id: "market",
    label: "Findes der allerede en løsning på markedet?",
    options: [
      { value: "ja", label: "Ja", hint: "Den findes og kan købes, som den er" },
      { value: "tilpasses", label: "Delvis", hint: "Den findes, men skal tilpasses til jeres behov" },
      { value: "nej", label: "Nej", hint: "Den skal udvikles" },
      unknown,
    ],
  },
  {
    id: "payment",
    label: "Betaler den offentlige part virksomheden for udviklingen?",
    options: [
      { value: "nej", label: "Nej", hint: "Hver part dækker sine egne udgifter" },
      { value: "delvis", label: "Delvis", hint: "Den offentlige part dækker en del af udgifterne" },
      { value: "fuldt", label: "Ja, fuldt ud" },
      unknown,
    ],
  },
  {
    id: "otherValue",
    label: "Får virksomheden andet af værdi fra den offentlige part end penge?",
    hint: "Betaling behøver ikke være penge. Det kan også være eneret, data eller adgang, som andre ikke får.",
    options: [
      { value: "nej", label: "Nej", hint: "Virksomheden får kun det, alle parter får, fx at være med i testen" },
      { value: "ja", label: "Ja", hint: "Fx eneret til resultaterne, adgang til data eller borgere eller et løfte om køb" },
      unknown,
    ],
  },
  {
    id: "purchase",
    label: "Vil den offentlige part købe løsningen bagefter?",
    options: [
      { value: "samlet", label: "Ja, og helst i samme forløb", hint: "I vil udvikle og købe uden et nyt udbud bagefter" },
      { value: "senere", label: "Måske, i et senere udbud" },
      { value: "nej", label: "Nej", hint: "Samarbejdet handler om at lære og udvikle, ikke om at købe" },
      unknown,
    ],
  },
  {
    id: "benefit",
    label: "Hvem skal have udbyttet af udviklingen?",
    hint: "Udbyttet er resultaterne og retten til at bruge dem.",
    options: [
      { value: "alle", label: "Alle", hint: "Resultaterne offentliggøres, og alle må bruge dem" },
      { value: "deles", label: "Parterne deler det" },
      { value: "offentlig", label: "Kun den offentlige part, til brug for sin egen virksomhed" },
      { value: "virksomhed", label: "Virksomheden, som vil sælge løsningen" },
      unknown,
    ],
  },
  {
    id: "risk",
    label: "Hvor stor er udviklingsrisikoen?",
    hint: "Risikoen for, at løsningen ikke kan laves eller ikke virker.",
    options: [
      { value: "lav", label: "Lav", hint: "Et produkt, der næsten er klar, skal afprøves" },
      { value: "middel", label: "Middel", hint: "Noget skal udvikles, men vi ved, at det kan lade sig gøre" },
      { value: "hoej", label: "Høj", hint: "Ægte forskning og udvikling. Vi ved ikke, om det virker" },
      unknown,
    ],
  },
  {
    id: "competition",
    label: "Vil I have flere virksomheder til at udvikle hver sin løsning i konkurrence?",
    options: [{ value: "ja", label: "Ja" }, { value: "nej", label: "Nej" }, unknown],
  },
  {
    id: "results",
    label: "Hvor meget betyder resultaterne for parterne?",
    hint: "Resultaterne er den viden, I skaber sammen: forgrundsviden.",
    options: [
      { value: "meget", label: "Meget", hint: "Fx kan resultaterne blive til et produkt, der kan sælges" },
      { value: "lidt", label: "Lidt", hint: "Det vigtigste er at lære" },
      unknown,
    ],
  },
  {
    id: "background",
    label: "Hvor meget betyder parternes egen viden, som de tager med ind?",
    hint: "Det er baggrundsviden, fx virksomhedens eksisterende produkt eller patenter.",
    options: [
      { value: "meget", label: "Meget", hint: "Løsningen bygger på en parts eget produkt eller patent" },
      { value: "lidt", label: "Lidt" },
      unknown,
    ],
  },
  {
    id: "publication",
    label: "Kan I offentliggøre resultaterne?",
    options: [
      { value: "ja", label: "Ja, alle resultater" },
      { value: "delvis", label: "Delvis", hint: "De vigtigste resultater, men ikke forretningshemmeligheder" },
      { value: "nej", label: "Nej" },
      unknown,
    ],
  },
  {
    id: "personalData",
    label: "Skal I behandle personoplysninger i projektet?",
    hint: "Fx navne eller helbredsoplysninger om borgere, der tester løsningen.",
    options: [{ value: "ja", label: "Ja" }, { value: "nej", label: "Nej" }, unknown],
  },
  {
    id: "scale",
    label: "Hvor stort er samarbejdet?",
    options: [
      { value: "kort", label: "En kort test", hint: "Få uger og få aktiviteter" },
      { value: "projekt", label: "Et projekt", hint: "Et samarbejde over måneder" },
      { value: "strategisk", label: "Et langvarigt partnerskab", hint: "Flere projekter over flere år" },
      unknown,
    ],
  },
] as const satisfies readonly { id: string; label: string; hint?: string; options: readonly Option[] }[];

export type QuestionId = (typeof VEJVALG_QUESTIONS)[number]["id"];
type ValueOf<Q extends QuestionId> = Extract<(typeof VEJVALG_QUESTIONS)[number], { id: Q }>["options"][number]["value"];
export type VejvalgAnswers = { [Q in QuestionId]: ValueOf<Q> };

export const QUESTION_IDS = VEJVALG_QUESTIONS.map((q) => q.id) as QuestionId[];

/** The answer values of a question, "ved-ikke" included. */
export const optionValues = (question: QuestionId): string[] => VEJVALG_QUESTIONS.find((q) => q.id === question)!.options.map((o) => o.value);

/** Each answer's name in the link to the samarbejdsaftale: /vaerktoejer/samarbejdsaftale/fra-vejvalg?marked=nej&… */
export const QUERY_NAMES: Record<QuestionId, string> = {
  need: "behov",
  market: "marked",
  payment: "betaling",
  otherValue: "anden-vaerdi",
  purchase: "koeb",
  benefit: "gavn",
  risk: "risiko",
  competition: "konkurrence",
  results: "resultater",
  background: "baggrund",
  publication: "offentliggoerelse",
  personalData: "persondata",
  scale: "omfang",
};

// The four types of OPI are the content's own vocabulary: a case's opiType and a vejvalg result use the same ids and labels.
export { OPI_TYPE_LABELS };

/** An outcome the answers do not decide yet: the reader finds something out first. */
export const UNDECIDED = "afklares" as const;

export const ROUTE_LABELS = {
  udbudsfri: "Udbudsfri OPI",
  udbud: "Almindeligt udbud efter udbudsloven",
  markedsdialog: "Markedsdialog først",
  innovationspartnerskab: "Innovationspartnerskab",
  pcp: "Prækommercielt indkøb (PCP)",
  dialog: "Udbud med forhandling eller konkurrencepræget dialog",
  afklar: "Afklar først – kontakt en jurist",
} as const;
export type Route = keyof typeof ROUTE_LABELS;
export const ROUTES = Object.keys(ROUTE_LABELS) as Route[];
/** Routes that say what to find out rather than which way to go: the only ones a »Ved ikke« rule may lead to. */
export const FIND_OUT_ROUTES: readonly Route[] = ["afklar", "markedsdialog"];

export const BASIS_LABELS = {
  "ikke-gensidigt-bebyrdende": "aftalen er som udgangspunkt ikke gensidigt bebyrdende",
  "paragraf-22": "undtagelsen i udbudslovens § 22 kan gælde",
} as const;
export type Basis = keyof typeof BASIS_LABELS;

export const RIGHTS_LABELS = {
  "fuld-aabenhed": "Fuld åbenhed",
  "delvis-aabenhed": "Delvis åbenhed",
  "virksomhed-ejer": "Virksomheden ejer resultaterne mod markedspris",
} as const;
export type RightsOption = keyof typeof RIGHTS_LABELS;

export const AGREEMENT_LABELS = {
  samarbejdsaftale: "OPI-samarbejdsaftale",
  testaftale: "Kort skriftlig testaftale",
  udbud: "Udbudsmateriale og kontrakt",
  vent: "Ingen aftale endnu",
} as const;
export type AgreementVariant = keyof typeof AGREEMENT_LABELS;

export const TYPE_UNDECIDED_LABEL = "Afklares, når vejen er valgt";
export const RIGHTS_UNDECIDED_LABEL = "Afklares først";

/** The kinds of source a rule may cite. */
export const SOURCE_KINDS = ["lov", "eu", "vejledning", "side"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface VejvalgSource {
  id: string;
  kind: SourceKind;
  title: string;
  /** The full citation: act and number with § and stk., the EU act with its CELEX number, or the guidance's title. */
  reference: string;
  publisher?: string;
  date?: string;
  url?: string;
}

/** One answer a rule rests on, as the reader saw it. */
export interface BasedOn {
  question: QuestionId;
  label: string;
  answer: string;
}

/** The rule that decided one part of the result, with what it rests on and why. */
export interface DecidingRule {
  id: string;
  reasons: string[];
  sources: VejvalgSource[];
  basedOn: BasedOn[];
  link?: string;
}

export interface VejvalgRisk {
  id: string;
  title: string;
  text: string;
  sources: VejvalgSource[];
  link?: string;
}

/** Everything the vejvalg concludes from a set of answers: what a result page, a report and an agreement print. */
export interface VejvalgDecision {
  route: Route;
  /** For udbudsfri OPI: why no tender is needed. */
  basis?: Basis;
  type: OpiType | typeof UNDECIDED;
  agreement: AgreementVariant;
  /** Only when the agreement is the samarbejdsaftale. */
  rights?: RightsOption | typeof UNDECIDED;
  /** A question the rules depend on was answered »Ved ikke«. */
  provisional: boolean;
  rule: DecidingRule;
  typeRule: DecidingRule;
  rightsRule?: DecidingRule;
  risks: VejvalgRisk[];
  /** What to find out first: the rules' own steps, then one line per »Ved ikke«. */
  findOutFirst: string[];
  /** Whether a jurist has reviewed the rules, as the table says. */
  legalReview: LegalReview;
  /** The version of the rules, so a printed result says which rules gave it. */
  version: string;
}

const LABELS = new Map<string, string>(VEJVALG_QUESTIONS.flatMap((q) => [[q.id, q.label] as [string, string], ...q.options.map((o): [string, string] => [`${q.id}=${o.value}`, o.label])]));

export function answerLabel(question: QuestionId, value: string): string {
  return LABELS.get(`${question}=${value}`) ?? value;
}

export const questionLabel = (question: QuestionId): string => LABELS.get(question)!;

export function routeText(decision: Pick<VejvalgDecision, "route" | "basis">): string {
  return `${ROUTE_LABELS[decision.route]}${decision.basis ? ` (${BASIS_LABELS[decision.basis]})` : ""}`;
}

export function typeText(type: VejvalgDecision["type"]): string {
  return type === UNDECIDED ? TYPE_UNDECIDED_LABEL : OPI_TYPE_LABELS[type];
}

export function rightsText(rights: NonNullable<VejvalgDecision["rights"]>): string {
  return rights === UNDECIDED ? RIGHTS_UNDECIDED_LABEL : RIGHTS_LABELS[rights];
}

/** Every answer, for the link from a result to /vaerktoejer/samarbejdsaftale/fra-vejvalg. */
export function vejvalgQuery(answers: VejvalgAnswers): string {
  const params = new URLSearchParams();
  for (const id of QUESTION_IDS) params.set(QUERY_NAMES[id], answers[id]);
  return params.toString();
}

/** The answers a link carries, each one checked on its own: a tampered value is dropped, the rest kept. */
export function answersFromQuery(query: Record<string, string | string[] | undefined>): Partial<VejvalgAnswers> {
  const out: Record<string, string> = {};
  for (const id of QUESTION_IDS) {
    const raw = query[QUERY_NAMES[id]];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === "string" && optionValues(id).includes(value)) out[id] = value;
  }
  return out as Partial<VejvalgAnswers>;
}

/** Reads answers from a draft; null when a question is unanswered or has an unknown value. */
export function vejvalgAnswers(draft: Record<string, unknown>): VejvalgAnswers | null {
  const out: Record<string, string> = {};
  for (const question of VEJVALG_QUESTIONS) {
    const value = draft[question.id];
    if (typeof value !== "string" || !question.options.some((o) => o.value === value)) return null;
    out[question.id] = value;
  }
  return out as VejvalgAnswers;
}
