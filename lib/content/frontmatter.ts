/**
 * The one reader of YAML in content: the frontmatter of every .mdx file (content:check, the site, the build, the editor
 * forms and POST /indsend/fil) and the agreement templates in content/agreements/.
 *
 * Frontmatter is YAML and nothing else. Only a first line of exactly --- (after an optional byte order mark) opens it;
 * ---js, ---json or any other word after the dashes is refused, because gray-matter, which many MDX tools use, evaluates
 * ---js as JavaScript. The YAML is read with the core schema plus dates: text, numbers, true/false, null, lists, fields
 * and YYYY-MM-DD dates. Everything else YAML can express is refused before it is composed: tags (!!binary, !!set,
 * !custom), anchors and aliases (&a, *a), complex keys (?), directives and more than one document. None of it is needed
 * to describe a page, and all of it is where YAML readers run code, inflate a few bytes into millions of values, or
 * spend seconds on a few kilobytes. Pure: no file access.
 */
import { CST, isPair, isScalar, Lexer, parseDocument, visit, type YAMLError } from "yaml";
import { visibleText } from "@/lib/format";

export interface YamlProblem {
  /** Line in the file (1-based), when it is known. */
  line?: number;
  message: string;
  /** The top-level field whose value is wrong, when the problem lies in one value (a date not in the calendar). */
  field?: string;
}

export type Frontmatter =
  | {
      ok: true;
      data: Record<string, unknown>;
      /** Everything after the closing ---. */
      body: string;
      /** Lines before the body: line 1 of the body is line lineOffset + 1 of the file. */
      lineOffset: number;
    }
  | ({ ok: false } & YamlProblem);

export const MISSING_FRONTMATTER = "mangler. Filen skal begynde med --- efterfulgt af felterne og endnu en linje med --- (se content/README.md)";

const BOM = "\uFEFF";
/** A line that closes frontmatter: three dashes, nothing after them but spaces. */
const CLOSING_LINE = /^---[ \t]*\r?$/;
/** Flow collections ([a, [b]]) deeper than this are refused: content needs one level, two at most. */
const MAX_FLOW_DEPTH = 8;

/**
 * Splits a content file into its frontmatter data and its body.
 * Never throws; every problem comes back as a Danish message for the field "frontmatter".
 */
export function parseFrontmatter(raw: string): Frontmatter {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  if (!text.startsWith("---") || text.startsWith("----")) return { ok: false, message: MISSING_FRONTMATTER };
  const firstEnd = text.indexOf("\n");
  const firstLine = (firstEnd === -1 ? text : text.slice(0, firstEnd)).replace(/\r$/, "");
  if (firstLine !== "---") {
    const extra = visible(firstLine.slice(3));
    return {
      ok: false,
      line: 1,
      message: extra.trim()
        ? `første linje er "---${extra}", men må kun indeholde ---. Frontmatter skrives altid i YAML, aldrig i JavaScript, JSON eller et andet sprog. Slet "${extra.trim()}" efter ---`
        : `første linje har usynlige tegn eller mellemrum efter ---. Slet dem, så linjen kun indeholder ---`,
    };
  }
  if (firstEnd === -1) return { ok: false, line: 1, message: "mangler den afsluttende linje med ---. Skriv --- på en linje for sig efter det sidste felt" };

  // Find the closing line, counting lines as we go so every message can name one.
  let start = firstEnd + 1;
  let line = 2;
  let closeStart = -1;
  let closeEnd = -1;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const current = end === -1 ? text.slice(start) : text.slice(start, end);
    if (CLOSING_LINE.test(current)) {
      closeStart = start;
      closeEnd = end === -1 ? text.length : end + 1;
      break;
    }
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  if (closeStart === -1) return { ok: false, line: 1, message: "mangler den afsluttende linje med ---. Skriv --- på en linje for sig efter det sidste felt" };

  const yaml = text.slice(firstEnd + 1, closeStart);
  const body = text.slice(closeEnd);
  const lineOffset = line;

  // mdx-bundler reads frontmatter again from whatever it compiles. A body that opens with --- would be read as a second
  // block (and evaluated, were it ---js), so it is refused here, where the editor is told why.
  if (opensFrontmatter(body)) {
    return {
      ok: false,
      line: lineOffset + 1,
      message: `linje ${lineOffset + 1} begynder med --- lige efter frontmatter og ville blive læst som endnu en frontmatter. Slet linjen, eller skriv tekst før den`,
    };
  }

  const parsed = parseYaml(yaml, 2);
  if (!parsed.ok) return parsed;
  const data = parsed.value ?? {};
  if (typeof data !== "object" || Array.isArray(data) || data instanceof Date) {
    return { ok: false, line: 2, message: 'skal være felter på formen navn: værdi, fx title: "Om OPI" (se content/README.md)' };
  }
  return { ok: true, data: data as Record<string, unknown>, body, lineOffset };
}

