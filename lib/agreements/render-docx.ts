/**
 * Document model → .docx with real Word structure: Title and Heading styles with outline levels (the navigation
 * pane, screen readers and LibreOffice's tagged PDF export read them), automatic clause numbering (1., 1.1),
 * Danish language, document properties, a visible UDKAST mark and page numbers, tables sized to their content
 * with a header row that repeats on every page, signature blocks kept whole with the clause they close, and the
 * læsevejledning as a final, separate part.
 *
 * The document is the list of blocks in layout.ts. docx lays out each kind of block once, and a file is those
 * layouts filled in; see lib/docx/compiled.ts for why and how.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { compiledOnce, packWithDocx, type Block, type BlockKind, type Blueprint } from "@/lib/docx/compiled";
import { characterWidths } from "@/lib/layout/columns";
import { tableFrame, wordColumnWidths } from "@/lib/docx/tables";
import type { DocumentModel } from "./model";
import { addAnswers, encodeAnswers, type EmbeddedAnswers } from "./embed";
import { agreementBlocks, documentTitle, footerStamp, type AgreementBlock } from "./layout";

const NUMBERING = "klausuler";
/** The widest table a file may hold. */
const MAX_COLUMNS = 8;

const text = (value: string) => [new TextRun(value)];

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

function cell(value: string, alignment: string, bold = false) {
  return new TableCell({ children: [new Paragraph({ alignment: alignment as Alignment, children: [new TextRun({ text: value, bold })] })] });
}

/** Column widths from what the columns hold: `texts` are the header's texts and alignments, then each row's (see tableTexts). */
function columnWidths(texts: readonly string[], columns: number): number[] {
  return wordColumnWidths(
    Array.from({ length: columns }, (_, column) => {
      const cells: string[] = [];
      for (let row = 0; row < texts.length; row += 2 * columns) cells.push(texts[row + column] ?? "");
      const widths = characterWidths(cells);
      // Numbers (right-aligned columns) never wrap: "1.000.749.999 kr." stays on one line.
      return texts[columns + column] === AlignmentType.RIGHT ? { min: widths.max, max: widths.max } : widths;
    }),
  );
}

/** A table of `columns` columns: the header row (repeated on every page) and rows, each cell with its alignment. */
function tableKind(columns: number): BlockKind {
  const widths = (texts: readonly string[]) => columnWidths(texts, columns);
  return {
    texts: 2 * columns,
    head: 2 * columns,
    rows: true,
    columns: widths,
    render: (texts) => {
      const row = (start: number, bold: boolean) =>
        Array.from({ length: columns }, (_, i) => cell(texts[start + i]!, texts[start + columns + i]!, bold));
      const rows: TableRow[] = [];
      for (let start = 2 * columns; start < texts.length; start += 2 * columns) rows.push(new TableRow({ cantSplit: true, children: row(start, false) }));
      return [
        new Table({ ...tableFrame(widths(texts)), rows: [new TableRow({ tableHeader: true, cantSplit: true, children: row(0, true) }), ...rows] }),
        new Paragraph({ children: [] }),
      ];
    },
  };
}

function signatureBlock(title: string, signatory: string, keepWithNext: boolean) {
  return [
    new Paragraph({ keepNext: true, keepLines: true, spacing: { before: 280 }, children: [new TextRun({ text: title, bold: true })] }),
    new Paragraph({ keepNext: true, spacing: { before: 100 }, children: text("Sted og dato: ______________________________") }),
    new Paragraph({ keepNext: true, spacing: { before: 1000, after: 0 }, children: text("_______________________________________") }),
    new Paragraph({ keepNext: keepWithNext, children: text(signatory) }),
  ];
}

const tableKinds = Object.fromEntries(Array.from({ length: MAX_COLUMNS }, (_, i) => [`table${i + 1}`, tableKind(i + 1)])) as Record<`table${number}`, BlockKind>;

/** Every kind of block in an agreement, with its texts. */
const BLOCKS = {
  title: { texts: 1, render: ([title]) => [new Paragraph({ heading: HeadingLevel.TITLE, children: text(title!) })] },
  projectTitle: { texts: 1, render: ([title]) => [new Paragraph({ children: [new TextRun({ text: title!, size: 28 })] })] },
  draftNote: { texts: 1, render: ([note]) => [new Paragraph({ children: [new TextRun({ text: note!, italics: true })] })] },
  text: { texts: 1, render: ([value]) => [new Paragraph({ children: text(value!) })] },
  clauseHeading: {
    texts: 1,
    render: ([title]) => [new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: NUMBERING, level: 0 }, keepNext: true, children: text(title!) })],
  },
  clauseText: { texts: 1, render: ([value]) => [new Paragraph({ numbering: { reference: NUMBERING, level: 1 }, children: text(value!) })] },
  /** A clause paragraph that stays on the page of what follows it, e.g. the signatures. */
  clauseTextKeep: { texts: 1, render: ([value]) => [new Paragraph({ numbering: { reference: NUMBERING, level: 1 }, keepNext: true, keepLines: true, children: text(value!) })] },
  partyName: {
    texts: 2,
    render: ([name, role]) => [
      new Paragraph({ keepNext: true, spacing: { before: 120, after: 0 }, children: [new TextRun({ text: name!, bold: true }), new TextRun({ text: ` (${role!})` })] }),
    ],
  },
  partyLine: { texts: 1, render: ([line]) => [new Paragraph({ spacing: { after: 0 }, children: text(line!) })] },
  ...tableKinds,
  // Room to sign: about 1,8 cm between the place and date and the signature line. A block never splits, and each
  // is kept with the next, so the signatures stay together and with the clause they close.
  signature: { texts: 2, render: ([title, signatory]) => signatureBlock(title!, signatory!, true) },
  lastSignature: { texts: 2, render: ([title, signatory]) => signatureBlock(title!, signatory!, false) },
  guideHeading: { texts: 1, render: ([title]) => [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: text(title!) })] },
  heading2: { texts: 1, render: ([title]) => [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: text(title!) })] },
  heading3: { texts: 1, render: ([title]) => [new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: text(title!) })] },
  bullet: { texts: 1, render: ([value]) => [new Paragraph({ bullet: { level: 0 }, children: text(value!) })] },
} satisfies Blueprint<string>["blocks"];

