/**
 * Today's date as the server sees it (YYYY-MM-DD, UTC): the day that decides which markedsplads listings are shown and
 * the date the editor forms write. SITE_TODAY fixes it, so end-to-end tests do not change with the calendar; it is read
 * here and nowhere else. A value that is not a real YYYY-MM-DD date is ignored.
 */
import { isoDate } from "@/lib/content/schema";

export function today(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const fixed = env.SITE_TODAY;
  if (fixed !== undefined && isIsoDate(fixed)) return fixed;
  return now.toISOString().slice(0, 10);
}

/** "2026-02-30" is not a date: the same test as a date in frontmatter. */
export function isIsoDate(value: string): boolean {
  return isoDate.safeParse(value).success;
}
