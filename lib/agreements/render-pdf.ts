/**
 * Document model → PDF with the same content as the DOCX: selectable text, Danish letters, document title and
 * language set, a UDKAST mark and page numbers on every page. Uses the PDF standard font Helvetica, whose
 * encoding (WinAnsi) covers Danish; characters outside it are replaced rather than dropped silently.
 */
import PDFDocument from "pdfkit";
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import { draftNote, endSentence, type DocumentModel, type GuideSection, type ModelNote, type ModelParagraph, type PartyView } from "./model";

const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

/** Keeps what Helvetica can show; other characters become "?" so the text never breaks the file. */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(char)) out += char;
    else if (char === "\t") out += " ";
    else if (code > 0x20) out += "?";
  }
  return out;
}

const MARGIN = 64;
const INK = "#1b1b1b";
const BRAND = "#0b4f8a";

export function renderPdf(model: DocumentModel): Promise<Buffer> {
  const title = model.projectTitle ? `${model.title}: ${model.projectTitle}` : model.title;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN + 10, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: "da-DK",
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: toWinAnsi(title),
      Subject: toWinAnsi(model.title),
      Author: "OPI-guiden",
      Creator: "OPI-guiden",
      Keywords: toWinAnsi(`OPI, udkast, ${model.documentId}, skabelon ${model.templateVersion}`),
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) => doc.text(toWinAnsi(value), options);
  const heading = (value: string, size: number) => {
    if (doc.y > doc.page.height - MARGIN - 120) doc.addPage();
    doc.moveDown(0.6).font("Helvetica-Bold").fontSize(size).fillColor(INK);
    text(value);
    doc.moveDown(0.3).font("Helvetica").fontSize(10.5);
  };

  doc.font("Helvetica-Bold").fontSize(22).fillColor(BRAND);
  text(model.title);
  if (model.projectTitle) {
    doc.font("Helvetica").fontSize(14).fillColor(INK);
    text(model.projectTitle);
  }
  doc.moveDown(0.5).font("Helvetica-Oblique").fontSize(10).fillColor(INK);
  text(draftNote(model));
  doc.moveDown(0.5).font("Helvetica").fontSize(10.5);
  text(model.intro);

  for (const clause of model.clauses) {
    heading(`${clause.number}. ${clause.title}`, 13);
    for (const paragraph of clause.paragraphs) body(paragraph);
  }
  for (const annex of model.annexes) {
    doc.addPage();
    doc.font("Helvetica-Bold").fontSize(16).fillColor(INK);
    text(`Bilag ${annex.number}. ${annex.title}`);
    doc.moveDown(0.4).font("Helvetica").fontSize(10.5);
    for (const paragraph of annex.paragraphs) body(paragraph);
  }

  doc.addPage();
  doc.font("Helvetica-Bold").fontSize(16).fillColor(INK);
  text("Læsevejledning");
  doc.moveDown(0.4).font("Helvetica").fontSize(10.5);
  text("Læsevejledningen hører ikke til aftalen. Den forklarer valgene i udkastet og peger på det, en jurist skal se på. Slet den, før I skriver under.");
  doc.moveDown(0.3);
  text(`Skabelon version ${model.templateVersion}. Juridisk gennemgang af skabelonen: ${model.legalReview}.`);
  heading("Det skal en jurist se på", 12);
  const notes: ModelNote[] = model.notes.length > 0 ? model.notes : [{ text: "Få en jurist til at gennemgå hele udkastet, før I skriver under." }];
  for (const note of notes) {
    text(`•  ${note.title ? `${note.title}: ` : ""}${note.text}`, { indent: 0 });
    doc.moveDown(0.3);
  }
  for (const section of model.guideSections) guideSection(section);
  heading("Afsnit for afsnit", 12);
  for (const clause of model.clauses) {
    doc.font("Helvetica-Bold");
    text(`${clause.number}. ${clause.title}`);
    doc.font("Helvetica");
    text(clause.guidance);
    doc.moveDown(0.4);
  }
  for (const annex of model.annexes) {
    doc.font("Helvetica-Bold");
    text(`Bilag ${annex.number}. ${annex.title}`);
    doc.font("Helvetica");
    text(annex.guidance);
    doc.moveDown(0.4);
  }

  // UDKAST and page numbers on every page, once the page count is known.
  const range = doc.bufferedPageRange();
  const stamp = `${model.title} · skabelon version ${model.templateVersion} · ${formatDate(model.date)}`;
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica-Bold").fontSize(11).fillColor("#b0201c");
    doc.text("UDKAST", MARGIN, 30, { width, align: "right", lineBreak: false });
    doc.font("Helvetica").fontSize(8.5).fillColor(INK);
    doc.text(toWinAnsi(`${stamp} · Side ${i + 1} af ${range.count}`), MARGIN, doc.page.height - 40, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;

  function partyLines(party: PartyView) {
    doc.moveDown(0.3).font("Helvetica-Bold");
    text(`${party.name} (${party.roleLabel.toLowerCase()})`);
    doc.font("Helvetica");
    for (const line of [party.cvr ? `CVR-nr. ${party.cvr}` : "", party.ean ? `EAN-nr. ${party.ean}` : "", party.address ?? ""]) {
      if (line) text(line);
    }
  }

  function body(paragraph: ModelParagraph) {
    switch (paragraph.kind) {
      case "text": {
        if (doc.y > doc.page.height - MARGIN - 40) doc.addPage();
        if (!paragraph.number) {
          text(paragraph.text);
          doc.moveDown(0.35);
          break;
        }
        const y = doc.y;
        doc.text(paragraph.number, MARGIN, y, { width: 34 });
        doc.text(toWinAnsi(paragraph.text), MARGIN + 36, y, { width: width - 36 });
        doc.x = MARGIN;
        doc.moveDown(0.35);
        break;
      }
      case "heading":
        heading(paragraph.text, 12);
        break;
      case "list":
        for (const item of paragraph.items) bullet(item);
        doc.moveDown(0.2);
        break;
      case "parties":
        for (const party of paragraph.parties) partyLines(party);
        break;
      case "partyContributions":
        for (const party of paragraph.parties) bullet(`${party.name}: ${party.contribution ? endSentence(party.contribution) : "Bidraget er ikke beskrevet endnu."}`);
        doc.moveDown(0.2);
        break;
      case "contributions":
        contributions(paragraph);
        break;
      case "signatures":
        for (const party of paragraph.parties) signature(party);
        break;
    }
  }

  /** A section of the læsevejledning made by code (see GuideSection). */
  function guideSection(section: GuideSection) {
    heading(section.title, 12);
    for (const block of section.blocks) {
      switch (block.kind) {
        case "heading":
          heading(block.text, block.level === 3 ? 10.5 : 11);
          break;
        case "paragraph":
          text(block.text);
          doc.moveDown(0.3);
          break;
        case "note":
          doc.font("Helvetica-Oblique");
          text(block.text);
          doc.font("Helvetica").moveDown(0.3);
          break;
        case "list":
          for (const item of block.items) bullet(item);
          doc.moveDown(0.3);
          break;
        case "table":
          for (const row of block.rows) {
            if (doc.y > doc.page.height - MARGIN - 40) doc.addPage();
            doc.font("Helvetica-Bold");
            // A label that is a question keeps its question mark and gets no colon after it.
            text(`${row[0] ?? ""}${/[?:]$/.test(row[0] ?? "") ? "" : ":"} `, { continued: true });
            doc.font("Helvetica");
            text(row.slice(1).join(" · "));
          }
          doc.moveDown(0.3);
          break;
      }
    }
  }

  function bullet(value: string) {
    text(`•  ${value}`, { indent: 0 });
  }

  function contributions(table: Extract<ModelParagraph, { kind: "contributions" }>) {
    const shares = [0.3, 0.1, 0.15, 0.15, 0.15, 0.15];
    const columns = shares.map((_, i) => MARGIN + shares.slice(0, i).reduce((sum, share) => sum + share, 0) * width);
    const widths = shares.map((share) => share * width - 4);
    const row = (cells: string[], bold: boolean) => {
      if (doc.y > doc.page.height - MARGIN - 40) doc.addPage();
      const y = doc.y;
      doc.font(bold ? "Helvetica-Bold" : "Helvetica");
      let bottom = y;
      cells.forEach((value, i) => {
        doc.text(toWinAnsi(value), columns[i], y, { width: widths[i], align: i === 0 ? "left" : "right" });
        bottom = Math.max(bottom, doc.y);
      });
      doc.y = bottom + 4;
      doc.moveTo(MARGIN, doc.y - 2).lineTo(MARGIN + width, doc.y - 2).strokeColor("#8a9099").lineWidth(0.5).stroke();
    };
    doc.moveDown(0.3).fontSize(9.5);
    row(["Part", "Timer", "Værdi af timer", "Naturalier", "Kontant", "I alt"], true);
    for (const line of [...table.rows, table.total]) {
      row([line.name, formatNumber(line.hours), formatKroner(line.hoursValue), formatKroner(line.inKindValue), formatKroner(line.cash), formatKroner(line.total)], line === table.total);
    }
    doc.x = MARGIN;
    doc.font("Helvetica").fontSize(10.5).moveDown(0.5);
    for (const line of table.inKind) bullet(`Naturalier fra ${line.name}: ${endSentence(line.text)}`);
  }

  function signature(party: PartyView) {
    if (doc.y > doc.page.height - MARGIN - 110) doc.addPage();
    doc.moveDown(1).font("Helvetica-Bold");
    text(`For ${party.name}`);
    doc.font("Helvetica").moveDown(0.4);
    text("Sted og dato: ______________________________");
    doc.moveDown(1.4);
    text("_______________________________________");
    text([party.signatoryName, party.signatoryTitle].filter(Boolean).join(", ") || "Navn og stilling");
  }
}
