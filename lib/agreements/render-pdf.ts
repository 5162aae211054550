/**
 * Document model → tagged PDF (PDF/UA-1) with the same content as the DOCX: embedded Source Sans 3 with Hebrew
 * and Arabic fallbacks, a structure tree in reading order, bookmarks, the title shown by viewers, Danish language,
 * and UDKAST and page numbers on every page as artifacts. lib/pdf/document.ts gives each block its tags and layout.
 */
import { COLORS, TaggedPdf, type SignatureBlock } from "@/lib/pdf/document";
import type { DocumentModel } from "./model";
import { agreementBlocks, documentTitle, footerStamp, unknownKind } from "./layout";

export function renderPdf(model: DocumentModel): Promise<Buffer> {
  const pdf = new TaggedPdf({
    title: documentTitle(model),
    subject: model.title,
    keywords: `OPI, udkast, ${model.documentId}, skabelon ${model.templateVersion}`,
    author: "OPI-guiden",
    lang: "da-DK",
    header: "UDKAST",
    footer: (page, pages) => `${footerStamp(model)} · Side ${page} af ${pages}`,
  });
  // Signature blocks are laid out side by side, and bullets form one list: gather each run of them.
  let signatures: SignatureBlock[] = [];
  let bullets: string[] = [];
  const flush = () => {
    pdf.signatures(signatures).list(bullets);
    signatures = [];
    bullets = [];
  };
  for (const block of agreementBlocks(model)) {
    if (block.kind !== "signature" && block.kind !== "bullet") flush();
    switch (block.kind) {
      case "title":
        pdf.heading(1, block.text, { color: COLORS.brand });
        break;
      case "subtitle":
        pdf.paragraph(block.text, { size: 15, after: 8 });
        break;
      case "draftNote":
        pdf.paragraph(block.text, { style: "italic", size: 10, after: 8 });
        break;
      case "text":
        pdf.paragraph(block.text);
        break;
      case "clauseHeading":
        pdf.heading(2, `${block.number}. ${block.title}`);
        break;
      case "clauseText":
        pdf.paragraph(block.text, { label: `${block.number}.`, keepWithNext: block.keepWithNext });
        break;
      case "party":
        pdf.paragraph([{ text: block.name, style: "bold" }, { text: ` (${block.role})` }, ...block.lines.map((line) => ({ text: `\n${line}` }))], { after: 8, keepTogether: true });
        break;
      case "table":
        pdf.table({ header: block.header, rows: block.rows, align: block.numeric.map((numeric) => (numeric ? "right" : "left")), rowHeaders: true, total: block.total });
        break;
      case "signature":
        signatures.push({ title: block.title, signatory: block.signatory });
        break;
      case "guideHeading":
        pdf.heading(block.level === 1 ? 2 : block.level === 2 ? 3 : 4, block.text, { pageBreakBefore: block.level === 1, bookmark: block.level < 3 });
        break;
      case "bullet":
        bullets.push(block.text);
        break;
      default:
        unknownKind(block);
    }
  }
  flush();
  return pdf.render();
}
