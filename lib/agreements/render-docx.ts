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
import { draftNote, endSentence, type DocumentModel, type GuideSection, type ModelClause, type ModelParagraph, type PartyView } from "./model";
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
    texts: 6,
    rows: true,
    render: (texts) => {
      const rows: TableRow[] = [];
      for (let i = 0; i < texts.length; i += 6) {
        rows.push(
          new TableRow({
            cantSplit: true,
            children: [cell(texts[i]!), ...[1, 2, 3, 4, 5].map((column) => cell(texts[i + column]!, { right: true }))],
          }),
        );
      }
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          // The party's name gets the room; the five amounts share the rest (twips of the 9026 a page holds).
          columnWidths: [2626, 1000, 1400, 1300, 1300, 1400],
          rows: [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: [
                cell("Part", { bold: true }),
                cell("Timer", { bold: true, right: true }),
                cell("Værdi af timer", { bold: true, right: true }),
                cell("Naturalier", { bold: true, right: true }),
                cell("Kontant", { bold: true, right: true }),
                cell("I alt", { bold: true, right: true }),
              ],
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
      new Paragraph({ keepNext: true, children: text("Sted og dato: ______________________________") }),
      new Paragraph({ keepNext: true, spacing: { before: 480 }, children: text("_______________________________________") }),
      new Paragraph({ children: text(signatory!) }),
    ],
  },
  guideHeading: { texts: 1, render: ([title]) => [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: text(title!) })] },
  heading2: { texts: 1, render: ([title]) => [new Paragraph({ heading: HeadingLevel.HEADING_2, children: text(title!) })] },
  heading3: { texts: 1, render: ([title]) => [new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: text(title!) })] },
  heading4: { texts: 1, render: ([title]) => [new Paragraph({ heading: HeadingLevel.HEADING_4, keepNext: true, children: text(title!) })] },
  bullet: { texts: 1, render: ([value]) => [new Paragraph({ bullet: { level: 0 }, children: text(value!) })] },
  note: { texts: 1, render: ([value]) => [new Paragraph({ indent: { left: 284 }, children: [new TextRun({ text: value!, italics: true })] })] },
  pairs: {
    texts: 2,
    rows: true,
    render: (texts) => {
      const rows: TableRow[] = [];
      for (let i = 0; i < texts.length; i += 2) rows.push(new TableRow({ cantSplit: true, children: [cell(texts[i]!, { bold: true }), cell(texts[i + 1]!)] }));
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [3600, 5426], rows }), new Paragraph({ children: [] })];
    },
  },
} satisfies Blueprint<string>["blocks"];

type Kind = keyof typeof BLOCKS;

function partyBlocks(parties: PartyView[]): Block<Kind>[] {
  return parties.flatMap((party): Block<Kind>[] => [
    ["partyName", [party.name, party.roleLabel.toLowerCase()]],
    ...[
      party.cvr ? `CVR-nr. ${party.cvr}` : undefined,
      party.ean ? `EAN-nr. ${party.ean}` : undefined,
      party.address,
    ]
      .filter((line): line is string => Boolean(line))
      .map((line): Block<Kind> => ["partyLine", [line]]),
  ]);
}

const kroner = (value: number) => formatKroner(value);

function paragraphBlocks(paragraph: ModelParagraph): Block<Kind>[] {
  switch (paragraph.kind) {
    case "text":
      return [[paragraph.number ? "clauseText" : "text", [paragraph.text]]];
    case "heading":
      return [["heading2", [paragraph.text]]];
    case "list":
      return paragraph.items.map((item): Block<Kind> => ["bullet", [item]]);
    case "parties":
      return partyBlocks(paragraph.parties);
    case "partyContributions":
      return paragraph.parties.map((party): Block<Kind> => ["bullet", [`${party.name}: ${party.contribution ? endSentence(party.contribution) : "Bidraget er ikke beskrevet endnu."}`]]);
    case "contributions":
      return [
        [
          "contributions",
          [...paragraph.rows, paragraph.total].flatMap((row) => [row.name, formatNumber(row.hours), kroner(row.hoursValue), kroner(row.inKindValue), kroner(row.cash), kroner(row.total)]),
        ],
        ...paragraph.inKind.map((line): Block<Kind> => ["bullet", [`Naturalier fra ${line.name}: ${endSentence(line.text)}`]]),
      ];
    case "signatures":
      return paragraph.parties.map((party): Block<Kind> => ["signature", [party.name, [party.signatoryName, party.signatoryTitle].filter(Boolean).join(", ") || "Navn og stilling"]]);
  }
}

