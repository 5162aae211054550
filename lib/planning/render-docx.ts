/**
 * Report → .docx with real Word structure: Title and Heading styles, lists, tables with header rows,
 * Danish language and document properties. Pure: no React, no request.
 */
import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { formatDate } from "@/lib/format";
import type { Block, Report } from "./report";

const BULLETS = "punkter";
const NUMBERS = "numre";

function cell(text: string, options: { bold?: boolean; right?: boolean } = {}) {
  return new TableCell({
    children: text.split("\n").map((line) => new Paragraph({ alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: line, bold: options.bold })] })),
  });
}

function block(item: Block, index: number): (Paragraph | Table)[] {
  switch (item.kind) {
    case "heading":
      return [new Paragraph({ heading: item.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(item.text)] })];
    case "paragraph":
      return item.text.split("\n").map((line) => new Paragraph({ children: [new TextRun(line)] }));
    case "note":
      return [
        new Paragraph({
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: "B35C00", space: 8 } },
          children: [new TextRun({ text: item.text, italics: true })],
        }),
      ];
    case "list":
      return item.items.map((text) => new Paragraph({ numbering: { reference: item.ordered ? NUMBERS : BULLETS, level: 0, instance: item.ordered ? index : undefined }, children: [new TextRun(text)] }));
    case "table": {
      const caption = item.caption ? [new Paragraph({ keepNext: true, children: [new TextRun({ text: item.caption, bold: true })] })] : [];
      return [
        ...caption,
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, cantSplit: true, children: item.header.map((text, i) => cell(text, { bold: true, right: item.numeric?.[i] })) }),
            ...item.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, { right: item.numeric?.[i] })) })),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    }
  }
}

export async function renderReportDocx(report: Report, today: string): Promise<Buffer> {
  const document = new Document({
    title: report.title,
    subject: report.subtitle,
    creator: "OPI-guiden",
    description: `Lavet med OPI-guiden ${formatDate(today)}`,
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: { value: "da-DK" } } } } },
    numbering: {
      config: [
        { reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
        { reference: NUMBERS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
      ],
    },
    sections: [
      {
        properties: {},
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(`${report.title} · OPI-guiden · ${formatDate(today)} · side `), new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
          ...(report.subtitle ? [new Paragraph({ children: [new TextRun({ text: report.subtitle, bold: true })] })] : []),
          new Paragraph({ children: [new TextRun({ text: `Lavet med OPI-guiden ${formatDate(today)}.`, italics: true })] }),
          ...report.blocks.flatMap(block),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
