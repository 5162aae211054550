/**
 * The wording of every question in the agreement builders: step titles, labels, hints and choices.
 * Zod-free, so the browser can read it; the rules behind each field live in answers.ts.
 */
import type { SectionId } from "./sections";

export type FieldKind = "text" | "textarea" | "date" | "number" | "checkbox" | "radio";

export interface Question {
  label: string;
  hint?: string;
  kind: FieldKind;
  options?: { value: string; label: string; hint?: string }[];
  /** For number fields: the unit shown after the box. */
  unit?: string;
  optional?: boolean;
  /** Show the field only when another field in the same section has this value. */
  showIf?: { field: string; equals: string | boolean };
}

export const PARTY_QUESTIONS: Record<string, Question> = {
  name: { label: "Navn", kind: "text" },
  cvr: { label: "CVR-nummer", hint: "8 cifre", kind: "text" },
  ean: { label: "EAN-nummer", hint: "13 cifre. Kun hvis parten bruger EAN til fakturaer", kind: "text", optional: true },
  address: { label: "Adresse", kind: "text" },
  signatoryName: { label: "Navn på den, der skriver under", kind: "text" },
  signatoryTitle: { label: "Stilling", kind: "text" },
  contribution: { label: "Hvad bidrager parten med?", hint: "Med egne ord, fx viden, adgang til brugere eller udvikling", kind: "textarea", optional: true },
  hours: { label: "Timer", kind: "number", unit: "timer", optional: true },
  inKind: { label: "Bidrag i naturalier", hint: "Fx lokaler, udstyr eller adgang til borgere", kind: "text", optional: true },
  cash: { label: "Kontantbidrag", kind: "number", unit: "kr.", optional: true },
};

export interface SectionQuestions {
  title: string;
  intro: string;
  fields: Record<string, Question>;
}

export const QUESTIONS: Record<SectionId, SectionQuestions> = {
  parties: {
    title: "Parterne",
    intro: "Skriv de parter, der er med: én offentlig part, en eller flere virksomheder og eventuelt en videninstitution.",
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
      logbook: { label: "Vi fører logbog over resultaterne (forgrundsviden)", hint: "Anbefales: det gør det lettere at dele viden og undgå inhabilitet", kind: "checkbox" },
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
    intro: "Hvem betaler hvad? Det har betydning for, om aftalen skal i udbud.",
    fields: {
      publicPays: {
        label: "Betaler den offentlige part virksomheden for udviklingen?",
        kind: "radio",
        options: [
          { value: "nej", label: "Nej", hint: "Hver part dækker sine egne udgifter" },
          { value: "delvis", label: "Delvis", hint: "Den offentlige part dækker en del af udgifterne" },
          { value: "fuldt", label: "Ja, fuldt ud", hint: "Kræver en juridisk vurdering: aftalen kan være udbudspligtig" },
        ],
      },
      externalFunding: { label: "Ekstern finansiering", hint: "Fx en fond eller pulje. Skriv navn og beløb", kind: "text", optional: true },
    },
  },
  rights: {
    title: "Rettigheder",
    intro: "Hvem ejer og må bruge resultaterne (forgrundsviden)? Hver part beholder altid sin baggrundsviden.",
    fields: {
      model: {
        label: "Hvordan deler I resultaterne?",
        kind: "radio",
        options: [
          { value: "fuld-aabenhed", label: "Fuld åbenhed", hint: "Resultaterne offentliggøres, og alle må bruge dem" },
          { value: "delvis-aabenhed", label: "Delvis åbenhed", hint: "Parterne deler resultaterne, og de vigtigste offentliggøres" },
          { value: "virksomhed-ejer", label: "Virksomheden ejer resultaterne", hint: "Mod markedspris. Den offentlige part får brugsret" },
        ],
      },
      licenceTerms: { label: "Vilkår for den offentlige parts brugsret", hint: "Kun hvis virksomheden ejer resultaterne", kind: "textarea", optional: true, showIf: { field: "model", equals: "virksomhed-ejer" } },
    },
  },
  procurement: {
    title: "Udbud",
    intro: "Aftalen lover ikke et senere køb. Skal løsningen senere i udbud, skal I forebygge inhabilitet nu.",
    fields: {
      laterTender: { label: "Den offentlige part vil måske købe en løsning senere i et udbud", kind: "checkbox" },
    },
  },
  data: {
    title: "Persondata",
    intro: "Behandler I oplysninger om borgere eller medarbejdere i projektet?",
    fields: {
      personalData: { label: "Vi behandler persondata i projektet", kind: "checkbox" },
      dataDescription: { label: "Hvilke persondata?", hint: "Fx navne og oplysninger om fald hos borgerne i testen", kind: "textarea", optional: true, showIf: { field: "personalData", equals: true } },
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
          { value: "gensidig", label: "Begge parter", hint: "Gensidig fortrolighed" },
          { value: "envejs", label: "Kun den ene part", hint: "Envejs fortrolighed" },
        ],
      },
      disclosingParty: {
        label: "Hvem giver de fortrolige oplysninger?",
        kind: "radio",
        options: [
          { value: "virksomhed", label: "Virksomheden" },
          { value: "offentlig", label: "Den offentlige part" },
        ],
        showIf: { field: "direction", equals: "envejs" },
      },
      years: { label: "Hvor mange år gælder fortroligheden?", kind: "number", unit: "år" },
      sanction: {
        label: "Hvad sker der ved brud?",
        kind: "radio",
        options: [
          { value: "erstatning", label: "Erstatning efter dansk rets almindelige regler" },
          { value: "konventionalbod", label: "En fast bod (konventionalbod)", hint: "Et aftalt beløb pr. brud" },
        ],
      },
      penalty: { label: "Konventionalbodens beløb", kind: "number", unit: "kr.", optional: true, showIf: { field: "sanction", equals: "konventionalbod" } },
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
        kind: "radio",
        options: [
          { value: "domstole", label: "Ved de danske domstole" },
          { value: "voldgift", label: "Ved voldgift" },
        ],
      },
      liabilityCap: { label: "Ansvarsgrænse pr. part", hint: "0 betyder ingen aftalt grænse", kind: "number", unit: "kr.", optional: true },
    },
  },
};
