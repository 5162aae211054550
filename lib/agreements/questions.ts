/**
 * The wording of every question in the agreement builders: step titles, labels, hints and choices.
 * Zod-free, so the browser can read it; the rules behind each field live in answers.ts.
 * No choice is made in advance: a radio group or a yes/no question starts unanswered.
 */
import type { SectionId } from "./sections";

export type FieldKind = "text" | "textarea" | "date" | "number" | "checkbox" | "radio" | "yesno";

/** A field is shown only when the answer at `path` has one of these values. */
export interface ShowIf {
  path: string;
  equals: readonly (string | boolean)[];
}

export interface Question {
  label: string;
  hint?: string;
  kind: FieldKind;
  options?: { value: string; label: string; hint?: string }[];
  /** For number fields: the unit shown after the box. */
  unit?: string;
  /** Never needed: the label says "(valgfri)". A field that is needed only sometimes says when in its hint instead. */
  optional?: boolean;
  /**
   * Show the field only when all these hold. Fields of the same step stay in the page until JavaScript runs, since
   * the reader may still change the answer they depend on; the hint then says when to answer.
   */
  showIf?: ShowIf[];
  /** Words of the question explained in the ordliste: the ids of their definitions, linked under the hint. */
  terms?: (keyof typeof TERMS)[];
}

/** The ordliste's words a question can link to, by the id of their definition in content/pages/ordliste.mdx. */
export const TERMS = {
  forgrundsviden: "forgrundsviden",
  baggrundsviden: "baggrundsviden",
  "gensidigt-bebyrdende": "gensidigt bebyrdende",
  konventionalbod: "konventionalbod",
  ordregiver: "ordregiver",
  naturalier: "naturalier",
  ansvarsgraense: "ansvarsgrænse",
  voldgift: "voldgift",
} as const;

export const PARTY_QUESTIONS: Record<string, Question> = {
  name: { label: "Navn", kind: "text" },
  cvr: { label: "CVR-nummer", hint: "8 cifre", kind: "text" },
  ean: { label: "EAN-nummer", hint: "13 cifre. Skal udfyldes for en offentlig part, der betaler virksomhederne, så fakturaen kan sendes elektronisk. Ellers kan feltet stå tomt", kind: "text" },
  address: { label: "Adresse", kind: "text" },
  signatoryName: { label: "Navn på den, der skriver under", kind: "text" },
  signatoryTitle: { label: "Stilling", kind: "text" },
  legalBasis: {
    label: "Hjemmel til at deltage",
    hint: "Den lov eller regel, der giver jer lov til at deltage og betale, fx kommunalfuldmagten eller sundhedsloven. Spørg jeres jurist",
    kind: "textarea",
    optional: true,
  },
  contribution: { label: "Hvad bidrager parten med?", hint: "Med egne ord, fx viden, adgang til brugere eller udvikling", kind: "textarea", optional: true },
  hours: { label: "Timer", kind: "number", unit: "timer", optional: true },
  hourRate: { label: "Timepris", hint: "Det, en time koster parten. Bruges til at opgøre værdien af bidragene i bilag 2", kind: "number", unit: "kr.", optional: true },
  inKind: { label: "Bidrag i naturalier", hint: "Bidrag, der ikke er penge, fx lokaler, udstyr eller adgang til borgere", kind: "text", optional: true, terms: ["naturalier"] },
  inKindValue: { label: "Værdi af naturalierne", kind: "number", unit: "kr.", optional: true },
  cash: { label: "Kontantbidrag", hint: "Penge, parten selv lægger i projektet. Betaling fra de offentlige parter til virksomhederne skriver du under Økonomi", kind: "number", unit: "kr.", optional: true },
};

export const KNOWLEDGE_TYPE_QUESTION: Question = {
  label: "Hvilken slags videninstitution?",
  kind: "radio",
  options: [
    { value: "offentlig-forskning", label: "En offentlig forskningsinstitution", hint: "Fx et universitet, et offentligt sygehus eller en sektorforskningsinstitution" },
    { value: "anden", label: "En anden videninstitution", hint: "Fx et privat institut eller en GTS" },
  ],
};

export interface SectionQuestions {
  title: string;
  intro: string;
  fields: Record<string, Question>;
}

const paying: ShowIf = { path: "money.publicPays", equals: ["delvis", "fuldt"] };
const withData: ShowIf = { path: "data.personalData", equals: [true] };
const publishing: ShowIf = { path: "rights.model", equals: ["fuld-aabenhed", "delvis-aabenhed"] };

