/**
 * Reading answers from a submitted form, and the flow state of a builder. Zod-free and pure:
 * the browser uses it for the live preview and autosave, the server action for validation.
 * Field names are answer paths: "project.title", "parties.companies.0.cvr".
 */
import { PARTY_QUESTIONS, QUESTIONS } from "./questions";
import type { StepDefinition } from "./steps";
import type { DraftAnswers } from "./model";

export type Draft = DraftAnswers & Record<string, unknown>;

export interface FlowState {
  document: string;
  /** 0 … steps-1 are questions; steps is "Tjek dine svar". */
  step: number;
  answers: Draft;
  /** Field path → Danish message. */
  errors: Record<string, string>;
  /** A message for the reader, e.g. after restoring answers from a file. */
  notice?: string;
  /** Changes on every server answer, so the form re-reads its values. */
  revision: number;
}

export const MAX_COMPANIES = 6;

/** id attribute for a field path, unique per builder on a page. */
export function fieldId(document: string, path: string): string {
  return `${document}-${path.replace(/\./g, "-")}`;
}

function value(form: FormData, name: string): string | undefined {
  const raw = form.get(name);
  return typeof raw === "string" ? raw.slice(0, 5000) : undefined;
}

function readField(form: FormData, name: string, kind: string): unknown {
  if (kind === "checkbox") return form.get(name) !== null;
  const raw = value(form, name);
  if (raw === undefined) return undefined;
  if (kind === "number") {
    const trimmed = raw.trim().replace(/\./g, "").replace(",", ".");
    if (trimmed === "") return undefined;
    const number = Number(trimmed);
    return Number.isFinite(number) ? number : raw;
  }
  return raw;
}

function readParty(form: FormData, prefix: string): Record<string, unknown> {
  const party: Record<string, unknown> = {};
  for (const [field, question] of Object.entries(PARTY_QUESTIONS)) {
    const read = readField(form, `${prefix}.${field}`, question.kind);
    if (read !== undefined && read !== "") party[field] = read;
  }
  return party;
}

/** The answers one step's form holds, as a partial answers object. */
export function readStep(form: FormData, step: StepDefinition, companyCount: number): Draft {
  if (step.section === "parties") {
    const companies = Array.from({ length: Math.min(Math.max(companyCount, 1), MAX_COMPANIES) }, (_, i) => readParty(form, `parties.companies.${i}`));
    const hasKnowledgeInstitution = form.get("parties.hasKnowledgeInstitution") !== null;
    return {
      parties: {
        public: readParty(form, "parties.public"),
        companies,
        hasKnowledgeInstitution,
        knowledge: hasKnowledgeInstitution ? readParty(form, "parties.knowledge") : undefined,
      },
    } as Draft;
  }
  const questions = QUESTIONS[step.section].fields;
  const section: Record<string, unknown> = {};
  for (const field of step.fields ?? Object.keys(questions)) {
    const question = questions[field];
    if (!question) continue;
    const read = readField(form, `${step.section}.${field}`, question.kind);
    if (read !== undefined && read !== "") section[field] = read;
  }
  return { [step.section]: section } as Draft;
}

/** Merges a step's answers into all answers; the step replaces what it asks, other answers stay. */
export function mergeAnswers(all: Draft, step: StepDefinition, stepAnswers: Draft): Draft {
  const merged: Draft = { ...all };
  const previous = (all[step.section] ?? {}) as Record<string, unknown>;
  const next = (stepAnswers[step.section] ?? {}) as Record<string, unknown>;
  if (step.section === "parties") {
    merged.parties = next as Draft["parties"];
    return merged;
  }
  const asked = step.fields ?? Object.keys(QUESTIONS[step.section].fields);
  const kept = Object.fromEntries(Object.entries(previous).filter(([key]) => !asked.includes(key)));
  merged[step.section] = { ...kept, ...next };
  return merged;
}

export function companyCount(answers: Draft): number {
  return Math.min(Math.max(answers.parties?.companies?.length ?? 1, 1), MAX_COMPANIES);
}

/** Reads a value at a path such as "parties.companies.0.name". */
export function valueAt(answers: unknown, path: string): unknown {
  let current: unknown = answers;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Parses stored or submitted answers; anything that is not a plain object becomes empty answers. */
export function parseAnswers(json: string | undefined | null): Draft {
  if (!json || json.length > 200_000) return {};
  try {
    const parsed = JSON.parse(json) as unknown;
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Draft) : {};
  } catch {
    return {};
  }
}
