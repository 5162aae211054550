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

// A Danish act by its number: "lov nr. 1564 af 15. december 2015", "LOV nr 1564", "LBK nr. 230 af 29. februar 2024",
// "lovbekendtgørelse nr. 104".
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

/**
 * A Danish act the guide cites, with the one form every page, case and vejvalg source uses for its number.
 * The number is the one a stored primary source confirms: the consolidation (LBK) where one is confirmed, otherwise the
 * act's own number (LOV) »med senere ændringer«. Never a guessed LBK.
 */
export interface DanishAct {
  name: string;
  /** The citation as the text writes it, e.g. "lov nr. 1564 af 15. december 2015 med senere ændringer". */
  citation: string;
  /** The act's address on Retsinformation: the ELI of the number in the citation that a reader should open. */
  eli: string;
}

const RETSINFORMATION_ELI = "https://www.retsinformation.dk/eli/lta/";

export const DANISH_ACTS: readonly DanishAct[] = [
  // The current consolidation is not confirmed by a stored source, so the act's own number.
  { name: "Udbudsloven", citation: "lov nr. 1564 af 15. december 2015 med senere ændringer", eli: `${RETSINFORMATION_ELI}2015/1564` },
  // The amending act of 2022 (udbudsloven, klagenævnsloven and tilbudsloven), in force 1 July 2022.
  { name: "Lov om ændring af udbudsloven m.fl.", citation: "lov nr. 884 af 21. juni 2022", eli: `${RETSINFORMATION_ELI}2022/884` },
  { name: "Offentlighedsloven", citation: "lov nr. 606 af 12. juni 2013 med senere ændringer", eli: `${RETSINFORMATION_ELI}2013/606` },
  { name: "Databeskyttelsesloven", citation: "lov nr. 502 af 23. maj 2018 med senere ændringer", eli: `${RETSINFORMATION_ELI}2018/502` },
  { name: "Webtilgængelighedsloven", citation: "lov nr. 692 af 8. juni 2018 med senere ændringer", eli: `${RETSINFORMATION_ELI}2018/692` },
  // Confirmed: lov nr. 1518 af 18. december 2018, jf. LBK nr. 230 af 29. februar 2024 (no later amendments).
  { name: "Lov om erhvervsfremme", citation: "LBK nr. 230 af 29. februar 2024", eli: `${RETSINFORMATION_ELI}2024/230` },
  // Confirmed: lov nr. 338 af 18. maj 2005, jf. LBK nr. 1410 af 7. december 2007, amended since (last by lov nr. 884 af 21. juni 2022).
  { name: "Tilbudsloven", citation: "LBK nr. 1410 af 7. december 2007 med senere ændringer", eli: `${RETSINFORMATION_ELI}2007/1410` },
  // Named with this number and »med senere ændringer« in tilbudsloven § 1, stk. 3, nr. 3.
  { name: "Lov om kommuners og regioners deltagelse i selskaber", citation: "lov nr. 548 af 8. juni 2006 med senere ændringer", eli: `${RETSINFORMATION_ELI}2006/548` },
  // Confirmed as the consolidation amended in 2025 (bill L 182, 2024-25); later consolidations may exist, hence »med senere ændringer«.
  { name: "Sundhedsloven", citation: "LBK nr. 275 af 12. marts 2025 med senere ændringer", eli: `${RETSINFORMATION_ELI}2025/275` },
  // Confirmed: lov nr. 142 af 29. april 1955, jf. LBK nr. 104 af 24. januar 2012.
  { name: "Opfinderloven (lov om arbejdstageres opfindelser)", citation: "LBK nr. 104 af 24. januar 2012", eli: `${RETSINFORMATION_ELI}2012/104` },
];

