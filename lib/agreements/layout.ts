/**
 * The agreement as a sequence of blocks, from the title to the last line of the læsevejledning. Both renderers
 * read this one sequence (render-docx.ts as Word blocks, render-pdf.ts as tagged PDF blocks), so the two files
 * always hold the same text in the same order.
 *
 * A new kind of paragraph in the model (model.ts) becomes one of these blocks here; each renderer then gives it
 * its structure (Word styles and numbering, PDF tags) and layout by its kind. A table of any shape is a `table`.
 */
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import type { DocumentModel, ModelClause, PartyView } from "./model";

export type AgreementBlock =
  /** The document's title: Word's Title style, the PDF's H1. */
  | { kind: "title"; text: string }
  | { kind: "subtitle"; text: string }
  | { kind: "draftNote"; text: string }
  | { kind: "text"; text: string }
  /** A numbered clause: Heading 1 with Word's list numbering, H2 in the PDF. */
  | { kind: "clauseHeading"; number: number; title: string }
  /** A numbered paragraph of a clause, e.g. 3.2; `keepWithNext` holds it on the page of what follows. */
  | { kind: "clauseText"; number: string; text: string; keepWithNext: boolean }
  | { kind: "party"; name: string; role: string; lines: string[] }
  | { kind: "table"; header: string[]; rows: string[][]; numeric: boolean[]; total?: string[] }
  | { kind: "signature"; title: string; signatory?: string }
  /** The læsevejledning's headings: level 1 starts it on a new page (Heading 1 / H2), then 2 and 3 below it. */
  | { kind: "guideHeading"; level: 1 | 2 | 3; text: string }
  | { kind: "bullet"; text: string };

export function draftNote(model: DocumentModel): string {
  return `UDKAST. Lavet med OPI-guiden ${formatDate(model.date)} ud fra skabelon version ${model.templateVersion}. Skal gennemgås af en jurist, før det underskrives.`;
}

/** "OPI-samarbejdsaftale: Færre fald i eget hjem": the file's title in its properties and in viewers. */
export function documentTitle(model: DocumentModel): string {
  return model.projectTitle ? `${model.title}: ${model.projectTitle}` : model.title;
}

/** The line at the foot of every page, before the page number. */
export function footerStamp(model: DocumentModel): string {
  return `UDKAST · ${model.title} · skabelon version ${model.templateVersion} · ${formatDate(model.date)}`;
}

function partyBlock(party: PartyView): AgreementBlock {
  const lines = [party.cvr ? `CVR-nr. ${party.cvr}` : undefined, party.ean ? `EAN-nr. ${party.ean}` : undefined, party.address, party.contribution ? `Bidrag: ${party.contribution}` : undefined];
  return { kind: "party", name: party.name, role: party.roleLabel.toLowerCase(), lines: lines.filter((line): line is string => Boolean(line)) };
}

function contributionsBlock(parties: PartyView[]): AgreementBlock {
  const hours = parties.reduce((sum, party) => sum + (party.hours ?? 0), 0);
  const cash = parties.reduce((sum, party) => sum + (party.cash ?? 0), 0);
  return {
    kind: "table",
    header: ["Part", "Timer", "Bidrag i naturalier", "Kontantbidrag"],
    numeric: [false, true, false, true],
    rows: parties.map((party) => [party.name, formatNumber(party.hours ?? 0), party.inKind ?? "–", formatKroner(party.cash ?? 0)]),
    total: parties.length > 1 ? ["I alt", formatNumber(hours), "", formatKroner(cash)] : undefined,
  };
}

function clauseBlocks(clause: ModelClause): AgreementBlock[] {
  const blocks: AgreementBlock[] = [{ kind: "clauseHeading", number: clause.number, title: clause.title }];
  clause.paragraphs.forEach((paragraph, i) => {
    switch (paragraph.kind) {
      case "text":
        blocks.push({ kind: "clauseText", number: paragraph.number, text: paragraph.text, keepWithNext: clause.paragraphs[i + 1]?.kind === "signatures" });
        break;
      case "parties":
        blocks.push(...paragraph.parties.map(partyBlock));
        break;
      case "contributions":
        blocks.push(contributionsBlock(paragraph.parties));
        break;
      case "signatures":
        for (const party of paragraph.parties) {
          const signatory = [party.signatoryName, party.signatoryTitle].filter(Boolean).join(", ");
          blocks.push({ kind: "signature", title: `For ${party.name}`, signatory: signatory || undefined });
        }
        break;
      default:
        // A new kind of paragraph in the model must become blocks here, or the typecheck fails.
        return unknownKind(paragraph);
    }
  });
  return blocks;
}

function guideBlocks(model: DocumentModel): AgreementBlock[] {
  const notes = model.notes.length > 0 ? model.notes : [{ text: "Få en jurist til at gennemgå hele udkastet, før I skriver under." }];
  return [
    { kind: "guideHeading", level: 1, text: "Læsevejledning" },
    { kind: "text", text: "Læsevejledningen hører ikke til aftalen. Den forklarer valgene i udkastet og peger på det, en jurist skal se på. Slet den, før I skriver under." },
    { kind: "guideHeading", level: 2, text: "Det skal en jurist se på" },
    ...notes.map((note): AgreementBlock => ({ kind: "bullet", text: note.text })),
    { kind: "guideHeading", level: 2, text: "Afsnit for afsnit" },
    ...model.clauses.flatMap((clause): AgreementBlock[] => [
      { kind: "guideHeading", level: 3, text: `${clause.number}. ${clause.title}` },
      { kind: "text", text: clause.guidance },
    ]),
  ];
}

/** For a switch over every kind: the typecheck fails where a kind is not handled. */
export function unknownKind(value: never): never {
  throw new Error(`Unknown kind of block: ${JSON.stringify(value)}`);
}

export function agreementBlocks(model: DocumentModel): AgreementBlock[] {
  return [
    { kind: "title", text: model.title },
    ...(model.projectTitle ? [{ kind: "subtitle", text: model.projectTitle } as const] : []),
    { kind: "draftNote", text: draftNote(model) },
    { kind: "text", text: model.intro },
    ...model.clauses.flatMap(clauseBlocks),
    ...guideBlocks(model),
  ];
}
