/** The zod schemas of each document and step, built from the answer sections. Server side. */
import { z } from "zod";
import { partySchema, sectionRules, sectionShapes } from "./answers";
import { DOCUMENTS, type DocumentId, type StepDefinition } from "./steps";

export { DOCUMENTS, DOCUMENT_IDS, type DocumentId } from "./steps";

/** The zod schema of one step: the picked fields of its section and the rules that read them. */
export function stepSchema(step: StepDefinition) {
  const full = (sectionShapes[step.section] as z.ZodObject).shape as Record<string, z.ZodType>;
  const picked = step.fields ? z.object(Object.fromEntries(step.fields.map((field) => [field, full[String(field)]!]))) : z.object(full);
  const rule = sectionRules[step.section];
  return rule
    ? picked.superRefine((value, ctx) => {
        for (const issue of rule(value as Record<string, unknown>)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      })
    : picked;
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

/** Which answer paths a document asks for, e.g. "project.title", for the template check. */
export function documentFieldPaths(id: DocumentId): Set<string> {
  const paths = new Set<string>();
  for (const step of DOCUMENTS[id].steps) {
    const shape = (sectionShapes[step.section] as z.ZodObject).shape as Record<string, z.ZodType>;
    for (const field of step.fields ?? Object.keys(shape)) paths.add(`${step.section}.${String(field)}`);
    if (step.section === "parties") {
      // Single parties can be named directly: {{parties.public.name}}, {{parties.knowledge.name}}.
      for (const who of ["public", "knowledge"]) for (const field of Object.keys(partySchema.shape)) paths.add(`parties.${who}.${field}`);
    }
  }
  return paths;
}
