/**
 * answers + template → document model. Pure and synchronous, with no React, no zod and no file access,
 * so the same model feeds the DOCX and PDF renderers on the server and the live preview in the browser.
 */
import { formatDate, formatKroner, joinDanish } from "@/lib/format";
import type { Template } from "./template";
import { evaluate, parseCondition, PLACEHOLDER } from "./conditions";

export interface PartyInput {
  name?: string;
  cvr?: string;
  ean?: string;
  address?: string;
  signatoryName?: string;
  signatoryTitle?: string;
  hours?: number;
  inKind?: string;
  cash?: number;
  contribution?: string;
}

/** Answers as far as they go: the preview renders unfinished answers too. */
export interface DraftAnswers {
  parties?: { public?: PartyInput; companies?: PartyInput[]; hasKnowledgeInstitution?: boolean; knowledge?: PartyInput };
  [section: string]: unknown;
}

export interface PartyView extends PartyInput {
  role: "offentlig" | "virksomhed" | "videninstitution";
  roleLabel: string;
  name: string;
}

/** Text paragraphs are numbered 1.1, 1.2 …; blocks laid out by code are not. */
export type ModelParagraph =
  | { kind: "text"; number: string; text: string }
  | { kind: "parties"; parties: PartyView[] }
  | { kind: "contributions"; parties: PartyView[] }
  | { kind: "signatures"; parties: PartyView[] };

export interface ModelClause {
  id: string;
  number: number;
  title: string;
  guidance: string;
  paragraphs: ModelParagraph[];
}

export interface DocumentModel {
  documentId: string;
  title: string;
  projectTitle: string;
  templateVersion: string;
  date: string;
  intro: string;
  parties: PartyView[];
  clauses: ModelClause[];
  /** What a jurist must look at, given these answers. */
  notes: { text: string; link?: string }[];
}

const MISSING = "[mangler]";

export function listParties(answers: DraftAnswers): PartyView[] {
  const p = answers.parties ?? {};
  const views: PartyView[] = [];
  views.push({ ...p.public, role: "offentlig", roleLabel: "Offentlig part", name: p.public?.name || MISSING });
  for (const company of p.companies ?? []) views.push({ ...company, role: "virksomhed", roleLabel: "Virksomhed", name: company.name || MISSING });
  if (p.hasKnowledgeInstitution && p.knowledge) {
    views.push({ ...p.knowledge, role: "videninstitution", roleLabel: "Videninstitution", name: p.knowledge.name || MISSING });
  }
  return views;
}

function get(answers: DraftAnswers, path: string): unknown {
  let value: unknown = answers;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function derived(answers: DraftAnswers, name: string, today: string): string | undefined {
  const parties = listParties(answers);
  const companies = parties.filter((party) => party.role === "virksomhed").map((party) => party.name);
  const publicName = parties[0]?.name ?? MISSING;
  const date = (path: string) => {
    const value = get(answers, path);
    return typeof value === "string" && value ? formatDate(value) : undefined;
  };
  const number = (path: string) => {
    const value = get(answers, path);
    return typeof value === "number" ? value : undefined;
  };
  switch (name) {
    case "companyNames":
      return companies.length ? joinDanish(companies) : undefined;
    case "allPartyNames":
      return joinDanish(parties.map((party) => party.name));
    case "knowledgeName":
      return parties.find((party) => party.role === "videninstitution")?.name ?? "";
    case "startDate":
      return date("project.start");
    case "endDate":
      return date("project.end");
    case "period": {
      const start = date("project.start");
      const end = date("project.end");
      return start && end ? `${start} til ${end}` : undefined;
    }
    case "validUntil":
      return date("intent.validUntil");
    case "today":
      return formatDate(today);
    case "disclosingParty":
      return get(answers, "confidentiality.disclosingParty") === "offentlig" ? publicName : (joinDanish(companies) || undefined);
    case "receivingParty":
      return get(answers, "confidentiality.disclosingParty") === "offentlig" ? (joinDanish(companies) || undefined) : publicName;
    case "penalty": {
      const value = number("confidentiality.penalty");
      return value !== undefined ? formatKroner(value) : undefined;
    }
    case "liabilityCap": {
      const value = number("terms.liabilityCap");
      return value !== undefined ? formatKroner(value) : undefined;
    }
    case "noticeMonths": {
      const value = number("terms.noticeMonths");
      return value === undefined ? undefined : value === 0 ? "uden varsel" : value === 1 ? "1 måned" : `${value} måneder`;
    }
    case "years": {
      const value = number("confidentiality.years");
      return value === undefined ? undefined : value === 1 ? "1 år" : `${value} år`;
    }
    default:
      return undefined;
  }
}

export function buildModel(template: Template, answers: DraftAnswers, options: { today: string }): DocumentModel {
  const lookup = (path: string): unknown => (path.startsWith("derived.") ? derived(answers, path.slice(8), options.today) : get(answers, path));
  const holds = (when: string | undefined) => {
    if (!when) return true;
    const condition = parseCondition(when);
    return "error" in condition ? false : evaluate(condition, lookup);
  };
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, path: string) => {
      const value = lookup(path);
      if (value === undefined || value === null || value === "") return MISSING;
      if (typeof value === "number") return new Intl.NumberFormat("da-DK").format(value);
      if (typeof value === "boolean") return value ? "ja" : "nej";
      return String(value);
    });

  const parties = listParties(answers);
  const clauses: ModelClause[] = [];
  for (const clause of template.clauses) {
    if (!holds(clause.when)) continue;
    const number = clauses.length + 1;
    const paragraphs: ModelParagraph[] = [];
    for (const paragraph of clause.paragraphs) {
      if (!holds(paragraph.when)) continue;
      if ("text" in paragraph) {
        const paragraphNumber = `${number}.${paragraphs.filter((p) => p.kind === "text").length + 1}`;
        paragraphs.push({ kind: "text", number: paragraphNumber, text: fill(paragraph.text) });
      } else {
        paragraphs.push({ kind: paragraph.block, parties });
      }
    }
    clauses.push({ id: clause.id, number, title: clause.title, guidance: clause.guidance, paragraphs });
  }
  return {
    documentId: template.id,
    title: template.title,
    projectTitle: typeof get(answers, "project.title") === "string" ? String(get(answers, "project.title")) : "",
    templateVersion: template.version,
    date: options.today,
    intro: fill(template.intro),
    parties,
    clauses,
    notes: template.notes.filter((note) => holds(note.when)).map((note) => ({ text: fill(note.text), link: note.link })),
  };
}
