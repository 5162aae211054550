/**
 * Document model → .docx with real Word structure: Title and Heading styles (the navigation pane and screen
 * readers use them), automatic clause numbering (1., 1.1), Danish language, document properties, a visible
 * UDKAST mark and page numbers, table header rows, and the læsevejledning as a final, separate part.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import type { DocumentModel, ModelClause, PartyView } from "./model";
import { addAnswers, type EmbeddedAnswers } from "./embed";

const NUMBERING = "klausuler";

function partyParagraphs(parties: PartyView[]): Paragraph[] {
  return parties.flatMap((party) => [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 0 },
      children: [new TextRun({ text: party.name, bold: true }), new TextRun({ text: ` (${party.roleLabel.toLowerCase()})` })],
    }),
    ...[
      party.cvr ? `CVR-nr. ${party.cvr}` : undefined,
      party.ean ? `EAN-nr. ${party.ean}` : undefined,
      party.address,
      party.contribution ? `Bidrag: ${party.contribution}` : undefined,
    ]
      .filter((line): line is string => Boolean(line))
      .map((line) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun(line)] })),
  ]);
}

function cell(text: string, options: { bold?: boolean; right?: boolean } = {}) {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold })],
      }),
    ],
  });
}

function contributionsTable(parties: PartyView[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [cell("Part", { bold: true }), cell("Timer", { bold: true, right: true }), cell("Bidrag i naturalier", { bold: true }), cell("Kontant", { bold: true, right: true })],
      }),
      ...parties.map(
        (party) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(party.name),
              cell(formatNumber(party.hours ?? 0), { right: true }),
              cell(party.inKind ?? "–"),
              cell(formatKroner(party.cash ?? 0), { right: true }),
            ],
          }),
      ),
    ],
  });
}

function signatureParagraphs(parties: PartyView[]): Paragraph[] {
  return parties.flatMap((party) => [
    new Paragraph({ keepNext: true, keepLines: true, spacing: { before: 360 }, children: [new TextRun({ text: `For ${party.name}`, bold: true })] }),
    new Paragraph({ keepNext: true, children: [new TextRun("Dato: ______________________")] }),
    new Paragraph({ keepNext: true, spacing: { before: 480 }, children: [new TextRun("_______________________________________")] }),
    new Paragraph({ children: [new TextRun([party.signatoryName, party.signatoryTitle].filter(Boolean).join(", ") || "Navn og stilling")] }),
  ]);
}

function clauseChildren(clause: ModelClause): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: NUMBERING, level: 0 }, keepNext: true, children: [new TextRun(clause.title)] }),
  ];
  for (const paragraph of clause.paragraphs) {
    switch (paragraph.kind) {
      case "text":
        children.push(new Paragraph({ numbering: { reference: NUMBERING, level: 1 }, children: [new TextRun(paragraph.text)] }));
        break;
      case "parties":
        children.push(...partyParagraphs(paragraph.parties));
        break;
      case "contributions":
        children.push(contributionsTable(paragraph.parties), new Paragraph({ children: [] }));
        break;
      case "signatures":
        children.push(...signatureParagraphs(paragraph.parties));
        break;
    }
  }
  return children;
}

function guideChildren(model: DocumentModel): Paragraph[] {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun("Læsevejledning")] }),
    new Paragraph({
      children: [
        new TextRun(
          "Læsevejledningen hører ikke til aftalen. Den forklarer valgene i udkastet og peger på det, en jurist skal se på. Slet den, før I skriver under.",
        ),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Det skal en jurist se på")] }),
  ];
  const notes = model.notes.length > 0 ? model.notes : [{ text: "Få en jurist til at gennemgå hele udkastet, før I skriver under." }];
  for (const note of notes) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(note.text)] }));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Afsnit for afsnit")] }));
  for (const clause of model.clauses) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(`${clause.number}. ${clause.title}`)] }),
      new Paragraph({ children: [new TextRun(clause.guidance)] }),
    );
  }
  return children;
}

/** The model as a .docx; with `answers`, the answers travel inside it (see embed.ts). */
export async function renderDocx(model: DocumentModel, answers?: EmbeddedAnswers): Promise<Buffer> {
  const stamp = `UDKAST · ${model.title} · skabelon version ${model.templateVersion} · ${formatDate(model.date)}`;
  const document = new Document({
    title: model.projectTitle ? `${model.title}: ${model.projectTitle}` : model.title,
    subject: model.title,
    description: `Udkast lavet med OPI-guiden (skabelon ${model.documentId} version ${model.templateVersion}). Skal gennemgås af en jurist.`,
    creator: "OPI-guiden",
    lastModifiedBy: "OPI-guiden",
    keywords: `OPI, udkast, ${model.documentId}, skabelon ${model.templateVersion}`,
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language: { value: "da-DK" } }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { size: 44, bold: true, color: "0B4F8A" } },
        heading1: { run: { size: 28, bold: true, color: "1B1B1B" }, paragraph: { spacing: { before: 320, after: 120 } } },
        heading2: { run: { size: 24, bold: true, color: "1B1B1B" }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { size: 22, bold: true, color: "1B1B1B" }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
            { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
          ],
        },
      ],
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: "UDKAST", bold: true, color: "B0201C", size: 24 })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 18, children: [`${stamp} · Side `, PageNumber.CURRENT, " af ", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
          ...(model.projectTitle ? [new Paragraph({ children: [new TextRun({ text: model.projectTitle, size: 28 })] })] : []),
          new Paragraph({
            children: [new TextRun({ text: `UDKAST. Lavet med OPI-guiden ${formatDate(model.date)} ud fra skabelon version ${model.templateVersion}. Skal gennemgås af en jurist, før det underskrives.`, italics: true })],
          }),
          new Paragraph({ children: [new TextRun(model.intro)] }),
          ...model.clauses.flatMap(clauseChildren),
          ...guideChildren(model),
        ],
      },
    ],
  });
  return Packer.toBuffer(document, false, answers ? addAnswers(document, answers) : []);
}