// Every mention of a Danish act's number, with its date: "lov nr. 1564 af 15. december 2015", "LBK nr. 10 af 6/1/2023".
const ACT_NUMBER = /\b(?:lov|LBK|lovbekendtgørelse)\s+nr\.?\s*\d+(?:\s+af\s+\d{1,2}(?:\.\s*[a-zæøå]+|[./-]\d{1,2}[./-])\s*\d{4})?/gi;
const ELI = /https?:\/\/(?:www\.)?retsinformation\.dk\/eli\/lta\/\d{4}\/\d+/gi;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// The guide's own citations, however the lines happen to break inside them.
const CITATION = new RegExp(DANISH_ACTS.map((act) => escape(act.citation).replace(/ /g, "\\s+")).join("|"), "gi");
const numberOf = (mention: string) => /nr\.?\s*(\d+)/i.exec(mention)?.[1];
const eliOf = (url: string) => url.replace(/^https?:\/\/(?:www\.)?retsinformation\.dk/i, "https://www.retsinformation.dk").replace(/\/$/, "");
/** The acts a text cites in the guide's form. */
export function citedActs(text: string): DanishAct[] {
  return (text.match(CITATION) ?? []).flatMap((citation) => DANISH_ACTS.filter((act) => act.citation.toLowerCase() === citation.replace(/\s+/g, " ").toLowerCase()));
}

/** content/README.md lists every act of DANISH_ACTS with its citation and address; a test keeps the two the same. */
const SEE_TABLE = "Brug lovens nummer og adresse fra tabellen »Lovenes numre« i content/README.md";

/**
 * Every act number and Retsinformation address in a text that is not written the one way the guide cites that act.
 * `line` counts from 1 in the text given.
 */
export function checkActCitations(text: string): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  const lineAt = (index: number) => text.slice(0, index).split("\n").length;
  // Citations written the guide's way are right; blank them out and look at what is left.
  const rest = text.replace(CITATION, (citation) => citation.replace(/[^\n]/g, " "));
  for (const match of rest.matchAll(ACT_NUMBER)) {
    const act = DANISH_ACTS.find((candidate) => numberOf(candidate.citation) === numberOf(match[0]));
    problems.push({
      line: lineAt(match.index),
      message: act
        ? `»${match[0]}« er ikke den form, guiden citerer ${act.name} med. Skriv »${act.citation}«`
        : `»${match[0]}« er ikke et lovnummer, guiden kender. ${SEE_TABLE}. Er det en anden lov, så bed en udvikler tilføje den ` +
          "med det nummer, en kilde bekræfter. Kender du ikke den gældende lovbekendtgørelse, så skriv lovens eget nummer og »med senere ændringer«",
    });
  }
  for (const match of text.matchAll(ELI)) {
    if (DANISH_ACTS.some((act) => act.eli === eliOf(match[0]))) continue;
    problems.push({
      line: lineAt(match.index),
      message: `${match[0]} er ikke adressen på en lov, guiden citerer. ${SEE_TABLE}`,
    });
  }
  return problems;
}

/**
 * A source that links an act on Retsinformation names that act by its number in the guide's form, so the reader sees
 * which act and version a claim rests on. Returns what is wrong, or undefined.
 */
export function checkActSource(source: { title: string; url?: string | undefined }): string | undefined {
  const act = source.url ? DANISH_ACTS.find((candidate) => candidate.eli === eliOf(source.url ?? "")) : undefined;
  if (!act) return undefined; // Any other Retsinformation address is reported by checkActCitations.
  const named = citedActs(source.title);
  if (named.length === 0) return `linker til ${act.name} på Retsinformation, men nævner ikke lovens nummer. Skriv fx »${act.name}, ${act.citation}, § …«`;
  if (!named.includes(act)) return `citerer ${named.map((other) => other.name).join(" og ")}, men adressen er til ${act.name}. Ret titlen, eller brug ${named[0]?.eli}`;
  return undefined;
}

export const NO_CITED_ACT = `citerer ingen lov med det nummer, guiden bruger. Skriv fx »Udbudsloven, ${DANISH_ACTS[0]?.citation}, § …«`;