/**
 * True when gray-matter would take the start of `text` for frontmatter: three dashes (after an optional byte order
 * mark) not followed by a fourth. The compiler refuses such a body, and the parser above refuses it after frontmatter.
 */
export function opensFrontmatter(text: string): boolean {
  const start = text.startsWith(BOM) ? 1 : 0;
  return text.startsWith("---", start) && text.charAt(start + 3) !== "-";
}

/**
 * Reads a YAML text with the rules above. `firstLine` is the file line the text begins on, so messages name the
 * editor's line. Never throws.
 */
export function parseYaml(yaml: string, firstLine = 1): { ok: true; value: unknown } | ({ ok: false } & YamlProblem) {
  const refused = screen(yaml, firstLine);
  if (refused) return { ok: false, ...refused };
  try {
    // uniqueKeys is checked below: the library's own check compares every key with every other.
    const doc = parseDocument(yaml, { schema: "core", customTags: ["timestamp"], uniqueKeys: false, stringKeys: true, prettyErrors: false, merge: false });
    const error = doc.errors[0];
    if (error) {
      const line = lineAt(yaml, error.pos[0]) + firstLine - 1;
      return { ok: false, line, message: unreadable(error, line) };
    }
    const value: unknown = doc.toJS({ maxAliasCount: 0 });
    const impossible = firstImpossibleDate(doc);
    if (impossible) {
      const line = lineAt(yaml, impossible.offset) + firstLine - 1;
      const message = `datoen ${visible(impossible.text)} findes ikke (linje ${line}). Skriv en dato, der står i kalenderen, som ÅÅÅÅ-MM-DD`;
      return impossible.field === undefined ? { ok: false, line, message } : { ok: false, line, message, field: impossible.field };
    }
    const duplicate = firstDuplicateKey(doc.contents, yaml);
    if (duplicate) return { ok: false, line: duplicate.line + firstLine - 1, message: `feltet "${visible(duplicate.key)}" står to gange (linje ${duplicate.line + firstLine - 1}). Slet det ene` };
    return { ok: true, value };
  } catch (error) {
    // Too deeply nested for the reader's stack, or anything else the library did not foresee.
    return { ok: false, message: `YAML kan ikke læses: ${error instanceof RangeError ? "felterne er indlejret for dybt" : "ukendt fejl"}. Skriv felterne som navn: værdi, og lister med - foran hvert punkt` };
  }
}

/**
 * The first date written as YYYY-MM-DD that is not in the calendar, such as 2027-02-30. YAML's date reader would
 * roll it over to another day (2 March) without a word, so a wrong date would pass as a real one.
 */
