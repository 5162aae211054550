/**
 * The server side of the agreement builders: templates from content/, validation and generation.
 */
import "server-only";
import path from "node:path";
import { loadTemplates } from "./load";
import type { Template } from "./template";
import { DOCUMENTS, documentSchema, stepSchema, type DocumentId } from "./documents";
import { buildModel } from "./model";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";
import type { Draft } from "./form";
import { danishIssue } from "@/lib/text/schema";

let templates: Promise<Map<string, Template>> | undefined;

export function getTemplate(id: DocumentId): Promise<Template> {
  templates ??= loadTemplates(path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? "content")).then(({ templates: list, problems }) => {
    if (problems.length > 0) throw new Error(`Aftaleskabelonerne har fejl (kør npm run content:check):\n${problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join("\n")}`);
    return new Map(list.map((template) => [template.id, template]));
  });
  return templates.then((map) => {
    const template = map.get(id);
    if (!template) throw new Error(`Skabelonen ${id} mangler i content/agreements/`);
    return template;
  });
}

export type Issues = Record<string, string>;

/** Validates one step; returns the answers as the schema reads them, or Danish messages per field path. */
export function validateStep(id: DocumentId, stepIndex: number, answers: Draft): Issues {
  const step = DOCUMENTS[id].steps[stepIndex];
  if (!step) return {};
  const result = stepSchema(step).safeParse(answers[step.section] ?? {}, { error: danishIssue });
  if (result.success) return {};
  return issuesOf(result.error.issues, step.section);
}

function issuesOf(issues: { path: PropertyKey[]; message: string }[], prefix?: string): Issues {
  const out: Issues = {};
  for (const issue of issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    out[key] ??= issue.message;
  }
  return out;
}

/** Validates a whole document; on failure says which step to fix first. */
export function validateDocument(id: DocumentId, answers: Draft): { ok: true; data: Draft } | { ok: false; issues: Issues; step: number } {
  const result = documentSchema(id).safeParse(answers, { error: danishIssue });
  if (result.success) return { ok: true, data: result.data as Draft };
  const issues = issuesOf(result.error.issues);
  const first = Object.keys(issues)[0]?.split(".")[0];
  const step = Math.max(0, DOCUMENTS[id].steps.findIndex((s) => s.section === first));
  return { ok: false, issues, step };
}

export const FORMATS = {
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  pdf: { type: "application/pdf", extension: "pdf" },
} as const;

export async function generate(id: DocumentId, answers: Draft, format: keyof typeof FORMATS, today: string): Promise<Buffer> {
  const template = await getTemplate(id);
  const model = buildModel(template, answers, { today });
  if (format === "pdf") return renderPdf(model);
  return renderDocx(model, { document: id, templateVersion: template.version, answers });
}