function clauseBlocks(clause: ModelClause): Block<Kind>[] {
  return [["clauseHeading", [clause.title]], ...clause.paragraphs.flatMap(paragraphBlocks)];
}

function annexBlocks(annex: ModelClause): Block<Kind>[] {
  return [["guideHeading", [`Bilag ${annex.number}. ${annex.title}`]], ...annex.paragraphs.flatMap(paragraphBlocks)];
}

/** A section of the læsevejledning made by code (see GuideSection): its headings sit below the section's own. */
function sectionBlocks(section: GuideSection): Block<Kind>[] {
  return [
    ["heading2", [section.title]],
    ...section.blocks.flatMap((block): Block<Kind>[] => {
      switch (block.kind) {
        case "heading":
          return [[block.level === 3 ? "heading4" : "heading3", [block.text]]];
        case "paragraph":
          return [["text", [block.text]]];
        case "note":
          return [["note", [block.text]]];
        case "list":
          return block.items.map((item): Block<Kind> => ["bullet", [item]]);
        case "table":
          // Two columns, a label and its value; the heading before the table says what it holds.
          return block.rows.length === 0 ? [] : [["pairs", block.rows.flatMap((row) => [row[0] ?? "", row.slice(1).join(" · ")])]];
      }
    }),
  ];
}

function guideBlocks(model: DocumentModel): Block<Kind>[] {
  const notes = model.notes.length > 0 ? model.notes : [{ text: "Få en jurist til at gennemgå hele udkastet, før I skriver under." }];
  return [
    ["guideHeading", ["Læsevejledning"]],
    ["text", ["Læsevejledningen hører ikke til aftalen. Den forklarer valgene i udkastet og peger på det, en jurist skal se på. Slet den, før I skriver under."]],
    ["text", [`Skabelon version ${model.templateVersion}. Juridisk gennemgang af skabelonen: ${model.legalReview}.`]],
    ["heading2", ["Det skal en jurist se på"]],
    ...notes.map((note): Block<Kind> => ["bullet", ["title" in note && note.title ? `${note.title}: ${note.text}` : note.text]]),
    ...model.guideSections.flatMap(sectionBlocks),
    ["heading2", ["Afsnit for afsnit"]],
    ...model.clauses.flatMap((clause): Block<Kind>[] => [
      ["heading3", [`${clause.number}. ${clause.title}`]],
      ["text", [clause.guidance]],
    ]),
    ...model.annexes.flatMap((annex): Block<Kind>[] => [
      ["heading3", [`Bilag ${annex.number}. ${annex.title}`]],
      ["text", [annex.guidance]],
    ]),
  ];
}

/** The agreement as blocks, from the title to the last line of the læsevejledning. */
function documentBlocks(model: DocumentModel): Block<Kind>[] {
  return [
    ["title", [model.title]],
    ...(model.projectTitle ? [["projectTitle", [model.projectTitle]] as Block<Kind>] : []),
    ["draftNote", [draftNote(model)]],
    ["text", [model.intro]],
    ...model.clauses.flatMap(clauseBlocks),
    ...model.annexes.flatMap(annexBlocks),
    ...guideBlocks(model),
  ];
}

/** The file's own texts: its properties, the footer's stamp and, when they travel along, the answers. */
function documentValues(model: DocumentModel, answers?: EmbeddedAnswers): Record<string, string> {
  return {
    title: model.projectTitle ? `${model.title}: ${model.projectTitle}` : model.title,
    subject: model.title,
    description: `Udkast lavet med OPI-guiden (skabelon ${model.documentId} version ${model.templateVersion}; ${model.legalReview.toLowerCase()}). Skal gennemgås af en jurist.`,
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
          heading4: { run: { size: 22, bold: true, italics: false, color: "1B1B1B" }, paragraph: { spacing: { before: 160, after: 60 } } },
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