function firstImpossibleDate(doc: ReturnType<typeof parseDocument>): { text: string; offset: number; field?: string } | undefined {
  let found: { text: string; offset: number; field?: string } | undefined;
  visit(doc, {
    Scalar(_key, node, path) {
      const text = typeof node.source === "string" ? node.source : undefined;
      if (!(node.value instanceof Date) || text === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return;
      if (!Number.isNaN(node.value.valueOf()) && node.value.toISOString().startsWith(text)) return;
      // path: the document, its top-level map, then the pair of the top-level field the date sits under.
      const top = path[2];
      const field = isPair(top) && isScalar(top.key) ? String(top.key.value) : undefined;
      found = field === undefined ? { text, offset: node.range?.[0] ?? 0 } : { text, offset: node.range?.[0] ?? 0, field };
      return visit.BREAK;
    },
  });
  return found;
}

/** What the lexer sees, checked token by token before anything is built: linear in the length of the text. */
function screen(yaml: string, firstLine: number): { line: number; message: string } | undefined {
  let offset = 0;
  let depth = 0;
  let scalarNext = false;
  for (const token of new Lexer().lex(yaml)) {
    const at = offset;
    // The lexer's control tokens mark a document, a scalar or the end of a broken flow; they take no room in the text.
    if (token === "\x02" || token === "\x18" || token === "\x1f") {
      scalarNext = token === "\x1f";
      continue;
    }
    offset += token.length;
    if (scalarNext) {
      scalarNext = false;
      continue;
    }
    const type = CST.tokenType(token);
    const line = () => lineAt(yaml, at) + firstLine - 1;
    switch (type) {
      case "tag":
        return {
          line: line(),
          message: `YAML-tagget "${visible(token)}" (linje ${line()}) er ikke tilladt. Skriv værdien som almindelig tekst, et tal, en dato eller en liste; sæt anførselstegn om tekst, der skal begynde med !`,
        };
      case "anchor":
      case "alias":
        return {
          line: line(),
          message: `"${visible(token)}" (linje ${line()}) er et YAML-anker eller en henvisning, og det er ikke tilladt. Skriv værdien ud; sæt anførselstegn om tekst, der skal begynde med ${token[0]}`,
        };
      case "explicit-key-ind":
        return { line: line(), message: `komplekse nøgler med ? (linje ${line()}) er ikke tilladt. Skriv felterne som navn: værdi` };
      case "directive-line":
        return { line: line(), message: `YAML-direktiver som "${visible(token.slice(0, 20))}" (linje ${line()}) er ikke tilladt. Slet linjen` };
      case "doc-start":
      case "doc-end":
        return { line: line(), message: `linje ${line()} afslutter YAML-dokumentet. Frontmatter er ét dokument; slet linjen` };
      case "byte-order-mark":
        return { line: line(), message: `et usynligt tegn (BOM) står midt i YAML (linje ${line()}). Slet det` };
      case "flow-map-start":
      case "flow-seq-start":
        if (++depth > MAX_FLOW_DEPTH) return { line: line(), message: `lister og felter i [ ] og { } er indlejret mere end ${MAX_FLOW_DEPTH} niveauer (linje ${line()}). Skriv dem som lister med - foran hvert punkt` };
        break;
      case "flow-map-end":
      case "flow-seq-end":
        depth = Math.max(0, depth - 1);
        break;
      default:
        break;
    }
  }
  return undefined;
}

/** Danish for the reader's error codes, in the style of every other content message. */
function unreadable(error: YAMLError, line: number): string {
  const reason: Partial<Record<YAMLError["code"], string>> = {
    BAD_INDENT: "indrykningen passer ikke; felter på samme niveau skal stå under hinanden",
    TAB_AS_INDENT: "linjen er rykket ind med tabulator; brug mellemrum",
    MISSING_CHAR: "et anførselstegn eller en parentes er ikke lukket",
    BAD_DQ_ESCAPE: "tekst i dobbelte anførselstegn har en ugyldig \\-kode; skriv \\\\ for at vise \\",
    MULTILINE_IMPLICIT_KEY: "et feltnavn fortsætter på næste linje",
    BLOCK_AS_IMPLICIT_KEY: "linjen kan ikke læses som navn: værdi",
    UNEXPECTED_TOKEN: "linjen kan ikke læses som navn: værdi",
    BAD_SCALAR_START: "en værdi begynder med et tegn, der kræver anførselstegn",
    KEY_OVER_1024_CHARS: "et feltnavn er længere end 1024 tegn",
    BLOCK_IN_FLOW: "en liste i [ ] eller { } indeholder en linje med - eller navn:",
    RESOURCE_EXHAUSTION: "felterne er indlejret for dybt",
    TAG_RESOLVE_FAILED: "en værdi kan ikke læses",
    DUPLICATE_KEY: "et felt står to gange",
  };
  return `YAML kan ikke læses (linje ${line}): ${reason[error.code] ?? "linjen kan ikke læses"}. Tjek kolon, indrykning og anførselstegn`;
}

function firstDuplicateKey(node: unknown, yaml: string): { key: string; line: number } | undefined {
  // Walk with a stack: nesting is bounded by the screen above, but a stack costs nothing.
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as { items?: unknown[] } | null;
    if (!current || typeof current !== "object" || !Array.isArray(current.items)) continue;
    const seen = new Set<string>();
    for (const item of current.items) {
      const pair = item as { key?: { value?: unknown; range?: [number, number, number] }; value?: unknown };
      if (pair && typeof pair === "object" && "key" in pair) {
        const key = String(pair.key?.value ?? pair.key);
        if (seen.has(key)) return { key, line: lineAt(yaml, pair.key?.range?.[0] ?? 0) };
        seen.add(key);
        stack.push(pair.key, pair.value);
      } else {
        stack.push(item);
      }
    }
  }
  return undefined;
}