type Kind = keyof typeof BLOCKS;

/** A table's texts as its kind takes them: the header, then each row, each followed by its cells' alignments. */
function tableTexts(block: Extract<AgreementBlock, { kind: "table" }>): Block<Kind> {
  const columns = block.header.length;
  if (columns < 1 || columns > MAX_COLUMNS) throw new Error(`A table in a Word file has 1 to ${MAX_COLUMNS} columns, not ${columns}`);
  const alignments = block.numeric.map((numeric) => (numeric ? AlignmentType.RIGHT : AlignmentType.LEFT));
  const rows = [block.header, ...block.rows, ...(block.total ? [block.total] : [])];
  return [`table${columns}` as Kind, rows.flatMap((row) => [...Array.from({ length: columns }, (_, i) => row[i] ?? ""), ...alignments])];
}

function wordBlocks(blocks: AgreementBlock[]): Block<Kind>[] {
  return blocks.flatMap((block, i): Block<Kind>[] => {
    switch (block.kind) {
      case "title":
        return [["title", [block.text]]];
      case "subtitle":
        return [["projectTitle", [block.text]]];
      case "draftNote":
        return [["draftNote", [block.text]]];
      case "text":
        return [["text", [block.text]]];
      case "clauseHeading":
        return [["clauseHeading", [block.title]]];
      case "clauseText":
        return [[block.keepWithNext ? "clauseTextKeep" : "clauseText", [block.text]]];
      case "party":
        return [["partyName", [block.name, block.role]], ...block.lines.map((line): Block<Kind> => ["partyLine", [line]])];
      case "table":
        return [tableTexts(block)];
      case "signature":
        return [[blocks[i + 1]?.kind === "signature" ? "signature" : "lastSignature", [block.title, block.signatory ?? "Navn og stilling"]]];
      case "guideHeading":
        return [[block.level === 1 ? "guideHeading" : block.level === 2 ? "heading2" : "heading3", [block.text]]];
      case "bullet":
        return [["bullet", [block.text]]];
    }
  });
}

/** The file's own texts: its properties, the footer's stamp and, when they travel along, the answers. */
function documentValues(model: DocumentModel, answers?: EmbeddedAnswers): Record<string, string> {
  return {
    title: documentTitle(model),
    subject: model.title,
    description: `Udkast lavet med OPI-guiden (skabelon ${model.documentId} version ${model.templateVersion}). Skal gennemgås af en jurist.`,
    keywords: `OPI, udkast, ${model.documentId}, skabelon ${model.templateVersion}`,
    stamp: footerStamp(model),
    ...(answers ? { answers: encodeAnswers(answers) } : {}),
  };
}

/** The agreement's file around its body; with answers, they travel inside it (see embed.ts). */
const blueprint = (withAnswers: boolean): Blueprint<Kind> => ({
  blocks: BLOCKS,
  document: (body, value) => {
    const document = new Document({
      title: value("title"),
      subject: value("subject"),
      description: value("description"),
      creator: "OPI-guiden",
      lastModifiedBy: "OPI-guiden",
      keywords: value("keywords"),
      styles: {
        default: {
          document: { run: { font: "Calibri", size: 22, language: { value: "da-DK" } }, paragraph: { spacing: { after: 120, line: 276 } } },
          title: { run: { size: 44, bold: true, color: "0B4F8A" } },
          // Outline levels make these headings in Word's navigation pane and in a tagged PDF made from the file.
          heading1: { run: { size: 28, bold: true, color: "1B1B1B" }, paragraph: { spacing: { before: 320, after: 120 }, outlineLevel: 0 } },
          heading2: { run: { size: 24, bold: true, color: "1B1B1B" }, paragraph: { spacing: { before: 240, after: 80 }, outlineLevel: 1 } },
          heading3: { run: { size: 22, bold: true, color: "1B1B1B" }, paragraph: { spacing: { before: 200, after: 60 }, outlineLevel: 2 } },
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
                  children: [new TextRun({ size: 18, children: [`${value("stamp")} · Side `, PageNumber.CURRENT, " af ", PageNumber.TOTAL_PAGES] })],
                }),
              ],
            }),
          },
          children: body,
        },
      ],
    });
    return { file: document, parts: withAnswers ? addAnswers(document, value("answers")) : [] };
  },
});

const layoutWithAnswers = compiledOnce(() => blueprint(true));
const layoutWithoutAnswers = compiledOnce(() => blueprint(false));

/** The model as a .docx; with `answers`, the answers travel inside it (see embed.ts). */
export async function renderDocx(model: DocumentModel, answers?: EmbeddedAnswers): Promise<Buffer> {
  const pkg = await (answers ? layoutWithAnswers() : layoutWithoutAnswers());
  return pkg.pack(documentValues(model, answers), wordBlocks(agreementBlocks(model)), new Date());
}

/** The same file made by docx alone, block by block: the reference `renderDocx` is tested against. */
export function renderDocxWithDocx(model: DocumentModel, answers?: EmbeddedAnswers): Promise<Buffer> {
  return packWithDocx(blueprint(answers !== undefined), documentValues(model, answers), wordBlocks(agreementBlocks(model)));
}
