/**
 * Document model → .docx with real Word structure: Title and Heading styles (the navigation pane and screen
 * readers use them), automatic clause numbering (1., 1.1), Danish language, document properties, a visible
 * UDKAST mark and page numbers, table header rows, and the læsevejledning as a final, separate part.
 *
 * The document is a list of blocks (a clause heading, a numbered paragraph, a party …). docx lays out each kind
 * once, and a file is those layouts filled in; see lib/docx/compiled.ts for why and how.
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
  WidthType,
} from "docx";
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import { compiledOnce, packWithDocx, type Block, type Blueprint } from "@/lib/docx/compiled";
import type { DocumentModel, ModelClause, PartyView } from "./model";
import { addAnswers, encodeAnswers, type EmbeddedAnswers } from "./embed";

const NUMBERING = "klausuler";

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

const text = (value: string) => [new TextRun(value)];

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
  partyName: {
    texts: 2,
    render: ([name, role]) => [
      new Paragraph({ keepNext: true, spacing: { before: 120, after: 0 }, children: [new TextRun({ text: name!, bold: true }), new TextRun({ text: ` (${role!})` })] }),
    ],
  },
  partyLine: { texts: 1, render: ([line]) => [new Paragraph({ spacing: { after: 0 }, children: text(line!) })] },
  contributions: {
    texts: 4,
    rows: true,
    render: (texts) => {
      const rows: TableRow[] = [];
      for (let i = 0; i < texts.length; i += 4) {
        rows.push(
          new TableRow({
            cantSplit: true,
            children: [cell(texts[i]!), cell(texts[i + 1]!, { right: true }), cell(texts[i + 2]!), cell(texts[i + 3]!, { right: true })],
          }),
        );
      }
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: [cell("Part", { bold: true }), cell("Timer", { bold: true, right: true }), cell("Bidrag i naturalier", { bold: true }), cell("Kontant", { bold: true, right: true })],
            }),
            ...rows,
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    },
  },
  signature: {
    texts: 2,
    render: ([name, signatory]) => [
      new Paragraph({ keepNext: true, keepLines: true, spacing: { before: 360 }, children: [new TextRun({ text: `For ${name!}`, bold: true })] }),
      new Paragraph({ keepNext: true, children: text("Dato: ______________________") }),
      new Paragraph({ keepNext: true, spacing: { before: 480 }, children: text("_______________________________________") }),
      new Paragraph({ children: text(signatory!) }),
    ],
  },
  guideHeading: { texts: 1, render: ([title]) => [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: text(title!) })] },
  heading2: { texts: 1, render: ([title]) => [new Paragraph({ heading: HeadingLevel.HEADING_2, children: text(title!) })] },
  heading3: { texts: 1, render: ([title]) => [new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: text(title!) })] },
  bullet: { texts: 1, render: ([value]) => [new Paragraph({ bullet: { level: 0 }, children: text(value!) })] },
} satisfies Blueprint<string>["blocks"];

type Kind = keyof typeof BLOCKS;

function partyBlocks(parties: PartyView[]): Block<Kind>[] {
  return parties.flatMap((party): Block<Kind>[] => [
    ["partyName", [party.name, party.roleLabel.toLowerCase()]],
    ...[
      party.cvr ? `CVR-nr. ${party.cvr}` : undefined,
      party.ean ? `EAN-nr. ${party.ean}` : undefined,
      party.address,
      party.contribution ? `Bidrag: ${party.contribution}` : undefined,
    ]
      .filter((line): line is string => Boolean(line))
      .map((line): Block<Kind> => ["partyLine", [line]]),
  ]);
}

function clauseBlocks(clause: ModelClause): Block<Kind>[] {
  const blocks: Block<Kind>[] = [["clauseHeading", [clause.title]]];
  for (const paragraph of clause.paragraphs) {
    switch (paragraph.kind) {
      case "text":
        blocks.push(["clauseText", [paragraph.text]]);
        break;
      case "parties":
        blocks.push(...partyBlocks(paragraph.parties));
        break;
      case "contributions":
        blocks.push([
          "contributions",
          paragraph.parties.flatMap((party) => [party.name, formatNumber(party.hours ?? 0), party.inKind ?? "–", formatKroner(party.cash ?? 0)]),
        ]);
        break;
      case "signatures":
        for (const party of paragraph.parties) {
          blocks.push(["signature", [party.name, [party.signatoryName, party.signatoryTitle].filter(Boolean).join(", ") || "Navn og stilling"]]);
        }
        break;
    }
  }
  return blocks;
}

function guideBlocks(model: DocumentModel): Block<Kind>[] {
  const notes = model.notes.length > 0 ? model.notes : [{ text: "Få en jurist til at gennemgå hele udkastet, før I skriver under." }];
  return [
    ["guideHeading", ["Læsevejledning"]],
    ["text", ["Læsevejledningen hører ikke til aftalen. Den forklarer valgene i udkastet og peger på det, en jurist skal se på. Slet den, før I skriver under."]],
    ["heading2", ["Det skal en jurist se på"]],
    ...notes.map((note): Block<Kind> => ["bullet", [note.text]]),
    ["heading2", ["Afsnit for afsnit"]],
    ...model.clauses.flatMap((clause): Block<Kind>[] => [
      ["heading3", [`${clause.number}. ${clause.title}`]],
      ["text", [clause.guidance]],
    ]),
  ];
}

/** The agreement as blocks, from the title to the last line of the læsevejledning. */
function documentBlocks(model: DocumentModel): Block<Kind>[] {
  return [
    ["title", [model.title]],
    ...(model.projectTitle ? [["projectTitle", [model.projectTitle]] as Block<Kind>] : []),
    ["draftNote", [`UDKAST. Lavet med OPI-guiden ${formatDate(model.date)} ud fra skabelon version ${model.templateVersion}. Skal gennemgås af en jurist, før det underskrives.`]],
    ["text", [model.intro]],
    ...model.clauses.flatMap(clauseBlocks),
    ...guideBlocks(model),
  ];
}

/** The file's own texts: its properties, the footer's stamp and, when they travel along, the answers. */
function documentValues(model: DocumentModel, answers?: EmbeddedAnswers): Record<string, string> {
  return {
    title: model.projectTitle ? `${model.title}: ${model.projectTitle}` : model.title,
    subject: model.title,
    description: `Udkast lavet med OPI-guiden (skabelon ${model.documentId} version ${model.templateVersion}). Skal gennemgås af en jurist.`,
    keywords: `OPI, udkast, ${model.documentId}, skabelon ${model.templateVersion}`,
    stamp: `UDKAST · ${model.title} · skabelon version ${model.templateVersion} · ${formatDate(model.date)}`,
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
  return pkg.pack(documentValues(model, answers), documentBlocks(model), new Date());
}

/** The same file made by docx alone, block by block: the reference `renderDocx` is tested against. */
export function renderDocxWithDocx(model: DocumentModel, answers?: EmbeddedAnswers): Promise<Buffer> {
  return packWithDocx(blueprint(answers !== undefined), documentValues(model, answers), documentBlocks(model));
}
