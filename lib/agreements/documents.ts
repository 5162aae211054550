/** The zod schemas of each document and step, built from the answer sections. Server side. */
import { z } from "zod";
import { crossRules, nameParty, partiesSection, partySchema, sectionRules, sectionShapes, type Issue } from "./answers";
import { DOCUMENTS, partyFieldsOf, type DocumentId, type StepDefinition } from "./steps";

export { DOCUMENTS, DOCUMENT_IDS, isDocumentId, type DocumentId } from "./steps";

/** The fields a step asks: the listed ones, or the whole section. */
export function askedFields(step: StepDefinition): string[] {
  return step.fields ?? Object.keys((sectionShapes[step.section] as z.ZodObject).shape);
}

/** The zod schema of one step: the picked fields of its section and the rules that read them. */
export function stepSchema(step: StepDefinition) {
  const full = (sectionShapes[step.section] as z.ZodObject).shape as Record<string, z.ZodType>;
  const asked = askedFields(step);
  const picked =
    step.section === "parties"
      ? partiesSection((group) => partySchema.pick(Object.fromEntries(partyFieldsOf(step, group).map((field) => [field, true])) as Record<keyof typeof partySchema.shape, true>))
      : z.object(Object.fromEntries(asked.map((field) => [field, full[field]!])));
  const rule = sectionRules[step.section];
  // The rules run even when other fields of the step have errors, so the reader sees every problem at once.
  return rule
    ? picked.superRefine(
        (value, ctx) => {
          const fields = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
          for (const issue of rule(fields, (field) => asked.includes(field))) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
        },
        { when: () => true },
      )
    : picked;
}

/** The rules across sections that belong to a step, run on all the answers. */
export function crossIssues(step: StepDefinition, answers: Record<string, unknown>): Issue[] {
  const asked = askedFields(step);
  return crossRules.filter((rule) => rule.section === step.section && asked.includes(rule.field)).flatMap((rule) => rule.check(answers).map((issue) => ({ ...issue, path: [step.section, ...issue.path] })));
}

const documentSchemas = new Map<DocumentId, ReturnType<typeof buildDocumentSchema>>();

function buildDocumentSchema(id: DocumentId) {
  return z.object(Object.fromEntries(DOCUMENTS[id].steps.map((step) => [step.section, stepSchema(step)])));
}

/** The schema of a whole document: every step, each under its section's key. Built once per document. */
export function documentSchema(id: DocumentId) {
  let schema = documentSchemas.get(id);
  if (!schema) documentSchemas.set(id, (schema = buildDocumentSchema(id)));
  return schema;
}

export type Issues = Record<string, string>;

/** Zod issues as Danish messages by field path; messages about a party name the party. */
export function issuesOf(issues: { path: PropertyKey[]; message: string }[], answers: unknown, prefix?: string): Issues {
  const out: Issues = {};
  for (const issue of issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    out[key] ??= nameParty(issue.message, key, answers);
  }
  return out;
}

/** Which answer paths a document asks for, e.g. "project.title", for the template check. */
export function documentFieldPaths(id: DocumentId): Set<string> {
  const paths = new Set<string>();
  for (const step of DOCUMENTS[id].steps) {
    for (const field of askedFields(step)) paths.add(`${step.section}.${field}`);
    if (step.section === "parties") {
      // Single parties can be named directly: {{parties.publics.0.name}}, {{parties.knowledge.name}}.
      for (const field of partyFieldsOf(step, "publics")) paths.add(`parties.publics.0.${field}`);
      for (const field of partyFieldsOf(step, "knowledge")) paths.add(`parties.knowledge.${field}`);
    }
  }
  return paths;
}
