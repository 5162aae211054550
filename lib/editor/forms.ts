/**
 * The "Indsend en case" and "Opret et opslag" forms: their fields, and how answers become a content file.
 * The file is validated with the same zod schema as content:check, so what the forms produce passes it by construction.
 */
import { stringify } from "yaml";
import { LISTING_KINDS } from "@/lib/content/vocabulary";
import { transliterate } from "@/lib/content/slug";

export { EDITOR_FIELDS, EDITOR_TARGETS, type EditorField, type EditorKind } from "./fields";
import { EDITOR_FIELDS, type EditorKind } from "./fields";

export type EditorValues = Record<string, string | string[]>;

/** Reads the submitted form into plain values (text, or lists for checkboxes). */
export function readEditorForm(kind: EditorKind, form: FormData): EditorValues {
  const values: EditorValues = {};
  for (const field of EDITOR_FIELDS[kind]) {
    if (field.kind === "checkboxes") values[field.name] = form.getAll(field.name).map(String).slice(0, 20);
    else if (field.kind === "checkbox") values[field.name] = form.get(field.name) !== null ? "ja" : "";
    else values[field.name] = String(form.get(field.name) ?? "").slice(0, 8000);
  }
  return values;
}

const lines = (value: string | string[] | undefined) =>
  String(value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
const text = (value: string | string[] | undefined) => (typeof value === "string" && value.trim() ? value.trim() : undefined);
const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : []);

/** The frontmatter object the values describe; the zod schema decides whether it is valid. */
export function frontmatterOf(kind: EditorKind, values: EditorValues, today: string): Record<string, unknown> {
  if (kind === "case") {
    const sources = lines(values.sources).map((line, index) => {
      const [title = "", url] = line.split("|").map((part) => part.trim());
      return prune({ id: sourceIdOf(index + 1), title, url: url || undefined });
    });
    const example = values.example === "ja";
    // With one source every fact rests on it; with several, each fact names its own by number.
    const fallback = !example && sources.length === 1 ? sourceIdOf(1) : undefined;
    const cite = <K extends string>(key: K, line: string) => {
      const match = /^(.*?)\s*\|\s*(\d{1,3})\s*$/.exec(line);
      return prune({ [key]: (match ? match[1] : line)?.trim(), source: match ? sourceIdOf(Number(match[2])) : fallback } as Record<K | "source", string | undefined>);
    };
    const one = <K extends string>(key: K, value: string | string[] | undefined) => {
      const line = text(value);
      return line === undefined ? undefined : cite(key, line);
    };
    const status = text(values.status);
    const statusSource = text(values.statusSource);
    return prune({
      title: text(values.title),
      summary: text(values.summary),
      date: today,
      phases: list(values.phases),
      audience: list(values.audience),
      area: text(values.area),
      opiType: text(values.opiType),
      sources,
      publicParties: lines(values.publicParties).map((line) => cite("name", line)),
      companies: lines(values.companies).map((line) => cite("name", line)),
      knowledgeInstitutions: lines(values.knowledgeInstitutions).map((line) => cite("name", line)),
      period: one("value", values.period),
      duration: one("value", values.duration),
      status:
        status === undefined
          ? undefined
          : prune({ value: status, source: status === "ukendt" ? undefined : /^\d{1,3}$/.test(statusSource ?? "") ? sourceIdOf(Number(statusSource)) : fallback }),
      results: prune({ citizen: one("text", values.citizen), publicBody: one("text", values.publicBody), company: one("text", values.company) }),
      figures: lines(values.figures).map((line) => cite("text", line)),
      lessons: lines(values.lessons).map((line) => cite("text", line)),
      agreement: one("value", values.agreement),
      example,
      illustrates: example ? text(values.illustrates) : undefined,
      contact: text(values.contact),
    });
  }
  return prune({
    kind: text(values.kind),
    title: text(values.title),
    summary: text(values.summary),
    organisation: text(values.organisation),
    area: text(values.area),
    phases: list(values.phases),
    published: text(values.published) ?? today,
    expires: text(values.expires),
    contact: prune({ name: text(values.contactName), email: text(values.contactEmail), url: text(values.contactUrl) }),
    example: values.example === "ja",
  });
}

/** The form numbers the sources; the file names them kilde-1, kilde-2 … */
export function sourceIdOf(n: number): string {
  return `kilde-${n}`;
}

function prune<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as T;
}

/** "Robot i ældreplejen" → "robot-i-aeldreplejen". */
export function slugOf(title: string): string {
  return (
    transliterate(title.toLowerCase())
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "uden-titel"
  );
}

/**
 * The content file: YAML frontmatter and a Markdown body. Characters that MDX would read as code or tags
 * are escaped, so the story is shown as text, never run.
 */
export function toMdx(frontmatter: Record<string, unknown>, body: string): string {
  const safeBody = body
    .replace(/\r\n/g, "\n")
    .replace(/[{}<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(import|export)\b/gm, "$1\\$2")
    .replace(/^#(?!#)/gm, "##")
    .trim();
  return `---\n${stringify(frontmatter, { lineWidth: 0 }).trim()}\n---\n\n${safeBody}\n`;
}


export { LISTING_KINDS };
