/**
 * answers + template → document model. Pure and synchronous, with no React, no zod and no file access,
 * so the same model feeds the DOCX and PDF renderers on the server and the live preview in the browser.
 */
import { formatDate, formatKroner, joinDanish } from "@/lib/format";
import type { Template } from "./template";
import { CHOICE, evaluate, parseCondition, PLACEHOLDER } from "./conditions";
import { reviewStatement } from "./review";
import type { Block } from "@/lib/planning/report";

export interface PartyInput {
  name?: string;
  cvr?: string;
  ean?: string;
  address?: string;
  signatoryName?: string;
  signatoryTitle?: string;
  hours?: number;
  hourRate?: number;
  inKind?: string;
  inKindValue?: number;
  cash?: number;
  contribution?: string;
  legalBasis?: string;
}

/** Answers as far as they go: the preview renders unfinished answers too. */
export interface DraftAnswers {
  parties?: { publics?: PartyInput[]; companies?: PartyInput[]; hasKnowledgeInstitution?: boolean; knowledge?: PartyInput; knowledgeType?: string };
  [section: string]: unknown;
}

export type PartyRole = "offentlig" | "virksomhed" | "videninstitution";

export interface PartyView extends PartyInput {
  role: PartyRole;
  roleLabel: string;
  name: string;
}

/** One line of the budget (bilag 2): what a party brings, valued in kroner. */
export interface BudgetRow {
  name: string;
  hours: number;
  hoursValue: number;
  inKindValue: number;
  cash: number;
  total: number;
}

/** Text paragraphs in clauses are numbered 1.1, 1.2 …; in annexes they are not (number ""). Blocks laid out by code are never numbered. */
export type ModelParagraph =
  | { kind: "text"; number: string; text: string }
  | { kind: "heading"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "parties"; parties: PartyView[] }
  | { kind: "contributions"; rows: BudgetRow[]; total: BudgetRow; inKind: { name: string; text: string }[] }
  | { kind: "partyContributions"; parties: PartyView[] }
  | { kind: "signatures"; parties: PartyView[] };

export interface ModelClause {
  id: string;
  number: number;
  title: string;
  guidance: string;
  paragraphs: ModelParagraph[];
}

export interface ModelNote {
  text: string;
  link?: string;
  /** A stop note: the agreement cannot be used as it stands. */
  stop?: boolean;
  title?: string;
}

/** A section of the læsevejledning made by code rather than the template, e.g. how the parties chose their route. */
export interface GuideSection {
  title: string;
  /** Headings (level 2 under the section's title, level 3 below them), paragraphs, notes, lists and two-column tables. */
  blocks: Block[];
}

export interface DocumentModel {
  documentId: string;
  title: string;
  projectTitle: string;
  templateVersion: string;
  /** "Ikke gennemgået af en jurist endnu", or who reviewed the template and when. */
  legalReview: string;
  date: string;
  intro: string;
  parties: PartyView[];
  clauses: ModelClause[];
  /** Bilag 1, 2 …, in the same file after the signatures. */
  annexes: ModelClause[];
  /** What a jurist must look at, given these answers; stop notes first. */
  notes: ModelNote[];
  /** Sections of the læsevejledning after the notes, in order. */
  guideSections: GuideSection[];
}

const MISSING = "[mangler]";

