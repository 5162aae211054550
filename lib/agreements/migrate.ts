/**
 * Answers saved by an earlier version of the builders (a DOCX, a saved answers file, or this browser's storage)
 * brought up to the current shape, with a Danish line for each change the reader should know about. Pure and
 * zod-free: the browser migrates its stored answers with the same code. Each step is idempotent.
 */
import { ANSWERS_VERSION } from "./sections";

export interface Migrated {
  answers: Record<string, unknown>;
  /** The version the answers had; 0 when it could not be told. */
  from: number;
  /** What changed, for the notice after a file is read. */
  changes: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The version of answers that carry none: version 1 had a single public party under parties.public. */
export function answersVersionOf(answers: Record<string, unknown>): number {
  const parties = answers.parties;
  if (isObject(parties) && isObject(parties.public) && !Array.isArray(parties.publics)) return 1;
  return ANSWERS_VERSION;
}

/** Version 1 → 2: several public parties. */
function fromVersion1(answers: Record<string, unknown>, changes: string[]): Record<string, unknown> {
  const parties = answers.parties;
  if (!isObject(parties) || !isObject(parties.public) || Array.isArray(parties.publics)) return answers;
  const { public: single, ...rest } = parties;
  changes.push("En aftale kan nu have flere offentlige parter. Din offentlige part er flyttet med som den første.");
  return { ...answers, parties: { ...rest, publics: [single] } };
}

export function migrateAnswers(raw: Record<string, unknown>, declared?: number): Migrated {
  const from = typeof declared === "number" && Number.isInteger(declared) ? declared : answersVersionOf(raw);
  const changes: string[] = [];
  let answers = raw;
  if (from < 2) answers = fromVersion1(answers, changes);
  return { answers, from, changes };
}
