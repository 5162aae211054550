/**
 * A PDF/UA-1 check for the tests, since no validator installs here. It reads the file as qpdf writes it out
 * uncompressed (QDF) and reports every problem it finds; an empty list passes. What it checks:
 *
 * - catalog: /Lang, /MarkInfo with /Marked true, a /StructTreeRoot, ViewerPreferences with DisplayDocTitle, /Metadata;
 * - XMP: well-formed XML (saxes, a strict parser), the PDF/UA identifier (pdfuaid:part 1) and the title;
 * - fonts: every font embedded (FontFile, FontFile2 or FontFile3) and every font with a ToUnicode map;
 * - content: every text object and every painting operator inside marked content that is either tagged
 *   (has an MCID) or an Artifact, and marked content balanced on every page;
 * - structure: only standard structure types, TH with a Scope, headings that never skip a level (H1, H2, H3 …),
 *   and every page's marked content referenced from the structure tree.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SaxesParser } from "saxes";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The file as qpdf writes it in QDF form: objects one by one, streams uncompressed, pages marked with comments. */
export function qdf(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), "opi-qdf-"));
  try {
    writeFileSync(path.join(dir, "in.pdf"), pdf);
    execFileSync("qpdf", ["--qdf", "--object-streams=disable", path.join(dir, "in.pdf"), path.join(dir, "out.pdf")]);
    return readFileSync(path.join(dir, "out.pdf")).toString("latin1");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every indirect object: number → its text (dictionary and, for a stream, the stream's bytes as latin1). */
export function objects(text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) out.set(Number(match[1]), match[2]!);
  return out;
}

const streamOf = (object: string) => {
  const start = object.indexOf("stream\n");
  const end = object.lastIndexOf("endstream");
  return start < 0 || end < 0 ? "" : object.slice(start + 7, end);
};

type Token = { kind: "operator" | "name" | "other"; value: string };

/** The tokens of a content stream; strings, arrays and dictionaries come as operands. */
function* tokens(content: string): Generator<Token> {
  const delimiter = /[\s()<>[\]{}/%]/;
  let i = 0;
  while (i < content.length) {
    const char = content[i]!;
    if (/\s/.test(char)) i++;
    else if (char === "%") while (i < content.length && content[i] !== "\n") i++;
    else if (char === "(") {
      let depth = 0;
      do {
        if (content[i] === "\\") i++;
        else if (content[i] === "(") depth++;
        else if (content[i] === ")") depth--;
        i++;
      } while (depth > 0 && i < content.length);
      yield { kind: "other", value: "(string)" };
    } else if (content.startsWith("<<", i) || content.startsWith(">>", i)) {
      yield { kind: "other", value: content.slice(i, i + 2) };
      i += 2;
    } else if (char === "<") {
      const end = content.indexOf(">", i);
      yield { kind: "other", value: content.slice(i, end + 1) };
      i = end + 1;
    } else if (char === "[" || char === "]") {
      yield { kind: "other", value: char };
      i++;
    } else if (char === "/") {
      let end = i + 1;
      while (end < content.length && !delimiter.test(content[end]!)) end++;
      yield { kind: "name", value: content.slice(i, end) };
      i = end;
    } else {
      let end = i;
      while (end < content.length && !delimiter.test(content[end]!)) end++;
      if (end === i) end++;
      const word = content.slice(i, end);
      yield { kind: /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || ["true", "false", "null"].includes(word) ? "other" : "operator", value: word };
      i = end;
    }
  }
}

/** Operators that put marks on the page: text objects and showing text, painting paths and shadings, images. */
const PAINTING = new Set(["BT", "Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI"]);

/** Problems in one page's content: anything painted outside tagged content or an artifact, unbalanced marks. */
export function contentProblems(content: string, where: string): string[] {
  const problems: string[] = [];
  const stack: { tag: string; tagged: boolean }[] = [];
  let operands: Token[] = [];
  for (const token of tokens(content)) {
    if (token.kind !== "operator") {
      operands.push(token);
      continue;
    }
    if (token.value === "BDC" || token.value === "BMC") {
      const tag = operands.find((operand) => operand.kind === "name")?.value ?? "?";
      stack.push({ tag, tagged: operands.some((operand) => operand.value === "/MCID") });
    } else if (token.value === "EMC") {
      if (!stack.pop()) problems.push(`${where}: EMC without an open marked-content sequence`);
    } else if (PAINTING.has(token.value) && !stack.some((mark) => mark.tagged || mark.tag === "/Artifact")) {
      problems.push(`${where}: ${token.value} outside tagged content or an artifact`);
    }
    operands = [];
  }
  if (stack.length) problems.push(`${where}: ${stack.length} marked-content sequence(s) left open`);
  return problems;
}

const STANDARD_TYPES = new Set(
  "Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form".split(" "),
);

interface StructNode {
  role?: string;
  type?: string;
  children?: StructNode[];
}

/** The structure elements of every page, depth first, as a reader of the tags meets them. */
export async function structureRoles(pdf: Buffer): Promise<{ roles: string[]; pagesWithoutTags: number[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const roles: string[] = [];
  const pagesWithoutTags: number[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const tree = (await (await document.getPage(n)).getStructTree()) as StructNode | null;
    const before = roles.length;
    const walk = (node: StructNode) => {
      if (node.role) roles.push(node.role);
      node.children?.forEach(walk);
    };
    if (tree) walk(tree);
    if (roles.length === before) pagesWithoutTags.push(n);
  }
  await document.destroy();
  return { roles, pagesWithoutTags };
}

/** Every problem this file has against the checks above; [] when it passes. */
export async function pdfUaProblems(pdf: Buffer, expected: { title: string; lang: string }): Promise<string[]> {
  const problems: string[] = [];
  const text = qdf(pdf);
  const all = objects(text);
  const catalog = [...all.values()].find((object) => /\/Type \/Catalog\b/.test(object)) ?? "";
  if (!new RegExp(`/Lang \\(${expected.lang}\\)`).test(catalog)) problems.push(`catalog: no /Lang (${expected.lang})`);
  if (!/\/StructTreeRoot \d+ 0 R/.test(catalog)) problems.push("catalog: no /StructTreeRoot");
  const reference = (key: string, object: string) => all.get(Number(new RegExp(`/${key} (\\d+) 0 R`).exec(object)?.[1])) ?? "";
  if (!/\/Marked true/.test(reference("MarkInfo", catalog) || catalog)) problems.push("catalog: /MarkInfo without /Marked true");
  if (!/\/DisplayDocTitle true/.test(reference("ViewerPreferences", catalog) || catalog)) problems.push("catalog: no DisplayDocTitle");

  const metadata = streamOf(reference("Metadata", catalog));
  if (!metadata) problems.push("catalog: no /Metadata stream");
  else {
    const xml = Buffer.from(metadata, "latin1").toString("utf8");
    const parser = new SaxesParser({ xmlns: false });
    let inTitle = false;
    let title = "";
    parser.on("opentag", (tag) => (inTitle = inTitle || tag.name === "dc:title"));
    parser.on("closetag", (tag) => (inTitle = inTitle && tag.name !== "dc:title"));
    parser.on("text", (value) => (title += inTitle ? value : ""));
    try {
      parser.write(`<root>${xml}</root>`).close();
    } catch (error) {
      problems.push(`XMP is not well-formed XML: ${(error as Error).message}`);
    }
    if (!/<pdfuaid:part>1<\/pdfuaid:part>/.test(xml)) problems.push("XMP: no PDF/UA identifier (pdfuaid:part 1)");
    if (title.trim() !== expected.title) problems.push(`XMP: dc:title is ${JSON.stringify(title.trim())}, not ${JSON.stringify(expected.title)}`);
  }

  for (const [id, object] of all) {
    if (!/\/Type \/Font\b/.test(object)) continue;
    const subtype = /\/Subtype \/(\w+)/.exec(object)?.[1];
    if (subtype === "Type0" || subtype === "TrueType" || subtype === "Type1") {
      if (!/\/ToUnicode \d+ 0 R/.test(object)) problems.push(`font ${id}: no ToUnicode map`);
    }
    const descriptor = subtype === "Type0" ? reference("FontDescriptor", reference("DescendantFonts", object.replace(/\/DescendantFonts \[\s*(\d+) 0 R\s*\]/, "/DescendantFonts $1 0 R"))) : reference("FontDescriptor", object);
    if (subtype && subtype !== "Type3" && !/\/FontFile[23]? \d+ 0 R/.test(descriptor)) problems.push(`font ${id}: not embedded`);
  }

  // QDF marks each page's content with a comment: "%% Contents for page N".
  for (const match of text.matchAll(/%% Contents for page (\d+)\n%% Original object ID: [^\n]*\n\d+ 0 obj\n([\s\S]*?)\nendobj/g)) {
    problems.push(...contentProblems(streamOf(match[2]!), `page ${match[1]}`));
  }

  for (const [id, object] of all) {
    const type = /\/Type \/StructElem\b/.test(object) ? /\/S \/(\w+)/.exec(object)?.[1] : undefined;
    if (!type) continue;
    if (!STANDARD_TYPES.has(type)) problems.push(`structure element ${id}: /${type} is not a standard type`);
    if (type === "TH" && !/\/Scope \/(Row|Column|Both)/.test(object)) problems.push(`structure element ${id}: TH without /Scope`);
  }

  const { roles, pagesWithoutTags } = await structureRoles(pdf);
  let level = 0;
  for (const role of roles) {
    const heading = /^H([1-6])$/.exec(role);
    if (!heading) continue;
    if (Number(heading[1]) > level + 1) problems.push(`heading ${role} follows H${level}: a level is skipped`);
    level = Number(heading[1]);
  }
  for (const page of pagesWithoutTags) problems.push(`page ${page}: no tagged content`);
  return problems;
}
