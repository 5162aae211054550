/**
 * Vejvalg: the decision guide. Questions, and the rules that turn answers into a recommendation.
 * Zod-free and pure, so the page, the document and the tests share one source of truth.
 * The rules follow the decision aid in the research behind /jura (udbudsloven §§ 22, 39, 40, 73–79, PCP under COM(2007) 799);
 * every recommendation carries its reasons, answer by answer, with a link to the page that explains the rule.
 */
import type { OpiType } from "@/lib/content/vocabulary";

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
    label: "Hvem skal have gavn af resultaterne?",
    options: [
      { value: "alle", label: "Alle", hint: "Resultaterne offentliggøres, og alle må bruge dem" },
      { value: "deles", label: "Parterne deler dem" },
      { value: "offentlig", label: "Kun den offentlige part, til eget brug" },
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

// The four types of OPI are the content's own vocabulary: a case's opiType and a vejvalg result use the same ids and labels.
export { OPI_TYPE_LABELS } from "@/lib/content/vocabulary";

export const ROUTE_LABELS = {
  udbudsfri: "Udbudsfri OPI",
  markedsdialog: "Markedsdialog før et udbud",
  innovationspartnerskab: "Innovationspartnerskab",
  pcp: "Prækommercielt indkøb (PCP)",
  dialog: "Konkurrencepræget dialog eller udbud med forhandling",
} as const;
export type Route = keyof typeof ROUTE_LABELS;

export const ROUTE_LINKS: Record<Route, string> = {
  udbudsfri: "/jura/udbudsfri-opi",
  markedsdialog: "/jura/markedsdialog",
  innovationspartnerskab: "/jura/innovationspartnerskab",
  pcp: "/jura/praekommercielt-indkoeb",
  dialog: "/jura/konkurrencepraeget-dialog",
};

export const RIGHTS_LABELS = {
  "fuld-aabenhed": "Fuld åbenhed",
  "delvis-aabenhed": "Delvis åbenhed",
  "virksomhed-ejer": "Virksomheden ejer resultaterne mod markedspris",
} as const;
export type RightsOption = keyof typeof RIGHTS_LABELS;

export const AGREEMENT_LABELS = {
  samarbejdsaftale: "OPI-samarbejdsaftale",
  hensigtserklaering: "Hensigtserklæring",
  udbud: "Udbudsmateriale og kontrakt",
  vent: "Ingen aftale endnu",
} as const;
export type AgreementVariant = keyof typeof AGREEMENT_LABELS;

export interface Reason {
  question: QuestionId;
  /** The reader's answer, as they saw it. */
  answer: string;
  text: string;
  link?: string;
}

export interface Risk {
  title: string;
  text: string;
  link?: string;
}

export interface Recommendation {
  type: OpiType;
  route: Route;
  /** For udbudsfri OPI: why no tender is needed. */
  basis?: "ikke-gensidigt-bebyrdende" | "paragraf-22";
  agreement: AgreementVariant;
  rights?: RightsOption;
  /** At least one decisive answer was "Ved ikke": the result is a first direction, to check again. */
  provisional: boolean;
  reasons: Reason[];
  risks: Risk[];
  /** What to find out, one line per "Ved ikke". */
  clarify: string[];
  /** Answers for the samarbejdsaftale builder, when that is the recommended agreement. */
  prefill?: AgreementPrefill;
}

export interface AgreementPrefill {
  payment?: "nej" | "delvis" | "fuldt";
  rights?: RightsOption;
  laterTender?: boolean;
  personalData?: boolean;
}

/** Answers that change the type, the route or the agreement: a "Ved ikke" here makes the result provisional. */
export const DECISIVE: readonly QuestionId[] = ["market", "payment", "purchase", "benefit", "competition", "scale"];

const CLARIFY: Record<QuestionId, string> = {
  need: "Beskriv behovet og målgruppen. Brug behovsscreeningen.",
  market: "Find ud af, om løsningen findes. Hold markedsdialog, og søg efter løsninger hos andre kommuner og regioner.",
  payment: "Afklar, om den offentlige part skal betale for udviklingen. Det afgør, om aftalen kan være udbudspligtig.",
  purchase: "Afklar, om I vil købe løsningen bagefter. Så kan I tage højde for inhabilitet fra start.",
  benefit: "Aftal, hvem der skal have gavn af resultaterne. Det afgør både udbudsreglerne og rettighederne.",
  risk: "Vurder, hvor sikkert det er, at løsningen kan laves.",
  competition: "Overvej, om I vil lade flere virksomheder konkurrere om at udvikle løsningen.",
  results: "Drøft, hvad resultaterne er værd for hver part.",
  background: "Skriv ned, hvilken viden og hvilke produkter hver part tager med ind.",
  publication: "Afklar, hvad I kan offentliggøre, og hvad der er forretningshemmeligheder.",
  personalData: "Afklar, om I skal behandle personoplysninger. Spørg jeres databeskyttelsesrådgiver (DPO).",
  scale: "Afklar, hvor stort samarbejdet skal være, og hvor længe det skal vare.",
};

export function answerLabel(question: QuestionId, value: string): string {
  const found = VEJVALG_QUESTIONS.find((q) => q.id === question)?.options.find((o) => o.value === value);
  return found?.label ?? value;
}

/** The rules. Read top to bottom: the first rule that matches decides. */
export function recommend(a: VejvalgAnswers): Recommendation {
  const reasons: Reason[] = [];
  const because = (question: QuestionId, text: string, link?: string) => reasons.push({ question, answer: answerLabel(question, a[question]), text, link });

  // 1. Route. The procurement test comes first: what the public party buys decides whether there must be a tender.
  const fullPurchase = a.payment === "fuldt" && a.benefit === "offentlig";
  const tender = fullPurchase || a.purchase === "samlet" || a.competition === "ja";
  let route: Route;
  if (a.market === UNKNOWN) {
    route = "markedsdialog";
    because("market", "I ved ikke, om løsningen findes. Find ud af det først: I må gerne spørge markedet til råds før et udbud (udbudsloven § 40), så længe konkurrencen ikke forvrides.", ROUTE_LINKS.markedsdialog);
  } else if (tender) {
    if (fullPurchase) {
      because("payment", "Den offentlige part betaler hele udviklingen og får alene gavn af resultaterne. Så gælder undtagelsen for forskning og udvikling i udbudslovens § 22 ikke, og aftalen skal i udbud.", ROUTE_LINKS.udbudsfri);
    }
    if (a.purchase === "samlet") because("purchase", "I vil udvikle og købe i samme forløb. Det kræver en udbudsprocedure fra start, fordi en udbudsfri OPI ikke giver ret til at købe bagefter.", ROUTE_LINKS.innovationspartnerskab);
    if (a.competition === "ja") because("competition", "I vil have flere virksomheder til at udvikle i konkurrence. Det gør I i en udbudsprocedure eller et prækommercielt indkøb.", ROUTE_LINKS.pcp);
    if (a.competition === "ja" && a.market === "nej" && a.purchase !== "samlet" && !fullPurchase) {
      route = "pcp";
      because("market", "Løsningen findes ikke. Ved prækommercielt indkøb køber I udvikling frem til en prototype eller en lille testserie hos flere virksomheder i konkurrence, og resultaterne deles. Et senere køb er et særskilt udbud.", ROUTE_LINKS.pcp);
    } else if (a.market === "nej") {
      route = "innovationspartnerskab";
      because("market", "Løsningen findes ikke på markedet. Et innovationspartnerskab (udbudsloven §§ 73–79) dækker både udviklingen og det senere køb i én procedure. Det kræver, at løsningen ikke allerede findes.", ROUTE_LINKS.innovationspartnerskab);
    } else if (a.market === "tilpasses") {
      route = "dialog";
      because("market", "Løsningen findes, men skal tilpasses. Så passer konkurrencepræget dialog eller udbud med forhandling, hvor I kan forhandle løsningen på plads.", ROUTE_LINKS.dialog);
    } else {
      route = "markedsdialog";
      because("market", "Løsningen findes allerede. Så behøver I ikke udvikle den: hold markedsdialog, og køb den i et almindeligt udbud med funktionskrav.", ROUTE_LINKS.markedsdialog);
    }
  } else if (a.market === "ja" && a.purchase === "senere" && !(a.scale === "kort" && a.risk === "lav" && a.payment === "nej")) {
    route = "markedsdialog";
    because("market", "Løsningen findes, og I vil måske købe den. Et udviklingssamarbejde er ikke nødvendigt: hold markedsdialog, og køb i et almindeligt udbud.", ROUTE_LINKS.markedsdialog);
  } else {
    route = "udbudsfri";
    if (a.payment === "nej" || a.payment === UNKNOWN) {
      because("payment", "Den offentlige part betaler ikke virksomheden. Når aftalen ikke er gensidigt bebyrdende, er den ikke omfattet af udbudsreglerne.", ROUTE_LINKS.udbudsfri);
    } else {
      because("payment", "Den offentlige part betaler, men ikke for noget, den alene får gavn af. Så kan aftalen være undtaget efter udbudslovens § 22 om forskning og udvikling. Det kræver en konkret vurdering: kontakt en jurist.", ROUTE_LINKS.udbudsfri);
    }
  }
  const basis = route === "udbudsfri" ? (a.payment === "delvis" || a.payment === "fuldt" ? "paragraf-22" : "ikke-gensidigt-bebyrdende") : undefined;

  // 2. Type of OPI.
  let type: OpiType;
  if (a.scale === "strategisk") {
    type = "strategisk";
    because("scale", "I vil arbejde sammen over flere år og flere projekter. Det er et strategisk samarbejde. Hvert projekt skal stadig vurderes efter udbudsreglerne.", "/om-opi#hvilke-typer-opi-findes-der");
  } else if (route === "innovationspartnerskab" || route === "pcp" || route === "dialog" || (route === "markedsdialog" && a.market === "ja")) {
    type = "innovativt-indkoeb";
    because("purchase", "Den offentlige part køber udvikling eller en løsning. Det er et innovativt indkøb.", "/om-opi#hvilke-typer-opi-findes-der");
  } else if (route === "udbudsfri" && a.scale === "kort" && a.risk === "lav" && a.payment === "nej") {
    type = "mini-afproevning";
    because("scale", "En kort test af et produkt, der næsten er klar, uden betaling, er en mini-afprøvning. Den giver ikke adgang til at købe over tærskelværdien bagefter.", "/om-opi#hvilke-typer-opi-findes-der");
  } else {
    type = "eksplorativ";
    because("risk", "I skal udforske behovet og løsningen sammen. Det er en eksplorativ OPI.", "/om-opi#hvilke-typer-opi-findes-der");
  }

  // 3. Agreement and rights.
  let agreement: AgreementVariant;
  let rights: RightsOption | undefined;
  if (route === "innovationspartnerskab" || route === "pcp" || route === "dialog" || (route === "markedsdialog" && a.market === "ja")) {
    agreement = "udbud";
    because(
      "benefit",
      route === "innovationspartnerskab"
        ? "I et innovationspartnerskab står ordningen for immaterielle rettigheder i udbudsmaterialet (udbudsloven § 74). Brug ikke OPI-samarbejdsaftalen."
        : "Rettighederne aftales i udbudsmaterialet og kontrakten. Brug ikke OPI-samarbejdsaftalen.",
      "/jura/immaterielle-rettigheder",
    );
  } else if (route === "markedsdialog") {
    agreement = "vent";
    because("market", "Vent med samarbejdsaftalen, til I ved, om løsningen findes. Skal I dele fortrolige oplysninger i dialogen, kan en fortrolighedsaftale være nok.", "/vaerktoejer/fortrolighedsaftale");
  } else if (type === "mini-afproevning") {
    agreement = "hensigtserklaering";
    because("scale", "En mini-afprøvning kræver ikke en juridisk aftale. En kort hensigtserklæring hjælper jer dog med at afstemme forventninger.", "/vaerktoejer/hensigtserklaering");
  } else {
    agreement = "samarbejdsaftale";
    if (a.benefit === "virksomhed") {
      rights = "virksomhed-ejer";
      because("benefit", "Virksomheden vil sælge løsningen. Så ejer virksomheden resultaterne mod at betale markedspris, og den offentlige part får brugsret. Markedsprisen skal hindre ulovlig statsstøtte.", "/jura/immaterielle-rettigheder");
    } else if (a.benefit === "alle") {
      rights = "fuld-aabenhed";
      because("benefit", "Alle skal have gavn af resultaterne. Vælg fuld åbenhed: resultaterne offentliggøres, og alle må bruge dem.", "/jura/immaterielle-rettigheder");
    } else if (a.benefit === "deles") {
      rights = "delvis-aabenhed";
      because("benefit", "Parterne deler resultaterne. Vælg delvis åbenhed: I deler resultaterne, og de vigtigste offentliggøres.", "/jura/immaterielle-rettigheder");
    } else if (a.publication === "ja" || (a.publication === UNKNOWN && a.results === "lidt")) {
      rights = "fuld-aabenhed";
      because(a.publication === "ja" ? "publication" : "results", "Resultaterne kan offentliggøres, eller de betyder lidt for parterne. Fuld åbenhed er den enkleste model, og den gør det lettere at undgå inhabilitet.", "/jura/immaterielle-rettigheder");
    } else if (a.publication === "nej" && (a.background === "meget" || a.results === "meget")) {
      rights = "virksomhed-ejer";
      because("publication", "Resultaterne kan ikke offentliggøres, og de eller parternes baggrundsviden betyder meget. Så er det enklest, at virksomheden ejer resultaterne mod markedspris.", "/jura/immaterielle-rettigheder");
    } else {
      rights = "delvis-aabenhed";
      because("publication", "Dele af resultaterne kan offentliggøres. Delvis åbenhed passer: I deler resultaterne, og de vigtigste offentliggøres.", "/jura/immaterielle-rettigheder");
    }
  }

  // 4. Risks to handle, whatever the route.
  const risks: Risk[] = [];
  if (route === "udbudsfri" && (a.purchase === "senere" || a.purchase === UNKNOWN)) {
    risks.push({
      title: "Inhabilitet i et senere udbud",
      text: "En virksomhed, der har været med til at udvikle løsningen, kan få en fordel i et senere udbud. Den offentlige part skal fjerne fordelen, fx ved at dele al relevant viden og give længere frister (udbudsloven § 39). Kan fordelen ikke fjernes, skal virksomheden udelukkes (§ 136). Før en logbog, og offentliggør resultaterne løbende.",
      link: "/jura/inhabilitet",
    });
  }
  if (rights === "virksomhed-ejer" && (a.purchase === "senere" || a.purchase === UNKNOWN)) {
    risks.push({ title: "Rettigheder og et senere udbud", text: "Ejer virksomheden resultaterne, er det sværere at neutralisere dens fordel i et senere udbud. Kontakt en jurist.", link: "/jura/inhabilitet" });
  }
  if (a.payment === "delvis" || a.payment === "fuldt" || rights === "virksomhed-ejer") {
    risks.push({
      title: "Statsstøtte",
      text: "Betaler den offentlige part til virksomheden, eller får virksomheden rettigheder, skal det ske på markedsvilkår. Ellers kan det være ulovlig statsstøtte. Kontakt en jurist.",
      link: "/jura/statsstoette",
    });
  }
  if (route === "udbudsfri" && basis === "paragraf-22") {
    risks.push({ title: "Undtagelsen i § 22 kræver en vurdering", text: "Undtagelsen gælder kun, hvis den offentlige part ikke både betaler det hele og alene får gavn af resultaterne. Få en jurist til at vurdere jeres aftale.", link: "/jura/udbudsfri-opi" });
  }
  if (a.personalData === "ja") {
    risks.push({ title: "Persondata", text: "I skal have et behandlingsgrundlag, informere borgerne og aftale roller. Er virksomheden databehandler for den offentlige part, skal I have en databehandleraftale (GDPR artikel 28).", link: "/jura/persondata" });
  }
  if (a.publication === "nej") {
    risks.push({
      title: "Fortrolighed og aktindsigt",
      text: "Den offentlige part skal følge offentlighedsloven og kan ikke love fuld hemmeligholdelse. Hemmelige resultater gør det også sværere at undgå inhabilitet.",
      link: "/jura/offentlighed-og-fortrolighed",
    });
  }
  if (a.risk === "hoej" && route === "udbudsfri") {
    risks.push({ title: "Høj udviklingsrisiko", text: "Aftal fra start, hvad der sker, hvis løsningen ikke virker: hvornår I stopper, og hvem der ejer det, I har lavet." });
  }
  if (a.background === "meget") {
    risks.push({ title: "Baggrundsviden", text: "Skriv i et bilag, hvilken viden og hvilke produkter hver part tager med ind. Baggrundsviden forbliver partens egen.", link: "/jura/immaterielle-rettigheder" });
  }
  if (a.need !== "klart") {
    risks.push({ title: "Behovet er ikke klart", text: "Et OPI-projekt bør starte med et klart behov, ikke med en løsning. Brug behovsscreeningen, før I går videre.", link: "/vaerktoejer/behovsscreening" });
  }

  const clarify = QUESTION_IDS.filter((id) => a[id] === UNKNOWN).map((id) => CLARIFY[id]);
  const provisional = DECISIVE.some((id) => a[id] === UNKNOWN);

  const prefill: AgreementPrefill | undefined =
    agreement === "samarbejdsaftale"
      ? {
          payment: a.payment === UNKNOWN ? undefined : a.payment,
          rights,
          laterTender: a.purchase === UNKNOWN ? undefined : a.purchase === "senere" || a.purchase === "samlet",
          personalData: a.personalData === UNKNOWN ? undefined : a.personalData === "ja",
        }
      : undefined;

  return { type, route, basis, agreement, rights, provisional, reasons, risks, clarify, prefill };
}

/** Query string for /vaerktoejer/samarbejdsaftale/fra-vejvalg. */
export function prefillQuery(prefill: AgreementPrefill): string {
  const params = new URLSearchParams();
  if (prefill.payment) params.set("betaling", prefill.payment);
  if (prefill.rights) params.set("rettigheder", prefill.rights);
  if (prefill.laterTender !== undefined) params.set("senere-udbud", prefill.laterTender ? "ja" : "nej");
  if (prefill.personalData !== undefined) params.set("persondata", prefill.personalData ? "ja" : "nej");
  return params.toString();
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
