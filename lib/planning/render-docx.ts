/**
 * Report → .docx with real Word structure: Title and Heading styles with outline levels (the navigation pane and
 * a tagged PDF made from the file see them), lists, tables sized to their content with a header row that repeats
 * on every page, real hyperlinks, Danish language and document properties. Every text is cleaned of what XML
 * forbids before docx sees it, so every part of the file is well-formed. Pure: no React, no request.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { formatDate } from "@/lib/format";
import { characterWidths } from "@/lib/layout/columns";
import { tableFrame, wordColumnWidths } from "@/lib/docx/tables";
import { documentText } from "@/lib/text/rules";
import type { Block, Inline, Report } from "./report";

const BULLETS = "punkter";
const NUMBERS = "numre";

function cell(text: string, options: { bold?: boolean; right?: boolean } = {}) {
  return new TableCell({
    children: documentText(text)
      .split("\n")
      .map((line) => new Paragraph({ alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: line, bold: options.bold })] })),
  });
}

/** Runs of text and hyperlinks; a link shows its own text and opens its address. */
function inline(content: Inline) {
  return (typeof content === "string" ? [content] : content).map((part) =>
    typeof part === "string"
      ? new TextRun(documentText(part))
      : new ExternalHyperlink({ link: documentText(part.href), children: [new TextRun({ text: documentText(part.text), style: "Hyperlink" })] }),
  );
}

/** Column widths from what each column holds, so long words keep their column and short ones give room. */
function tableWidths(header: string[], rows: string[][]): number[] {
  return wordColumnWidths(header.map((_, i) => characterWidths([header[i]!, ...rows.map((row) => row[i] ?? "")])));
}

function block(item: Block, index: number): (Paragraph | Table)[] {
  switch (item.kind) {
    case "heading":
      return [new Paragraph({ heading: item.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(documentText(item.text))] })];
    case "paragraph":
      return documentText(item.text)
        .split("\n")
        .map((line) => new Paragraph({ children: [new TextRun(line)] }));
    case "note":
      return [
        new Paragraph({
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: "B35C00", space: 8 } },
          children: [new TextRun({ text: documentText(item.text), italics: true })],
        }),
      ];
    case "fields":
      return item.items.map(
        ([label, value], i) =>
          new Paragraph({
            keepNext: i < item.items.length - 1,
            spacing: { after: 80 },
            // "Findes der løsninger?" takes no colon after its question mark.
            children: [new TextRun({ text: /[?:]$/.test(label) ? `${documentText(label)} ` : `${documentText(label)}: `, bold: true }), new TextRun(documentText(value))],
          }),
      );
    case "list":
      return item.items.map((content) => new Paragraph({ numbering: { reference: item.ordered ? NUMBERS : BULLETS, level: 0, instance: item.ordered ? index : undefined }, children: inline(content) }));
    case "table": {
      const caption = item.caption ? [new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [new TextRun({ text: documentText(item.caption), bold: true })] })] : [];
      return [
        ...caption,
        new Table({
          ...tableFrame(tableWidths(item.header, item.rows)),
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
  const title = documentText(report.title);
  const subtitle = report.subtitle ? documentText(report.subtitle) : undefined;
  const document = new Document({
    title,
    subject: subtitle,
    creator: "OPI-guiden",
    description: `Lavet med OPI-guiden ${formatDate(today)}`,
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language: { value: "da-DK" } } },
        // Outline levels make these headings in Word's navigation pane and in a tagged PDF made from the file.
        heading1: { run: { size: 28, bold: true, color: "1B1B1B" }, paragraph: { spacing: { before: 320, after: 120 }, outlineLevel: 0 } },
        heading2: { run: { size: 24, bold: true, color: "1B1B1B" }, paragraph: { spacing: { before: 240, after: 80 }, outlineLevel: 1 } },
        hyperlink: { run: { color: "0B4F8A", underline: { type: "single" } } },
      },
    },
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
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(`${title} · OPI-guiden · ${formatDate(today)} · side `), new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
          ...(subtitle ? [new Paragraph({ children: [new TextRun({ text: subtitle, bold: true })] })] : []),
          new Paragraph({ children: [new TextRun({ text: `Lavet med OPI-guiden ${formatDate(today)}.`, italics: true })] }),
          ...report.blocks.flatMap(block),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
