import type { VejvalgAnswers } from "@/lib/planning/vejvalg";

/** Vejvalg answers for an exploratory project: no payment, results shared, maybe a tender later. */
export const exploratoryAnswers: VejvalgAnswers = {
  need: "klart",
  market: "nej",
  payment: "nej",
  otherValue: "nej",
  purchase: "senere",
  benefit: "deles",
  risk: "middel",
  competition: "nej",
  results: "meget",
  background: "lidt",
  publication: "delvis",
  personalData: "nej",
  scale: "projekt",
};