/**
 * The line of a field in a YAML text, so that a message or an annotation can point at it: ["sources", "1", "url"] is
 * the line of the second source's url. A field that is missing gets the line of the nearest field around it that
 * exists, or the line before the text (the frontmatter's opening ---). Undefined when the text cannot be read.
 * `firstLine` as in parseYaml.
 */
export function yamlFieldLine(yaml: string, path: readonly string[], firstLine = 1): number | undefined {
  if (screen(yaml, firstLine)) return undefined;
  try {
    const doc = parseDocument(yaml, { schema: "core", customTags: ["timestamp"], uniqueKeys: false, stringKeys: true, prettyErrors: false, merge: false });
    if (doc.errors.length > 0) return undefined;
    let node: unknown = doc.contents;
    let line = firstLine - 1;
    for (const segment of path) {
      const found = childOf(node, segment);
      if (!found) break;
      line = lineAt(yaml, found.offset) + firstLine - 1;
      node = found.node;
    }
    return Math.max(1, line);
  } catch {
    return undefined;
  }
}

/** The same for a field of a content file's frontmatter: its line in the file. */
export function frontmatterFieldLine(raw: string, path: readonly string[]): number | undefined {
  const parsed = parseFrontmatter(raw);
  if (!parsed.ok) return undefined;
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  // Line 1 is the opening ---, line lineOffset the closing one.
  const yaml = text.split("\n").slice(1, parsed.lineOffset - 1).join("\n");
  return yamlFieldLine(yaml, path, 2);
}

/** A field of a map by its name, or an item of a list by its index, with the offset where it starts. */
function childOf(node: unknown, segment: string): { node: unknown; offset: number } | undefined {
  const items = (node as { items?: unknown[] } | null)?.items;
  if (!Array.isArray(items)) return undefined;
  for (const item of items) {
    const pair = item as { key?: { value?: unknown; range?: number[] }; value?: unknown };
    if (pair && typeof pair === "object" && "key" in pair) {
      if (String(pair.key?.value ?? pair.key) === segment) return { node: pair.value, offset: pair.key?.range?.[0] ?? 0 };
    }
  }
  if (!/^\d+$/.test(segment)) return undefined;
  const item = items[Number(segment)] as { range?: number[] } | undefined;
  if (!item || typeof item !== "object" || "key" in item) return undefined;
  return { node: item, offset: item.range?.[0] ?? 0 };
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** A piece of the editor's own text, safe to quote in a message. */
const visible = (text: string) => visibleText(text, 40);

/**
 * mdx-bundler runs gray-matter on what it compiles. The compiler gets a body without frontmatter, so gray-matter must
 * find nothing; should it find something, every language it knows (and the aliases it maps to them) refuses, instead of
 * its JavaScript engine running eval.
 */
export function refuseFrontmatterInBody<T extends object>(options: T): T & { engines: Record<string, () => never> } {
  const refuse = (): never => {
    throw new Error("Frontmatter i teksten, der skal bygges, er ikke tilladt (kun øverst i filen, og kun som YAML)");
  };
  return { ...options, language: "yaml", engines: { yaml: refuse, yml: refuse, json: refuse, javascript: refuse, js: refuse, coffee: refuse, coffeescript: refuse, cson: refuse, toml: refuse } };
}
