/**
 * The planning tools on the server: validation and downloads. Used by the server action and the download route.
 */
import "server-only";
import type { Draft } from "./form";
import type { DownloadFormat, PlanningState, PlanningToolId } from "./ids";
import { DOWNLOAD_FORMATS } from "./ids";
import type { Report, Sheet } from "./report";
import { validateBehovsscreening, validateBusinessCase, validatePartnerscreening, validateVejvalg, type Checked } from "./schemas";
import { behovsscreeningReport, behovsscreeningSheets, businessCaseReport, businessCaseSheets, partnerscreeningReport, partnerscreeningSheets, vejvalgReport } from "./reports";
import { renderReportDocx } from "./render-docx";
import { renderCsv, renderXlsx } from "./render-sheet";
import type { VejvalgAnswers } from "./vejvalg";
import { vejvalgDecision } from "./vejvalg-server";

interface Outputs {
  report: Report;
  sheets?: Sheet[];
  name?: string;
}

const TOOLS: Record<PlanningToolId, { validate: (draft: unknown) => Checked<unknown>; outputs: (data: never) => Outputs | Promise<Outputs> }> = {
  vejvalg: { validate: validateVejvalg, outputs: async (data: VejvalgAnswers) => ({ report: vejvalgReport(data, await vejvalgDecision(data)) }) },
  behovsscreening: {
    validate: validateBehovsscreening,
    outputs: (data: Parameters<typeof behovsscreeningReport>[0]) => ({ report: behovsscreeningReport(data), sheets: behovsscreeningSheets(data), name: data.project }),
  },
  partnerscreening: {
    validate: validatePartnerscreening,
    outputs: (data: Parameters<typeof partnerscreeningReport>[0]) => ({ report: partnerscreeningReport(data), sheets: partnerscreeningSheets(data), name: data.project }),
  },
  "business-case": {
    validate: validateBusinessCase,
    outputs: (data: Parameters<typeof businessCaseReport>[0]) => ({ report: businessCaseReport(data), sheets: businessCaseSheets(data), name: data.title }),
  },
};

export function validatePlanning(tool: PlanningToolId, draft: Draft): Checked<unknown> {
  return TOOLS[tool].validate(draft);
}

/** What the server adds to a tool's state once its answers are valid: the vejvalg's decision. */
export async function resultOf(tool: PlanningToolId, data: unknown): Promise<Pick<PlanningState, "decision">> {
  return tool === "vejvalg" ? { decision: await vejvalgDecision(data as VejvalgAnswers) } : {};
}

/** A problem with a field, with the row it is in when the field is in a list: "Behov 2: Beskriv behovet". */
export function locatedPlanningMessage(path: string, message: string): string {
  const [list, index] = path.split(".");
  const row = index !== undefined && /^\d+$/.test(index) ? Number(index) + 1 : undefined;
  if (row === undefined) return message;
  if (list === "needs") return `Behov ${row}: ${message}`;
  if (list === "partners") return `Partner ${row}: ${message}`;
  return message;
}

export const PLANNING_FORMATS = {
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
} as const;

/** The file for validated answers, and its name without extension. */
export async function generatePlanning(tool: PlanningToolId, data: unknown, format: DownloadFormat, today: string): Promise<{ file: Uint8Array<ArrayBuffer>; name: string }> {
  if (!DOWNLOAD_FORMATS[tool].includes(format)) throw new Error(`format ${format} not offered by ${tool}`);
  const outputs = await (TOOLS[tool].outputs as (data: unknown) => Outputs | Promise<Outputs>)(data);
  const name = `${outputs.report.title}${outputs.name ? ` – ${outputs.name.slice(0, 80)}` : ""}`;
  if (format === "docx") return { file: new Uint8Array(await renderReportDocx(outputs.report, today)), name };
  const sheets = outputs.sheets ?? [];
  if (format === "xlsx") return { file: new Uint8Array(await renderXlsx(sheets, { title: name, subject: outputs.report.title, created: new Date(`${today}T12:00:00Z`) })), name };
  return { file: new TextEncoder().encode(renderCsv(sheets[0]!)), name };
}

