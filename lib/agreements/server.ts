/**
 * The server side of the agreement builders: templates from content/, validation and generation.
 */
import "server-only";
import path from "node:path";
import { loadTemplates } from "./load";
import type { Template } from "./template";
import { crossIssues, DOCUMENTS, documentSchema, issuesOf, stepSchema, type DocumentId, type Issues } from "./documents";
import { answerSetSchema, ANSWERS_VERSION } from "./answers";
import { buildModel, type GuideSection } from "./model";
import { vejvalgAnswers } from "@/lib/planning/vejvalg";
import { routeSection } from "@/lib/planning/vejvalg-prefill";
import { vejvalgDecision } from "@/lib/planning/vejvalg-server";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";
import type { Draft } from "./form";
import { danishIssue } from "@/lib/text/schema";

export type { Issues } from "./documents";

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

/** Validates one step against all answers; returns Danish messages per field path (none when the step is valid). */
export function validateStep(id: DocumentId, stepIndex: number, answers: Draft): Issues {
  const step = DOCUMENTS[id].steps[stepIndex];
  if (!step) return {};
  const result = stepSchema(step).safeParse(answers[step.section] ?? {}, { error: danishIssue });
  const issues = [...(result.success ? [] : result.error.issues.map((issue) => ({ path: [step.section, ...issue.path], message: issue.message }))), ...crossIssues(step, answers)];
  return issuesOf(issues, answers);
}

/** Validates a whole document; on failure says which step to fix first. */
export function validateDocument(id: DocumentId, answers: Draft): { ok: true; data: Draft } | { ok: false; issues: Issues; step: number } {
  const result = documentSchema(id).safeParse(answers, { error: danishIssue });
  const steps = DOCUMENTS[id].steps;
  const issues = issuesOf([...(result.success ? [] : result.error.issues), ...steps.flatMap((step) => crossIssues(step, answers))], answers);
  if (result.success && Object.keys(issues).length === 0) return { ok: true, data: result.data as Draft };
  const first = Object.keys(issues)[0]?.split(".")[0];
  const step = Math.max(0, steps.findIndex((s) => s.section === first));
  return { ok: false, issues, step };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** b laid over a: objects field by field, lists item by item. */
function overlay(a: unknown, b: unknown): unknown {
  if (Array.isArray(b)) return b.map((item, i) => overlay(Array.isArray(a) ? a[i] : undefined, item));
  if (isObject(b)) {
    const base = isObject(a) ? a : {};
    return Object.fromEntries([...new Set([...Object.keys(base), ...Object.keys(b)])].map((key) => [key, key in b ? overlay(base[key], b[key]) : base[key]]));
  }
  return b === undefined ? a : b;
}

/**
 * The whole answer set a file carries: every valid answer the reader has given, for every document, with the
 * document's own validated answers (trimmed, CVR compacted) on top. Anything not valid is left out.
 */
export function answerSet(answers: Draft, validated: Draft): Draft {
  const whole = answerSetSchema.parse(answers) as Record<string, unknown>;
  const clean = Object.fromEntries(Object.entries(whole).filter(([, value]) => value !== undefined));
  return overlay(clean, validated) as Draft;
}

/** The saved answers file ("Gem svarene som fil"). */
export function answersFile(id: DocumentId, answers: Draft): string {
  return JSON.stringify({ format: "opi-guiden-svar", answersVersion: ANSWERS_VERSION, document: id, answers: answerSet(answers, {}) }, null, 2);
}

export const FORMATS = {
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  pdf: { type: "application/pdf", extension: "pdf" },
} as const;

/**
 * The læsevejledning's sections made by code: for the samarbejdsaftale, how the parties chose their route, when the
 * answer set holds all their vejvalg answers. The decision is made again from the vejvalg's rules, never read from a file.
 */
async function guideSections(id: DocumentId, all: Draft): Promise<GuideSection[]> {
  if (!DOCUMENTS[id].showsRoute) return [];
  const whole = answerSetSchema.parse(all) as { vejvalg?: Record<string, unknown> };
  const vejvalg = whole.vejvalg ? vejvalgAnswers(whole.vejvalg) : null;
  return vejvalg ? [routeSection(vejvalg, await vejvalgDecision(vejvalg), all)] : [];
}

/** The document from its validated answers; a DOCX carries the whole answer set (`all`) inside it. */
export async function generate(id: DocumentId, answers: Draft, format: keyof typeof FORMATS, today: string, all: Draft = answers): Promise<Buffer> {
  const template = await getTemplate(id);
  const model = buildModel(template, answers, { today, guideSections: await guideSections(id, all) });
  if (format === "pdf") return renderPdf(model);
  return renderDocx(model, { document: id, templateVersion: template.version, answersVersion: ANSWERS_VERSION, answers: answerSet(all, answers) });
}
