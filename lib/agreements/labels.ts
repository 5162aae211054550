/**
 * Where an answer lives, in words a reader recognises: "parties.companies.1.name" is "Virksomhed 2, navn".
 * Zod-free, so the builders' review step in the browser and the download route word a field the same way.
 */
import { PARTY_QUESTIONS, QUESTIONS } from "./questions";
import type { SectionId } from "./sections";

/** "Navn" → "navn", but "CVR-nummer" stays as it is. */
const lower = (text: string) => (/^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));

function party(who: string, index?: string): string | undefined {
  if (who === "public") return "Den offentlige part";
  if (who === "publics") return index === undefined ? "De offentlige parter" : `Offentlig part ${Number(index) + 1}`;
  if (who === "knowledge") return "Videninstitutionen";
  if (who === "companies") return index === undefined ? "Virksomhederne" : `Virksomhed ${Number(index) + 1}`;
  return undefined;
}

/** The field at an answer path, or undefined for a path no question asks. */
export function answerLocation(path: string): string | undefined {
  const [section, ...rest] = path.split(".");
  if (!section || !(section in QUESTIONS)) return undefined;
  const questions = QUESTIONS[section as SectionId];
  if (section === "parties") {
    const [who, second, third] = rest;
    if (!who) return questions.title;
    const index = (who === "companies" || who === "publics") && second !== undefined && /^\d+$/.test(second) ? second : undefined;
    const field = index === undefined ? second : third;
    const name = party(who, index);
    if (!name) return questions.title;
    const question = field ? PARTY_QUESTIONS[field] : undefined;
    return question ? `${name}, ${lower(question.label)}` : name;
  }
  // A step's question is quoted as the reader saw it: Projektet, »Hvad er formålet med samarbejdet?«.
  const question = rest[0] ? questions.fields[rest[0]] : undefined;
  return question ? `${questions.title}, »${question.label}«` : questions.title;
}

/** A problem with a field, prefixed with where the field is when that is known. */
export function locatedMessage(path: string, message: string): string {
  const location = answerLocation(path);
  return location ? `${location}: ${message}` : message;
}
