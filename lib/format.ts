/** Danish formatting shared by pages, documents and client code. */

const MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

/** 2026-11-23 → "23. november 2026"; a date as precise as its source: 2026-11 → "november 2026", 2026 → "2026". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  if (!year || (month !== undefined && !MONTHS[month - 1])) return isoDate;
  if (!month) return String(year);
  if (!day) return `${MONTHS[month - 1]} ${year}`;
  return `${day}. ${MONTHS[month - 1]} ${year}`;
}

// Made once: building an Intl formatter or collator costs far more than using one.
const NUMBER = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 });
const COLLATOR = new Intl.Collator("da");

/** 50000 → "50.000 kr." */
export function formatKroner(amount: number): string {
  return `${NUMBER.format(amount)} kr.`;
}

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** Danish alphabetical order (æ, ø, å last), for sort(). */
export function danishOrder(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}

/** ["A", "B", "C"] → "A, B og C". */
export function joinDanish(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`;
}

/**
 * Text from outside (a file name, a value read from an uploaded file, a line an editor wrote) as it may be shown or
 * quoted: letters, marks, digits, punctuation, symbols and plain spaces. Control characters, direction marks and
 * overrides (U+200E/F, U+202A–202E, U+2066–2069, U+061C), zero-width and private-use characters and lone surrogates
 * are dropped, so the text can neither reorder nor hide what stands around it. At most `max` characters, then "…".
 */
export function visibleText(text: string, max: number): string {
  const clean = text
    .replace(/[\t\n\r\p{Zs}]+/gu, " ")
    .replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, "")
    .replace(/ {2,}/g, " ")
    .trim();
  const characters = Array.from(clean);
  return characters.length > max ? `${characters.slice(0, max).join("").trimEnd()}…` : clean;
}
