/**
 * The rules for legal content: which pages count as legal pages, and what a primary legal source is.
 * Pure and zod-free, so content:check, the site and the tests share one definition.
 */
import type { LegalReview, Source } from "./schema";
import { formatDate } from "@/lib/format";

/** The section of the guide that explains the law. Every page in it must state its legal review and cite primary law. */
export const LEGAL_SECTION = "/jura";

export function isLegalPage(url: string): boolean {
  return url === LEGAL_SECTION || url.startsWith(`${LEGAL_SECTION}/`);
}

// A Danish act by its number: "lov nr. 1564 af 15. december 2015", "LOV nr 1564", "LBK nr. 230 af 29/02/2024",
// "lovbekendtgørelse nr. 145".
const DANISH_ACT = /\b(lov|LBK|lovbekendtgørelse)\s+nr\.?\s*\d+/i;
// An EU act by its CELEX number: "CELEX 32014L0024", "CELEX: 52022XC1028(03)".
const CELEX_IN_TITLE = /\bCELEX:?\s*[0-9][0-9A-Z]{4,}/i;
// The official addresses that carry an act's number: the ELI of Retsinformation or of the EU, or EUR-Lex by CELEX.
const PRIMARY_URL = [
  /^https?:\/\/(www\.)?retsinformation\.dk\/eli\/lta\/\d{4}\/\d+/i,
  /^https?:\/\/data\.europa\.eu\/eli\//i,
  /^https?:\/\/eur-lex\.europa\.eu\/eli\//i,
  /^https?:\/\/eur-lex\.europa\.eu\/.*[?&]uri=CELEX(:|%3A)[0-9]/i,
];

/**
 * A primary legal source named by its number: a Danish act (LOV or LBK number) or an EU act (CELEX number or ELI address).
 * Guidance, commentary and mirrors are useful sources, but they are not this.
 */
export function isPrimaryLegalSource(source: Pick<Source, "title" | "url">): boolean {
  if (DANISH_ACT.test(source.title) || CELEX_IN_TITLE.test(source.title)) return true;
  return source.url !== undefined && PRIMARY_URL.some((pattern) => pattern.test(source.url ?? ""));
}

export const MISSING_PRIMARY_SOURCE =
  "en side under /jura skal nævne mindst én primær retskilde med nummer: en dansk lov (»lov nr. …« eller »LBK nr. …«) " +
  "eller en EU-retsakt (CELEX-nummer eller ELI-adresse). Tilføj fx " +
  '{ title: "Udbudsloven, lov nr. 1564 af 15. december 2015 med senere ændringer", url: "https://www.retsinformation.dk/eli/lta/2015/1564" }';

export const MISSING_LEGAL_REVIEW =
  "mangler; en side under /jura skal sige, om en jurist har gennemgået den. Skriv legalReview: med status: ikke-gennemgaaet, " +
  "eller med status: gennemgaaet, reviewer og date, når en navngiven jurist har gennemgået siden";

/** The legal review status in words, as the site and the documents print it. */
export function legalReviewText(review: LegalReview): string {
  if (review.status === "gennemgaaet" && review.reviewer !== undefined && review.date !== undefined) return `Juridisk gennemgået af ${review.reviewer} (${formatDate(review.date)}).`;
  return "Ikke gennemgået af en jurist endnu.";
}
