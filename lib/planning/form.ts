/**
 * Reading a planning tool's form. Zod-free and pure, so the browser (autosave) and the server action share it.
 * Field names are paths into the answers: "need", "needs.0.title", "years.2.citizenGain".
 * Every value is kept as the text the reader typed: nothing they wrote is lost, even when it is invalid.
 */
export type Draft = { [key: string]: string | Draft | Draft[] | string[] | undefined };

/** Names that carry the form's control data rather than answers. */
const CONTROL = new Set(["tool", "intent", "answers"]);
const PATH = /^[a-zA-Z][a-zA-Z0-9]{0,40}(\.(\d{1,2}|[a-zA-Z][a-zA-Z0-9]{0,40})){0,3}$/;
export const MAX_FIELD = 5000;
const MAX_FIELDS = 600;

function assign(target: Record<string, unknown>, keys: string[], value: string) {
  let current: Record<string, unknown> = target;
  keys.forEach((key, index) => {
    const last = index === keys.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(keys[index + 1]!);
    if (last) {
      current[key] = value;
      return;
    }
    const existing = current[key];
    if (existing === undefined || typeof existing !== "object" || existing === null) current[key] = nextIsIndex ? [] : {};
    current = current[key] as Record<string, unknown>;
  });
}

/** The answers a form holds, as nested objects and arrays of strings. Unknown or malformed names are ignored. */
export function readForm(form: FormData): Draft {
  const draft: Record<string, unknown> = {};
  let count = 0;
  for (const [name, raw] of form.entries()) {
    if (CONTROL.has(name) || typeof raw !== "string" || !PATH.test(name)) continue;
    if (++count > MAX_FIELDS) break;
    const keys = name.split(".");
    if (keys.some((key) => key === "__proto__" || key === "constructor" || key === "prototype")) continue;
    assign(draft, keys, raw.slice(0, MAX_FIELD));
  }
  return compact(draft) as Draft;
}

/** Arrays filled by index may have holes; fill them so every row stays in its place. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, (item) => (item === undefined ? {} : compact(item)));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  return value;
}

/**
 * Parses stored or submitted answers. Anything but nested objects, arrays and strings is dropped,
 * so a tampered localStorage value or hidden field cannot inject other types.
 */
export function parseDraft(json: string | null | undefined): Draft {
  if (!json || json.length > 200_000) return {};
  try {
    const parsed = JSON.parse(json) as unknown;
    const clean = sanitize(parsed, 0);
    return clean && typeof clean === "object" && !Array.isArray(clean) ? (clean as Draft) : {};
  } catch {
    return {};
  }
}

function sanitize(value: unknown, depth: number): unknown {
  if (depth > 5) return undefined;
  if (typeof value === "string") return value.slice(0, MAX_FIELD);
  if (Array.isArray(value)) return value.slice(0, 20).map((item) => sanitize(item, depth + 1) ?? {});
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value).slice(0, 100)) {
      if (key === "__proto__" || key === "constructor" || key === "prototype" || !/^[a-zA-Z0-9]{1,41}$/.test(key)) continue;
      const clean = sanitize(item, depth + 1);
      if (clean !== undefined) out[key] = clean;
    }
    return out;
  }
  return undefined;
}

/** The text at a path such as "needs.0.title"; "" when absent. */
export function textAt(draft: unknown, path: string): string {
  let current: unknown = draft;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return "";
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "string" ? current : "";
}

/** The rows of a list in the answers, at least `min` of them. */
export function rowsAt(draft: Draft, key: string, min = 1): Draft[] {
  const rows = Array.isArray(draft[key]) ? (draft[key] as Draft[]).filter((row) => row && typeof row === "object") : [];
  while (rows.length < min) rows.push({});
  return rows;
}

/** "12.500,50" or "12500.5" or "-3 000" → a number; undefined for empty text; NaN for text that is not a number. */
export function parseAmount(text: string): number | undefined {
  const trimmed = text.replace(/[\s\u00a0]/g, "").replace(/kr\.?$/i, "");
  if (trimmed === "") return undefined;
  const normalised = /,\d{1,2}$/.test(trimmed) ? trimmed.replace(/\./g, "").replace(",", ".") : trimmed.replace(/[.,](?=\d{3}(\D|$))/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}

/** id attribute for a field path, unique per tool on a page. */
export function planningFieldId(tool: string, path: string): string {
  return `${tool}-${path.replace(/\./g, "-")}`;
}
