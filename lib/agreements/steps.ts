/**
 * The documents and what each asks. One set of answers serves them all: a field answered for the
 * hensigtserklæring is already filled in when the reader moves on to the samarbejdsaftale.
 * No zod here: client code reads these definitions too.
 */
import type { SectionId } from "./sections";

export const DOCUMENT_IDS = ["hensigtserklaering", "fortrolighedsaftale", "samarbejdsaftale", "databehandleraftale"] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

/** Whether a value (a tool name, a form field) names one of the agreement builders. */
export const isDocumentId = (value: unknown): value is DocumentId => (DOCUMENT_IDS as readonly unknown[]).includes(value);

/** What every document asks of every party. */
export const BASE_PARTY_FIELDS = ["name", "cvr", "ean", "address", "signatoryName", "signatoryTitle"] as const;

export interface StepDefinition {
  section: SectionId;
  /** The fields asked in this step; all fields of the section when left out. */
  fields?: string[];
  /** In the parties step: the party fields asked besides BASE_PARTY_FIELDS. */
  partyFields?: string[];
  /** In the parties step: fields asked of public parties only. */
  publicPartyFields?: string[];
}

export interface DocumentDefinition {
  id: DocumentId;
  title: string;
  /** Short name in buttons and file names. */
  shortTitle: string;
  /** The steps of the form, in order; fields left out are not asked. */
  steps: StepDefinition[];
  /** Prints how the parties chose their route in the læsevejledning, when the answers hold the vejvalg's. */
  showsRoute?: boolean;
}

export const DOCUMENTS: Record<DocumentId, DocumentDefinition> = {
  hensigtserklaering: {
    id: "hensigtserklaering",
    title: "Hensigtserklæring",
    shortTitle: "Hensigtserklæring",
    steps: [
      { section: "parties", partyFields: ["contribution"] },
      { section: "project", fields: ["title", "need", "purpose", "start", "end"] },
      { section: "intent" },
      { section: "confidentiality", fields: ["years"] },
    ],
  },
  fortrolighedsaftale: {
    id: "fortrolighedsaftale",
    title: "Fortrolighedsaftale",
    shortTitle: "Fortrolighedsaftale",
    steps: [
      { section: "parties" },
      { section: "project", fields: ["title", "purpose"] },
      { section: "confidentiality", fields: ["direction", "disclosingParty", "knowledgeRole", "years", "sanction", "penalty"] },
      { section: "terms", fields: ["disputes"] },
    ],
  },
  samarbejdsaftale: {
    id: "samarbejdsaftale",
    title: "OPI-samarbejdsaftale",
    shortTitle: "Samarbejdsaftale",
    showsRoute: true,
    steps: [
      { section: "parties", partyFields: ["hours", "hourRate", "inKind", "inKindValue", "cash"], publicPartyFields: ["legalBasis"] },
      { section: "project" },
      { section: "collaboration" },
      { section: "money" },
      { section: "rights" },
      { section: "procurement" },
      { section: "data", fields: ["personalData", "roles", "purposes", "dataDescription", "subjects", "sensitive"] },
      { section: "confidentiality", fields: ["years"] },
      { section: "terms" },
    ],
  },
  databehandleraftale: {
    id: "databehandleraftale",
    title: "Databehandleraftale",
    shortTitle: "Databehandleraftale",
    steps: [
      { section: "parties" },
      { section: "project", fields: ["title", "purpose", "start", "end"] },
      { section: "data", fields: ["personalData", "roles", "purposes", "processingNature", "subjects", "dataDescription", "sensitive", "monitoring", "retention"] },
      { section: "processing" },
      { section: "terms", fields: ["disputes"] },
    ],
  },
};

/** The party fields a parties step asks, for a public party or another party. */
export function partyFieldsOf(step: StepDefinition, group: "publics" | "companies" | "knowledge"): string[] {
  return [...BASE_PARTY_FIELDS, ...(step.partyFields ?? []), ...(group === "publics" ? (step.publicPartyFields ?? []) : [])];
}
