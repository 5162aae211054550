/** The sections of the answers, in the order the forms ask them. Shared by server and client code. */
export const SECTION_IDS = [
  "parties",
  "project",
  "collaboration",
  "money",
  "rights",
  "procurement",
  "data",
  "confidentiality",
  "intent",
  "terms",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];
