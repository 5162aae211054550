/**
 * Reading answers from a submitted form, and the flow state of a builder. Zod-free and pure:
 * the browser uses it for the live preview and autosave, the server action for validation.
 * Field names are answer paths: "project.title", "parties.companies.0.cvr".
 */
import { PARTY_QUESTIONS, QUESTIONS } from "./questions";
import { partyFieldsOf, type StepDefinition } from "./steps";
import type { DraftAnswers } from "./model";
import { migrateAnswers } from "./migrate";
import { answersTextProblem } from "./bounds";
import { MAX_COMPANIES, MAX_PUBLICS } from "./sections";

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
  /** "reset": the reader asked to delete every answer, and is asked to confirm first. */
  confirm?: "reset";
  /** Changes on every server answer, so the form re-reads its values. */
  revision: number;
}

export { MAX_COMPANIES, MAX_PUBLICS };

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
  if (kind === "yesno") return raw === "true" ? true : raw === "false" ? false : undefined;
  if (kind === "number") {
    const trimmed = raw.trim().replace(/\./g, "").replace(",", ".");
    if (trimmed === "") return undefined;
    const number = Number(trimmed);
    return Number.isFinite(number) ? number : raw;
  }
  return raw;
}

function readParty(form: FormData, prefix: string, fields: string[]): Record<string, unknown> {
  const party: Record<string, unknown> = {};
  for (const field of fields) {
    const question = PARTY_QUESTIONS[field];
    if (!question) continue;
    const read = readField(form, `${prefix}.${field}`, question.kind);
    if (read !== undefined && read !== "") party[field] = read;
  }
  return party;
}

/** How many parties of a group the answers hold, within the limits (at least one public party and one company). */
export function partyCount(answers: Draft, group: "publics" | "companies"): number {
  const list = (answers.parties as Record<string, unknown> | undefined)?.[group];
  return Math.min(Math.max(Array.isArray(list) ? list.length : 1, 1), group === "publics" ? MAX_PUBLICS : MAX_COMPANIES);
}

/** The answers one step's form holds, as a partial answers object. */
export function readStep(form: FormData, step: StepDefinition, answers: Draft): Draft {
  if (step.section === "parties") {
    const list = (group: "publics" | "companies") =>
      Array.from({ length: partyCount(answers, group) }, (_, i) => readParty(form, `parties.${group}.${i}`, partyFieldsOf(step, group)));
    const hasKnowledgeInstitution = form.get("parties.hasKnowledgeInstitution") !== null;
    const knowledgeType = value(form, "parties.knowledgeType");
    return {
      parties: {
        publics: list("publics"),
        companies: list("companies"),
        hasKnowledgeInstitution,
        knowledge: hasKnowledgeInstitution ? readParty(form, "parties.knowledge", partyFieldsOf(step, "knowledge")) : undefined,
        knowledgeType: hasKnowledgeInstitution && knowledgeType ? knowledgeType : undefined,
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

/**
 * Merges a step's answers into all answers; the step replaces what it asks, other answers stay. Party fields this
 * document does not ask (e.g. the budget figures, when the NDA is filled in) stay with their party.
 */
export function mergeAnswers(all: Draft, step: StepDefinition, stepAnswers: Draft): Draft {
  const merged: Draft = { ...all };
  const previous = (all[step.section] ?? {}) as Record<string, unknown>;
  const next = (stepAnswers[step.section] ?? {}) as Record<string, unknown>;
  if (step.section === "parties") {
    const keep = (group: "publics" | "companies", fields: string[]) =>
      ((next[group] as Record<string, unknown>[] | undefined) ?? []).map((party, i) => ({ ...unasked((previous[group] as unknown[] | undefined)?.[i], fields), ...party }));
    const knowledge = next.knowledge as Record<string, unknown> | undefined;
    merged.parties = {
      ...next,
      publics: keep("publics", partyFieldsOf(step, "publics")),
      companies: keep("companies", partyFieldsOf(step, "companies")),
      knowledge: knowledge ? { ...unasked(previous.knowledge, partyFieldsOf(step, "knowledge")), ...knowledge } : undefined,
    } as Draft["parties"];
    return merged;
  }
  const asked = step.fields ?? Object.keys(QUESTIONS[step.section].fields);
  merged[step.section] = { ...unasked(previous, asked), ...next };
  return merged;
}

function unasked(value: unknown, asked: string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([key]) => !asked.includes(key)));
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

/**
 * Parses stored or submitted answers, brought up to the current version; anything that is not a plain object, or
 * that is deeper, longer or larger than answers can be (bounds.ts), becomes empty answers.
 */
export function parseAnswers(json: string | undefined | null): Draft {
  if (!json || answersTextProblem(json)) return {};
  try {
    const parsed = JSON.parse(json) as unknown;
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (migrateAnswers(parsed as Record<string, unknown>).answers as Draft) : {};
  } catch {
    return {};
  }
}