/** The parties of a document, in order; a template's partyRoles rename a kind of party or leave it out. */
export function listParties(answers: DraftAnswers, roles?: Template["partyRoles"], holds: (when: string | undefined) => boolean = () => true): PartyView[] {
  const p = answers.parties ?? {};
  const views: PartyView[] = [];
  const label = (role: PartyRole, usual: string) => roles?.[role]?.label ?? usual;
  const takesPart = (role: PartyRole) => holds(roles?.[role]?.when);
  if (takesPart("offentlig")) for (const party of p.publics ?? [{}]) views.push({ ...party, role: "offentlig", roleLabel: label("offentlig", "Offentlig part"), name: party.name || MISSING });
  if (takesPart("virksomhed")) for (const company of p.companies ?? []) views.push({ ...company, role: "virksomhed", roleLabel: label("virksomhed", "Virksomhed"), name: company.name || MISSING });
  if (p.hasKnowledgeInstitution && p.knowledge && takesPart("videninstitution")) {
    views.push({ ...p.knowledge, role: "videninstitution", roleLabel: label("videninstitution", "Videninstitution"), name: p.knowledge.name || MISSING });
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

const LICENCES: Record<string, string> = {
  "eupl-1.2": "European Union Public Licence (EUPL) version 1.2",
  "apache-2.0": "Apache License version 2.0",
  mit: "MIT-licensen",
};

/** The two sides of a one-way confidentiality agreement; in a mutual one, every party is on both. */
function confidentialitySides(answers: DraftAnswers, parties: PartyView[]): { disclosers: PartyView[]; receivers: PartyView[] } {
  if (get(answers, "confidentiality.direction") !== "envejs") return { disclosers: parties, receivers: parties };
  const publicDiscloses = get(answers, "confidentiality.disclosingParty") === "offentlig";
  const knowledgeRole = get(answers, "confidentiality.knowledgeRole");
  const knowledge = parties.filter((party) => party.role === "videninstitution");
  const side = (role: PartyRole) => parties.filter((party) => party.role === role);
  return {
    disclosers: [...side(publicDiscloses ? "offentlig" : "virksomhed"), ...(knowledgeRole === "afgiver" || knowledgeRole === "begge" ? knowledge : [])],
    receivers: [...side(publicDiscloses ? "virksomhed" : "offentlig"), ...(knowledgeRole === "modtager" || knowledgeRole === "begge" ? knowledge : [])],
  };
}

/** The receiving parties that offentlighedsloven covers: the public parties and a public research institution. */
function accessBound(answers: DraftAnswers, parties: PartyView[]): PartyView[] {
  const publicResearch = get(answers, "parties.knowledgeType") === "offentlig-forskning";
  return confidentialitySides(answers, parties).receivers.filter((party) => party.role === "offentlig" || (party.role === "videninstitution" && publicResearch));
}

function derived(answers: DraftAnswers, parties: PartyView[], name: string, today: string): unknown {
  const names = (role: PartyRole) => parties.filter((party) => party.role === role).map((party) => party.name);
  const date = (path: string) => {
    const value = get(answers, path);
    return typeof value === "string" && value ? formatDate(value) : undefined;
  };
  const number = (path: string) => {
    const value = get(answers, path);
    return typeof value === "number" ? value : undefined;
  };
  const kroner = (path: string) => {
    const value = number(path);
    return value !== undefined ? formatKroner(value) : undefined;
  };
  switch (name) {
    case "publicNames":
      return joinDanish(names("offentlig")) || undefined;
    case "companyNames":
      return names("virksomhed").length ? joinDanish(names("virksomhed")) : undefined;
    case "allPartyNames":
      return joinDanish(parties.map((party) => party.name));
    case "knowledgeName":
      return names("videninstitution")[0] ?? "";
    case "legalBases": {
      // One public party: the basis as written; several: each party named before its basis.
      const publics = parties.filter((party) => party.role === "offentlig");
      const basis = (party: PartyView) => party.legalBasis!.trim().replace(/[.;,\s]+$/, "");
      const given = publics.filter((party) => party.legalBasis?.trim());
      if (given.length === 0) return undefined;
      return publics.length === 1 ? basis(given[0]!) : given.map((party) => `${party.name}: ${basis(party)}`).join("; ");
    }
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
    case "accessBound":
      return joinDanish(accessBound(answers, parties).map((party) => party.name)) || undefined;
    case "disclosingParty":
      return joinDanish(confidentialitySides(answers, parties).disclosers.map((party) => party.name)) || undefined;
    case "receivingParty":
      return joinDanish(confidentialitySides(answers, parties).receivers.map((party) => party.name)) || undefined;
    case "penalty":
      return kroner("confidentiality.penalty");
    case "liabilityCap":
      return kroner("terms.liabilityCap");
    case "price":
      return kroner("money.price");
    case "noticeMonths": {
      const value = number("terms.noticeMonths");
      return value === undefined ? undefined : value === 1 ? "1 måned" : `${value} måneder`;
    }
    case "years": {
      const value = number("confidentiality.years");
      return value === undefined ? undefined : value === 1 ? "1 år" : `${value} år`;
    }
    case "codeLicence":
      return LICENCES[String(get(answers, "rights.codeLicence"))];
    case "processorNames":
      return joinDanish(parties.filter((party) => party.role !== "offentlig").map((party) => party.name)) || undefined;
    case "severalPublics":
      return names("offentlig").length > 1;
    case "severalProcessors":
      return parties.filter((party) => party.role !== "offentlig").length > 1;
    case "severalCompanies":
      return names("virksomhed").length > 1;
    default:
      return undefined;
  }
}

/**
 * Makes a text end as a sentence: a full stop unless it already ends with . ! ? or … (before any closing quote or
 * bracket), or with a colon that opens a list.
 */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "" || /[.!?…:][»"”'’)\]]*$/.test(trimmed)) return trimmed;
  return `${trimmed.replace(/[\s,;:–-]+$/, "")}.`;
}

/** An answer put into running text: lines become sentences, so "one a line" answers still read as prose. */
function inline(value: string): string {
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.map((line, i) => (i < lines.length - 1 ? endSentence(line) : line)).join(" ");
}

function budget(parties: PartyView[]): Extract<ModelParagraph, { kind: "contributions" }> {
  const rows = parties.map((party): BudgetRow => {
    const hours = party.hours ?? 0;
    const hoursValue = hours * (party.hourRate ?? 0);
    const inKindValue = party.inKindValue ?? 0;
    const cash = party.cash ?? 0;
    return { name: party.name, hours, hoursValue, inKindValue, cash, total: hoursValue + inKindValue + cash };
  });
  const sum = (key: keyof Omit<BudgetRow, "name">) => rows.reduce((total, row) => total + row[key], 0);
  return {
    kind: "contributions",
    rows,
    total: { name: "I alt", hours: sum("hours"), hoursValue: sum("hoursValue"), inKindValue: sum("inKindValue"), cash: sum("cash"), total: sum("total") },
    inKind: parties.filter((party) => party.inKind).map((party) => ({ name: party.name, text: party.inKind! })),
  };
}

export function buildModel(template: Template, answers: DraftAnswers, options: { today: string; guideSections?: GuideSection[] }): DocumentModel {
  // Which parties take part may depend on answers (partyRoles.*.when), never on other parties or annexes.
  const parties = listParties(answers, template.partyRoles, (when) => {
    if (!when) return true;
    const condition = parseCondition(when);
    return "error" in condition ? false : evaluate(condition, (path) => get(answers, path));
  });
  const sides = confidentialitySides(answers, parties);
  const counts: Record<string, number> = {
    publics: parties.filter((party) => party.role === "offentlig").length,
    companies: parties.filter((party) => party.role === "virksomhed").length,
    disclosers: sides.disclosers.length,
    receivers: sides.receivers.length,
    accessBound: accessBound(answers, parties).length,
    processors: parties.filter((party) => party.role !== "offentlig").length,
  };
  let annexNumbers = new Map<string, number>();
  let includedAnnexes: Template["annexes"] = [];
  const lookup = (path: string): unknown => {
    if (path === "derived.annexList") return joinDanish(includedAnnexes.map((annex, i) => `bilag ${i + 1} (${annex.title})`)) || undefined;
    if (path.startsWith("derived.")) return derived(answers, parties, path.slice(8), options.today);
    if (/^[aA]nnex\./.test(path)) {
      const number = annexNumbers.get(path.slice(6));
      return number === undefined ? undefined : `${path.startsWith("A") ? "Bilag" : "bilag"} ${number}`;
    }
    return get(answers, path);
  };
  const holds = (when: string | undefined) => {
    if (!when) return true;
    const condition = parseCondition(when);
    return "error" in condition ? false : evaluate(condition, lookup);
  };
  // An answer that ends with a full stop, put before the template's own (»… 400.000 kr.«.), gives one stop, not two.
  const fill = (text: string) => fillIn(text).replace(/(?<!\.)\.\.(?!\.)/g, ".");
  const fillIn = (text: string) =>
    text
      .replace(CHOICE, (_, count: string, one: string, several: string) => ((counts[count] ?? 1) > 1 ? several : one))
      .replace(PLACEHOLDER, (_, path: string) => {
        const value = lookup(path);
        if (value === undefined || value === null || value === "") return MISSING;
        if (typeof value === "number") return new Intl.NumberFormat("da-DK").format(value);
        if (typeof value === "boolean") return value ? "ja" : "nej";
        return inline(String(value));
      });

  includedAnnexes = template.annexes.filter((annex) => holds(annex.when));
  annexNumbers = new Map(includedAnnexes.map((annex, i) => [annex.id, i + 1]));

  const paragraphsOf = (source: Template["clauses"][number], number: number | undefined): ModelParagraph[] => {
    const paragraphs: ModelParagraph[] = [];
    let counter = 0;
    for (const paragraph of source.paragraphs) {
      if (!holds(paragraph.when)) continue;
      if ("text" in paragraph) {
        counter += 1;
        paragraphs.push({ kind: "text", number: number === undefined ? "" : `${number}.${counter}`, text: endSentence(fill(paragraph.text)) });
      } else if ("heading" in paragraph) {
        paragraphs.push({ kind: "heading", text: fill(paragraph.heading) });
      } else if ("items" in paragraph) {
        paragraphs.push({ kind: "list", items: paragraph.items.map(fill) });
      } else if ("list" in paragraph) {
        const value = get(answers, paragraph.list);
        const items = typeof value === "string" ? value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : [];
        if (items.length > 0) paragraphs.push({ kind: "list", items });
      } else if (paragraph.block === "contributions") {
        paragraphs.push(budget(parties));
      } else {
        paragraphs.push({ kind: paragraph.block, parties });
      }
    }
    return paragraphs;
  };

  const clauses: ModelClause[] = [];
  for (const clause of template.clauses) {
    if (!holds(clause.when)) continue;
    const number = clauses.length + 1;
    clauses.push({ id: clause.id, number, title: clause.title, guidance: clause.guidance, paragraphs: paragraphsOf(clause, number) });
  }
  const annexes = includedAnnexes.map((annex, i) => ({ id: annex.id, number: i + 1, title: annex.title, guidance: annex.guidance, paragraphs: paragraphsOf(annex, undefined) }));
  const notes = template.notes
    .filter((note) => holds(note.when))
    .map((note): ModelNote => ({ text: fill(note.text), link: note.link, ...(note.stop ? { stop: true, title: note.title } : {}) }))
    .sort((a, b) => Number(Boolean(b.stop)) - Number(Boolean(a.stop)));
  return {
    documentId: template.id,
    title: template.title,
    projectTitle: typeof get(answers, "project.title") === "string" ? String(get(answers, "project.title")) : "",
    templateVersion: template.version,
    legalReview: reviewStatement(template),
    date: options.today,
    intro: fill(template.intro),
    parties,
    clauses,
    annexes,
    notes,
    guideSections: options.guideSections ?? [],
  };
}

/** The line under the title of every file: a draft, from which template version, and whether a jurist has reviewed that template. */
export function draftNote(model: Pick<DocumentModel, "date" | "templateVersion" | "legalReview">): string {
  return `UDKAST lavet med OPI-guiden ${formatDate(model.date)} ud fra skabelon version ${model.templateVersion}. Skabelonens juridiske gennemgang: ${model.legalReview}. Udkastet skal gennemgås af en jurist, før det underskrives.`;
}
