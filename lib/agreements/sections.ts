/** The sections of the answers, in the order the forms ask them, and the limits both sides share. Zod-free. */
export const SECTION_IDS = [
  "parties",
  "project",
  "collaboration",
  "money",
  "rights",
  "procurement",
  "data",
  "processing",
  "confidentiality",
  "intent",
  "terms",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The shape of the answers. Raise it when a field moves or changes meaning, and teach migrate.ts the step. */
export const ANSWERS_VERSION = 2;

export const MAX_PUBLICS = 6;
export const MAX_COMPANIES = 6;
