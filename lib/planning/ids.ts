import type { Draft } from "./form";
import type { VejvalgDecision } from "./vejvalg";
import { MAX_NEEDS } from "./behovsscreening";
import { MAX_PARTNERS } from "./partnerscreening";

/** The planning tools. Zod-free: client code reads these too. */
export const PLANNING_TOOL_IDS = ["vejvalg", "behovsscreening", "partnerscreening", "business-case"] as const;
export type PlanningToolId = (typeof PLANNING_TOOL_IDS)[number];

export const isPlanningTool = (value: unknown): value is PlanningToolId => (PLANNING_TOOL_IDS as readonly unknown[]).includes(value);

export type DownloadFormat = "docx" | "xlsx" | "csv";

export const DOWNLOAD_FORMATS: Record<PlanningToolId, DownloadFormat[]> = {
  vejvalg: ["docx"],
  behovsscreening: ["docx", "xlsx"],
  partnerscreening: ["xlsx", "csv", "docx"],
  "business-case": ["xlsx", "docx"],
};

export const FORMAT_LABELS: Record<DownloadFormat, string> = {
  docx: "Hent som Word (.docx)",
  xlsx: "Hent som regneark (.xlsx)",
  csv: "Hent som CSV",
};

/** Tools whose answers hold a list the reader can grow and shrink, with its limit. */
export const PLANNING_LISTS: Partial<Record<PlanningToolId, { key: string; max: number }>> = {
  behovsscreening: { key: "needs", max: MAX_NEEDS },
  partnerscreening: { key: "partners", max: MAX_PARTNERS },
};

export interface PlanningState {
  tool: PlanningToolId;
  /** What the reader typed, valid or not. */
  answers: Draft;
  /** Field path → Danish message. */
  errors: Record<string, string>;
  /** The answers passed validation: the result is shown and can be downloaded. */
  done: boolean;
  /** A message for the reader, e.g. after restoring saved answers. */
  notice?: string;
  /** "reset": the reader asked to delete every answer, and is asked to confirm first. */
  confirm?: "reset";
  /** Changes on every server answer, so the form re-reads its values. */
  revision: number;
  /** The vejvalg's decision, made on the server from the rules in content/vejvalg/ when the answers are valid. */
  decision?: VejvalgDecision;
}
