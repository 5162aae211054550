/**
 * The agreement as a sequence of blocks, from the title to the last line of the læsevejledning. Both renderers
 * read this one sequence (render-docx.ts as Word blocks, render-pdf.ts as tagged PDF blocks), so the two files
 * always hold the same text in the same order.
 *
 * A new kind of paragraph in the model (model.ts) becomes one of these blocks here; each renderer then gives it
 * its structure (Word styles and numbering, PDF tags) and layout by its kind. A table of any shape is a `table`.
 */
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import type { Block, Inline } from "@/lib/planning/report";
import { draftNote, endSentence, type DocumentModel, type GuideSection, type ModelClause, type ModelParagraph, type PartyView } from "./model";

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

export { draftNote };

/** "OPI-samarbejdsaftale: Færre fald i eget hjem": the file's title in its properties and in viewers. */
export function documentTitle(model: DocumentModel): string {
  return model.projectTitle ? `${model.title}: ${model.projectTitle}` : model.title;
}

/** The line at the foot of every page, before the page number. */
export function footerStamp(model: DocumentModel): string {
  return `UDKAST · ${model.title} · skabelon version ${model.templateVersion} · ${formatDate(model.date)}`;
}

function partyBlock(party: PartyView): AgreementBlock {
  const lines = [party.cvr ? `CVR-nr. ${party.cvr}` : undefined, party.ean ? `EAN-nr. ${party.ean}` : undefined, party.address];
  return { kind: "party", name: party.name, role: party.roleLabel.toLowerCase(), lines: lines.filter((line): line is string => Boolean(line)) };
}

/** Bilag 2's table: each party's hours, their value, in kind and cash, valued in kroner, with a total. */
function contributionsBlocks(paragraph: Extract<ModelParagraph, { kind: "contributions" }>): AgreementBlock[] {
  const row = (line: (typeof paragraph.rows)[number]) => [line.name, formatNumber(line.hours), formatKroner(line.hoursValue), formatKroner(line.inKindValue), formatKroner(line.cash), formatKroner(line.total)];
  return [
    {
      kind: "table",
      header: ["Part", "Timer", "Værdi af timer", "Naturalier", "Kontant", "I alt"],
      numeric: [false, true, true, true, true, true],
      rows: paragraph.rows.map(row),
      total: row(paragraph.total),
    },
    ...paragraph.inKind.map((line): AgreementBlock => ({ kind: "bullet", text: `Naturalier fra ${line.name}: ${endSentence(line.text)}` })),
  ];
}

/** A clause's or an annex's paragraphs as blocks; only clause paragraphs carry numbers. */
function paragraphBlocks(paragraphs: ModelParagraph[]): AgreementBlock[] {
  const blocks: AgreementBlock[] = [];
  paragraphs.forEach((paragraph, i) => {
    switch (paragraph.kind) {
      case "text":
        blocks.push(paragraph.number ? { kind: "clauseText", number: paragraph.number, text: paragraph.text, keepWithNext: paragraphs[i + 1]?.kind === "signatures" } : { kind: "text", text: paragraph.text });
        break;
      case "heading":
        blocks.push({ kind: "guideHeading", level: 2, text: paragraph.text });
        break;
      case "list":
        blocks.push(...paragraph.items.map((text): AgreementBlock => ({ kind: "bullet", text })));
        break;
      case "parties":
        blocks.push(...paragraph.parties.map(partyBlock));
        break;
      case "partyContributions":
        blocks.push(...paragraph.parties.map((party): AgreementBlock => ({ kind: "bullet", text: `${party.name}: ${party.contribution ? endSentence(party.contribution) : "Bidraget er ikke beskrevet endnu."}` })));
        break;
      case "contributions":
        blocks.push(...contributionsBlocks(paragraph));
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

function clauseBlocks(clause: ModelClause): AgreementBlock[] {
  return [{ kind: "clauseHeading", number: clause.number, title: clause.title }, ...paragraphBlocks(clause.paragraphs)];
}

/** Bilag 1, 2 …: each on a new page, after the signatures. */
function annexBlocks(annex: ModelClause): AgreementBlock[] {
  return [{ kind: "guideHeading", level: 1, text: `Bilag ${annex.number}. ${annex.title}` }, ...paragraphBlocks(annex.paragraphs)];
}

/** Text with links as it reads on paper: a link shows its address. */
const plain = (text: Inline): string => (typeof text === "string" ? text : text.map((part) => (typeof part === "string" ? part : part.text)).join(""));

/** A section of the læsevejledning made by code (see GuideSection): its headings sit below the section's own. */
function sectionBlocks(section: GuideSection): AgreementBlock[] {
  return [
    { kind: "guideHeading", level: 2, text: section.title },
    ...section.blocks.flatMap((block: Block): AgreementBlock[] => {
      switch (block.kind) {
        case "heading":
          return [{ kind: "guideHeading", level: 3, text: block.text }];
        case "paragraph":
        case "note":
          return [{ kind: "text", text: block.text }];
        case "list":
          return block.items.map((item): AgreementBlock => ({ kind: "bullet", text: plain(item) }));
        case "fields":
          return block.items.map(([label, value]): AgreementBlock => ({ kind: "bullet", text: `${label}: ${value}` }));
        case "table":
          return block.rows.length ? [{ kind: "table", header: block.header, rows: block.rows, numeric: block.numeric ?? block.header.map(() => false) }] : [];
        default:
          return unknownKind(block);
      }
    }),
  ];
}

function guideBlocks(model: DocumentModel): AgreementBlock[] {
  const notes = model.notes.length > 0 ? model.notes : [{ text: "Få en jurist til at gennemgå hele udkastet, før I skriver under." }];
  return [
    { kind: "guideHeading", level: 1, text: "Læsevejledning" },
    { kind: "text", text: "Læsevejledningen hører ikke til aftalen. Den forklarer valgene i udkastet og peger på det, en jurist skal se på. Slet den, før I skriver under." },
    { kind: "text", text: `Skabelon version ${model.templateVersion}. Juridisk gennemgang af skabelonen: ${model.legalReview}.` },
    { kind: "guideHeading", level: 2, text: "Det skal en jurist se på" },
    ...notes.map((note): AgreementBlock => ({ kind: "bullet", text: "title" in note && note.title ? `${note.title}: ${note.text}` : note.text })),
    ...model.guideSections.flatMap(sectionBlocks),
    { kind: "guideHeading", level: 2, text: "Afsnit for afsnit" },
    ...model.clauses.flatMap((clause): AgreementBlock[] => [
      { kind: "guideHeading", level: 3, text: `${clause.number}. ${clause.title}` },
      { kind: "text", text: clause.guidance },
    ]),
    ...model.annexes.flatMap((annex): AgreementBlock[] => [
      { kind: "guideHeading", level: 3, text: `Bilag ${annex.number}. ${annex.title}` },
      { kind: "text", text: annex.guidance },
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
    ...model.annexes.flatMap(annexBlocks),
    ...guideBlocks(model),
  ];
}