export const QUESTIONS: Record<SectionId, SectionQuestions> = {
  parties: {
    title: "Parterne",
    intro: "Skriv de parter, der er med: en eller flere offentlige parter, en eller flere virksomheder og eventuelt en videninstitution.",
    fields: {},
  },
  project: {
    title: "Projektet",
    intro: "Beskriv behovet og det, I vil gøre sammen. Skriv kort og konkret.",
    fields: {
      title: { label: "Projektets titel", kind: "text" },
      need: { label: "Hvilket behov skal projektet løse?", kind: "textarea" },
      purpose: { label: "Hvad er formålet med samarbejdet?", kind: "textarea" },
      citizenValue: { label: "Hvad får borgeren ud af det?", hint: "Kvalitet for borgeren: den første bundlinje", kind: "textarea" },
      publicValue: { label: "Hvad får den offentlige part ud af det?", hint: "Effektivitet: den anden bundlinje", kind: "textarea" },
      companyValue: { label: "Hvad får virksomheden ud af det?", hint: "Vækst: den tredje bundlinje", kind: "textarea" },
      scope: { label: "Hvad skal I lave i projektet?", hint: "Aktiviteter, og hvad der skal være klar til sidst", kind: "textarea" },
      milestones: { label: "Milepæle", hint: "Fx prototype klar 1. maj. Skriv en milepæl pr. linje", kind: "textarea", optional: true },
      testSites: { label: "Hvor skal I teste?", hint: "Fx navne på plejecentre eller afdelinger", kind: "text", optional: true },
      start: { label: "Startdato", kind: "date" },
      end: { label: "Slutdato", kind: "date" },
      logbook: { label: "Fører I logbog over resultaterne (forgrundsviden)?", hint: "Anbefales: logbogen dokumenterer, hvem der har skabt hvad, og gør det lettere at dele viden før et udbud", kind: "yesno" },
      logbookKeeper: { label: "Hvem fører logbogen?", hint: "Svar, hvis I fører logbog. Fx projektlederen hos den offentlige part", kind: "text", showIf: [{ path: "project.logbook", equals: [true] }] },
    },
  },
  collaboration: {
    title: "Samarbejdet",
    intro: "Aftal, hvordan I styrer projektet og træffer beslutninger.",
    fields: {
      steeringGroup: { label: "Hvem sidder i styregruppen?", kind: "textarea" },
      meetingRhythm: { label: "Hvor tit mødes I?", hint: "Fx hver anden uge", kind: "text" },
      decisions: { label: "Hvordan træffer I beslutninger?", hint: "Fx i enighed i styregruppen", kind: "textarea" },
    },
  },
  money: {
    title: "Økonomi",
    intro: "Hvem betaler hvad? Det har betydning for udbud og statsstøtte.",
    fields: {
      publicPays: {
        label: "Betaler den offentlige part virksomhederne for udviklingen?",
        hint: "Betaler den offentlige part, kan aftalen være gensidigt bebyrdende, og så kan udbudsloven gælde",
        terms: ["gensidigt-bebyrdende"],
        kind: "radio",
        options: [
          { value: "nej", label: "Nej", hint: "Hver part dækker sine egne udgifter" },
          { value: "delvis", label: "Delvis", hint: "Den offentlige part betaler en del af udviklingen. Kræver en juridisk vurdering af udbud og statsstøtte" },
          { value: "fuldt", label: "Ja, fuldt ud", hint: "Kræver en juridisk vurdering: aftalen kan være udbudspligtig" },
        ],
      },
      price: { label: "Hvor meget betaler de offentlige parter i alt?", hint: "Svar, hvis den offentlige part betaler. Beløbet uden moms", kind: "number", unit: "kr.", showIf: [paying] },
      paymentPlan: {
        label: "Betalingsplan",
        hint: "Svar, hvis den offentlige part betaler. Skriv en rate pr. linje: milepæl, beløb og dato, fx »Prototype godkendt: 200.000 kr., 1. maj 2027«. Er der flere virksomheder, så skriv også, hvem raten er til",
        kind: "textarea",
        showIf: [paying],
      },
      paymentSplit: { label: "Hvordan deler de offentlige parter betalingen?", hint: "Kun hvis I er flere offentlige parter, der betaler", kind: "textarea", optional: true, showIf: [paying] },
      externalFunding: { label: "Ekstern finansiering", hint: "Fx en fond eller pulje. Skriv navn og beløb. Tilsagnet bliver bilag til aftalen", kind: "text", optional: true },
    },
  },
  rights: {
    title: "Rettigheder",
    intro: "Hvem ejer og må bruge resultaterne (forgrundsviden)? Hver part beholder altid sin baggrundsviden.",
    fields: {
      model: {
        label: "Hvordan deler I resultaterne?",
        hint: "Forgrundsviden er det, I skaber sammen i projektet. Baggrundsviden er det, hver part har med ind og beholder",
        terms: ["forgrundsviden", "baggrundsviden"],
        kind: "radio",
        options: [
          { value: "fuld-aabenhed", label: "Fuld åbenhed", hint: "Resultaterne offentliggøres under en åben licens, og alle må bruge dem" },
          { value: "delvis-aabenhed", label: "Delvis åbenhed", hint: "Hver part ejer det, den skaber. De vigtigste resultater offentliggøres. En virksomhed betaler markedspris for at udnytte det, andre parter har skabt" },
          { value: "virksomhed-ejer", label: "Virksomheden ejer resultaterne", hint: "Mod markedspris for det, de andre parter har bidraget med. De offentlige parter får brugsret" },
          { value: "offentlig-ejer", label: "De offentlige parter ejer resultaterne", hint: "Virksomhederne får ingen rettigheder. Betaler den offentlige part fuldt ud, skal aftalen som regel i udbud" },
        ],
      },
      codeLicence: {
        label: "Hvilken licens skal software fra projektet have?",
        hint: "Svar ved fuld åbenhed. Tekster, data og design får altid licensen CC BY 4.0",
        kind: "radio",
        options: [
          { value: "eupl-1.2", label: "EUPL 1.2", hint: "EU's licens for offentlig software. Ændringer skal deles under samme licens" },
          { value: "apache-2.0", label: "Apache 2.0", hint: "Alle må bruge og ændre koden, også i lukkede produkter" },
          { value: "mit", label: "MIT", hint: "Den korteste åbne licens. Alle må bruge og ændre koden" },
        ],
        showIf: [{ path: "rights.model", equals: ["fuld-aabenhed"] }],
      },
      marketPriceMethod: {
        label: "Hvordan fastsættes markedsprisen?",
        hint: "Svar ved delvis åbenhed, og når virksomhederne ejer resultaterne",
        kind: "radio",
        options: [
          { value: "vurdering", label: "En uafhængig sagkyndig vurderer prisen" },
          { value: "forhandling", label: "Parterne forhandler prisen på armslængde og dokumenterer forhandlingen" },
          { value: "konkurrence", label: "Rettighederne sælges i en åben konkurrence" },
        ],
        showIf: [{ path: "rights.model", equals: ["delvis-aabenhed", "virksomhed-ejer"] }],
      },
      licenceTerms: {
        label: "Særlige vilkår for de offentlige parters brugsret",
        hint: "Fx om brugsretten også omfatter andre kommuner",
        kind: "textarea",
        optional: true,
        showIf: [{ path: "rights.model", equals: ["delvis-aabenhed", "virksomhed-ejer"] }],
      },
      publicationWhat: { label: "Hvad offentliggør I?", hint: "Svar, hvis resultaterne offentliggøres. Fx rapporter, logbog og kildekode", kind: "textarea", showIf: [publishing] },
      publicationWhere: { label: "Hvor offentliggør I det?", hint: "Svar, hvis resultaterne offentliggøres. Fx på kommunens hjemmeside", kind: "text", showIf: [publishing] },
      publicationWhen: { label: "Hvornår offentliggør I det?", hint: "Svar, hvis resultaterne offentliggøres. Fx senest tre måneder efter projektets afslutning", kind: "text", showIf: [publishing] },
    },
  },
  procurement: {
    title: "Udbud",
    intro: "Aftalen lover ikke et senere køb. Skal løsningen senere i udbud, skal I forebygge inhabilitet nu.",
    fields: {
      laterTender: { label: "Vil den offentlige part måske købe en løsning senere i et udbud?", hint: "Som ordregiver skal den offentlige part som regel købe i udbud", kind: "yesno", terms: ["ordregiver"] },
    },
  },
  data: {
    title: "Persondata",
    intro: "Behandler I oplysninger om borgere eller medarbejdere i projektet?",
    fields: {
      personalData: { label: "Behandler I personoplysninger i projektet?", hint: "Fx navne, kontaktoplysninger eller helbredsoplysninger om borgere eller medarbejdere", kind: "yesno" },
      roles: {
        label: "Hvem bestemmer, hvad oplysningerne bruges til?",
        hint: "Svar, hvis I behandler personoplysninger",
        kind: "radio",
        options: [
          { value: "databehandler", label: "Den offentlige part", hint: "Virksomhederne behandler kun oplysningerne for den offentlige part (databehandlere)" },
          { value: "selvstaendig", label: "Hver part for sine egne oplysninger", hint: "Hver part er selv dataansvarlig for det, den bruger oplysningerne til" },
          { value: "faelles", label: "Parterne sammen", hint: "Fælles dataansvar (GDPR art. 26)" },
        ],
        showIf: [withData],
      },
      purposes: { label: "Hvad skal oplysningerne bruges til?", hint: "Svar, hvis I behandler personoplysninger. Fx at afprøve, om sensoren opdager fald", kind: "textarea", showIf: [withData] },
      dataDescription: { label: "Hvilke personoplysninger?", hint: "Svar, hvis I behandler personoplysninger. Fx navne og oplysninger om fald", kind: "textarea", showIf: [withData] },
      subjects: { label: "Hvem handler oplysningerne om?", hint: "Svar, hvis I behandler personoplysninger. Fx borgere i testen og medarbejdere", kind: "text", showIf: [withData] },
      processingNature: {
        label: "Hvad gør virksomheden med oplysningerne?",
        hint: "Svar, hvis I behandler personoplysninger. Fx indsamler dem med sensorer, gemmer dem i en database, analyserer dem og viser dem for personalet",
        kind: "textarea",
        showIf: [withData],
      },
      sensitive: { label: "Er der helbredsoplysninger eller andre følsomme oplysninger?", hint: "Svar, hvis I behandler personoplysninger. Følsomme oplysninger står i GDPR art. 9", kind: "yesno", showIf: [withData] },
      monitoring: {
        label: "Overvåger løsningen personer løbende?",
        hint: "Svar, hvis I behandler personoplysninger. Fx med sensorer, kamera, mikrofon eller lokalisering",
        kind: "yesno",
        showIf: [withData],
      },
      retention: {
        label: "Hvor længe behandles og gemmes oplysningerne?",
        hint: "Svar, hvis I behandler personoplysninger. Fx i testperioden. Oplysningerne slettes senest 30 dage efter, at testen er slut",
        kind: "textarea",
        showIf: [withData],
      },
    },
  },
  processing: {
    title: "Sikkerhed og underdatabehandlere",
    intro: "Aftal, hvordan databehandleren beskytter oplysningerne, hvem den må bruge til hjælp, og hvad der sker, når behandlingen slutter.",
    fields: {
      knowledgeProcessor: {
        label: "Behandler videninstitutionen også oplysningerne for de offentlige parter?",
        hint: "Svar, når en videninstitution er med. Svarer du nej, er videninstitutionen ikke part i databehandleraftalen",
        kind: "yesno",
        showIf: [{ path: "parties.hasKnowledgeInstitution", equals: [true] }],
      },
      securityMeasures: {
        label: "Hvilke sikkerhedsforanstaltninger bruger databehandleren?",
        hint: "Skriv en foranstaltning pr. linje, fx »Data krypteres under overførsel og opbevaring«, »Kun navngivne medarbejdere har adgang« og »Adgang logges«",
        kind: "textarea",
      },
      subProcessorApproval: {
        label: "Hvordan godkender den dataansvarlige underdatabehandlere?",
        hint: "En underdatabehandler er en anden virksomhed, som databehandleren bruger, fx en hostingudbyder",
        kind: "radio",
        options: [
          { value: "specifik", label: "Hver underdatabehandler skal godkendes på forhånd", hint: "Specifik godkendelse: den dataansvarlige siger ja eller nej til hver enkelt" },
          { value: "generel", label: "Databehandleren må skifte, men skal varsle", hint: "Generel godkendelse: den dataansvarlige får besked i god tid og kan gøre indsigelse" },
        ],
      },
      subProcessorNoticeDays: {
        label: "Hvor mange dage før en ændring skal den dataansvarlige have besked?",
        hint: "Svar ved generel godkendelse. Fx 30 dage",
        kind: "number",
        unit: "dage",
        showIf: [{ path: "processing.subProcessorApproval", equals: ["generel"] }],
      },
      subProcessors: {
        label: "Hvilke underdatabehandlere er godkendt fra start?",
        hint: "Skriv en pr. linje: navn, CVR eller land, hvad de gør, og hvor data behandles. Fx »Nordisk Hosting A/S, CVR 12345674: drift af serverne i Danmark«. Lad feltet stå tomt, hvis der ingen er",
        kind: "textarea",
        optional: true,
      },
      thirdCountries: {
        label: "Overføres oplysninger til lande uden for EU/EØS?",
        hint: "Skriv land og grundlaget for overførslen, fx en afgørelse om tilstrækkeligt beskyttelsesniveau. Lad feltet stå tomt, hvis oplysningerne bliver i EU/EØS",
        kind: "textarea",
        optional: true,
      },
      breachNoticeHours: {
        label: "Hvor hurtigt skal databehandleren give besked om et brud på sikkerheden?",
        hint: "Senest antal timer efter, at databehandleren har opdaget bruddet. Den dataansvarlige har selv højst 72 timer til at anmelde bruddet til Datatilsynet, så vælg fx 24 eller 48",
        kind: "number",
        unit: "timer",
      },
      endOfProcessing: {
        label: "Hvad sker der med oplysningerne, når behandlingen slutter?",
        hint: "Den dataansvarlige kan vælge om, før behandlingen slutter",
        kind: "radio",
        options: [
          { value: "slet", label: "Databehandleren sletter dem" },
          { value: "returner", label: "Databehandleren leverer dem tilbage og sletter derefter sine kopier" },
        ],
      },
    },
  },
  confidentiality: {
    title: "Fortrolighed",
    intro: "Aftal, hvad der er fortroligt, og hvor længe. En offentlig part skal altid følge offentlighedsloven.",
    fields: {
      direction: {
        label: "Hvem deler fortrolige oplysninger?",
        kind: "radio",
        options: [
          { value: "gensidig", label: "Alle parter", hint: "Gensidig fortrolighed: alle kan både give og modtage" },
          { value: "envejs", label: "Kun den ene side", hint: "Envejs fortrolighed" },
        ],
      },
      disclosingParty: {
        label: "Hvem giver de fortrolige oplysninger?",
        hint: "Svar ved envejs fortrolighed",
        kind: "radio",
        options: [
          { value: "virksomhed", label: "Virksomhederne", hint: "De offentlige parter modtager" },
          { value: "offentlig", label: "De offentlige parter", hint: "Virksomhederne modtager" },
        ],
        showIf: [{ path: "confidentiality.direction", equals: ["envejs"] }],
      },
      knowledgeRole: {
        label: "Hvad gør videninstitutionen?",
        hint: "Svar ved envejs fortrolighed, når en videninstitution er med",
        kind: "radio",
        options: [
          { value: "afgiver", label: "Giver fortrolige oplysninger" },
          { value: "modtager", label: "Modtager fortrolige oplysninger" },
          { value: "begge", label: "Både giver og modtager" },
        ],
        showIf: [
          { path: "confidentiality.direction", equals: ["envejs"] },
          { path: "parties.hasKnowledgeInstitution", equals: [true] },
        ],
      },
      years: { label: "Hvor mange år gælder fortroligheden?", kind: "number", unit: "år" },
      sanction: {
        label: "Hvad sker der ved brud?",
        terms: ["konventionalbod"],
        kind: "radio",
        options: [
          { value: "erstatning", label: "Erstatning efter dansk rets almindelige regler" },
          { value: "konventionalbod", label: "En fast bod (konventionalbod)", hint: "Et aftalt beløb pr. brud" },
        ],
      },
      penalty: { label: "Konventionalbodens beløb", hint: "Svar, hvis I vælger en fast bod", kind: "number", unit: "kr.", showIf: [{ path: "confidentiality.sanction", equals: ["konventionalbod"] }] },
    },
  },
  intent: {
    title: "Næste skridt",
    intro: "En hensigtserklæring viser, hvad I har tænkt jer. Kun fortroligheden er bindende.",
    fields: {
      nextSteps: { label: "Hvad er de næste skridt?", kind: "textarea" },
      validUntil: { label: "Hvornår udløber hensigtserklæringen?", kind: "date" },
    },
  },
  terms: {
    title: "Ophør og tvister",
    intro: "Aftal, hvordan en part kan træde ud, og hvordan I løser uenigheder.",
    fields: {
      noticeMonths: { label: "Opsigelsesvarsel", hint: "0 betyder, at en part kan træde ud straks", kind: "number", unit: "måneder" },
      disputes: {
        label: "Hvordan afgøres en tvist, hvis I ikke kan blive enige?",
        terms: ["voldgift"],
        kind: "radio",
        options: [
          { value: "domstole", label: "Ved de danske domstole" },
          { value: "voldgift", label: "Ved voldgift" },
        ],
      },
      liabilityCap: { label: "Ansvarsgrænse pr. part", hint: "Det højeste beløb, en part skal betale i erstatning efter aftalen. 0 eller tomt betyder ingen aftalt grænse", kind: "number", unit: "kr.", optional: true, terms: ["ansvarsgraense"] },
    },
  },
};
