/**
 * Answers from across Europe and beyond, for the documents' tests: Polish, Hungarian and Greek letters, æøå,
 * a Hebrew and an Arabic name, an ampersand and markup in the title, long names that must wrap, four companies and
 * a knowledge institution. The organisations are made up.
 */
import { exampleAnswers } from "@/lib/agreements/examples";
import type { Answers } from "@/lib/agreements/answers";

export const HEBREW_NAME = "דוד כהן";
export const ARABIC_NAME = "مرحبا";

export function internationalAnswers(): Answers {
  const answers = structuredClone(exampleAnswers);
  const company = answers.parties.companies[0]!;
  answers.project.title = "Tryg nat & dag på Ærø <pilot>";
  answers.parties.publics[0]!.name = "Københavns Kommune, Sundheds- og Omsorgsforvaltningen, Center for Velfærdsteknologi og Digitalisering";
  answers.parties.companies = [
    company,
    { ...company, name: `Łukasz Őrs Ωmega שלום Tech ${ARABIC_NAME} ApS`, cvr: "12345674", signatoryName: "Łukasz Őrs Ωmega", signatoryTitle: "Direktør" },
    { ...company, name: "Brødrene Ægidius Sørensen & Søn A/S", signatoryName: HEBREW_NAME, signatoryTitle: "Teknisk direktør" },
    { ...company, name: "Nørrebro Digital Sundhed I/S", inKind: "Sensorer, gateways og en servicetekniker to dage om ugen i hele testperioden" },
  ];
  answers.parties.hasKnowledgeInstitution = true;
  answers.parties.knowledge = { ...answers.parties.publics[0]!, name: "Uniwersytet Łódzki", ean: undefined, legalBasis: undefined, signatoryName: "Ωlga Ősz", signatoryTitle: "Prorektor" };
  answers.parties.knowledgeType = "offentlig-forskning";
  return answers;
}
