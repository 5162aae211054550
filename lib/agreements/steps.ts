/**
 * The three documents and what each asks. One set of answers serves them all: a field answered for the
 * hensigtserklæring is already filled in when the reader moves on to the samarbejdsaftale.
 * No zod here: client code reads these definitions too.
 */
import type { SectionId } from "./sections";

export const DOCUMENT_IDS = ["hensigtserklaering", "fortrolighedsaftale", "samarbejdsaftale"] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

export interface StepDefinition {
  section: SectionId;
  /** The fields asked in this step; all fields of the section when left out. */
  fields?: string[];
}

export interface DocumentDefinition {
  id: DocumentId;
  title: string;
  /** Short name in buttons and file names. */
  shortTitle: string;
  /** The steps of the form, in order; fields left out are not asked. */
  steps: StepDefinition[];
}

export const DOCUMENTS: Record<DocumentId, DocumentDefinition> = {
  hensigtserklaering: {
    id: "hensigtserklaering",
    title: "Hensigtserklæring",
    shortTitle: "Hensigtserklæring",
    steps: [
      { section: "parties" },
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
      { section: "confidentiality" },
      { section: "terms", fields: ["disputes"] },
    ],
  },
  samarbejdsaftale: {
    id: "samarbejdsaftale",
    title: "OPI-samarbejdsaftale",
    shortTitle: "Samarbejdsaftale",
    steps: [
      { section: "parties" },
      { section: "project" },
      { section: "collaboration" },
      { section: "money" },
      { section: "rights" },
      { section: "procurement" },
      { section: "data" },
      { section: "confidentiality", fields: ["years"] },
      { section: "terms" },
    ],
  },
};

