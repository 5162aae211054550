/**
 * Which answers hold characters the PDF cannot show (an emoji, Chinese or Japanese script …). Pure and zod-free:
 * the builders' "Tjek dine svar" names the fields before the reader downloads, and the download route refuses a
 * PDF for the same answers with the same words. The Word file shows every character, so it is always offered.
 */
import { describeCharacters, unprintable } from "@/lib/pdf/coverage";
import { DOCUMENTS, type DocumentId } from "./steps";
import { answerLocation } from "./labels";

export interface UnprintableAnswer {
  path: string;
  /** Where the field is, e.g. "Virksomhed 2, navn". */
  label: string;
  characters: string[];
}

function collect(value: unknown, path: string, out: UnprintableAnswer[]): void {
  if (typeof value === "string") {
    const characters = unprintable(value);
    if (characters.length) out.push({ path, label: answerLocation(path) ?? path, characters });
  } else if (Array.isArray(value)) value.forEach((item, i) => collect(item, `${path}.${i}`, out));
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) collect(item, `${path}.${key}`, out);
}

/** The answers of `document` that hold characters no PDF font shows, in the order the builder asks them. */
export function unprintableAnswers(document: DocumentId, answers: Record<string, unknown>): UnprintableAnswer[] {
  const out: UnprintableAnswer[] = [];
  for (const step of DOCUMENTS[document].steps) {
    const section = answers[step.section];
    if (!section || typeof section !== "object") continue;
    const fields = step.fields ?? Object.keys(section);
    for (const field of fields) {
      // A knowledge institution that is not taken part is not in the document.
      if (step.section === "parties" && field === "knowledge" && (section as { hasKnowledgeInstitution?: unknown }).hasKnowledgeInstitution !== true) continue;
      collect((section as Record<string, unknown>)[field], `${step.section}.${field}`, out);
    }
  }
  return out;
}

/** The Danish sentence for one such answer. */
export function unprintableMessage(answer: UnprintableAnswer): string {
  return `${answer.label}: PDF-filen kan ikke vise ${describeCharacters(answer.characters)}. Ret svaret, eller hent udkastet som Word, der kan vise tegnene`;
}
