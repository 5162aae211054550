/**
 * Open data about the cases: JSON, CSV that spreadsheets open safely, and an Atom feed.
 */
import type { CaseEntry } from "@/lib/content";
import { AREA_LABELS, CASE_STATUS_LABELS, OPI_TYPE_LABELS, PHASE_LABELS } from "@/lib/content/schema";

export function caseRecord(entry: CaseEntry, absolute: (path: string) => string) {
  const f = entry.frontmatter;
  return {
    slug: entry.slug,
    url: absolute(entry.url),
    title: f.title,
    summary: f.summary,
    date: f.date,
    example: f.example,
    phases: f.phases,
    audience: f.audience,
    area: f.area,
    opiType: f.opiType,
    status: f.status,
    publicParties: f.publicParties,
    companies: f.companies,
    knowledgeInstitutions: f.knowledgeInstitutions,
    period: f.period ?? null,
    duration: f.duration ?? null,
    results: f.results,
    figures: f.figures,
    lessons: f.lessons,
    agreement: f.agreement ?? null,
    sources: f.sources,
  };
}

/**
 * A spreadsheet reads a cell that starts with =, +, -, @, tab or carriage return as a formula.
 * Such cells get a leading apostrophe, so an editor's text can never run as a formula (CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function casesCsv(entries: readonly CaseEntry[], absolute: (path: string) => string): string {
  const header = ["titel", "resumé", "dato", "eksempel", "faser", "område", "opi-type", "status", "offentlige parter", "virksomheder", "videninstitutioner", "adresse"];
  const rows = entries.map((entry) => {
    const f = entry.frontmatter;
    return [
      f.title,
      f.summary,
      f.date,
      f.example ? "ja" : "nej",
      f.phases.map((p) => PHASE_LABELS[p]).join(" | "),
      AREA_LABELS[f.area],
      OPI_TYPE_LABELS[f.opiType],
      CASE_STATUS_LABELS[f.status.value],
      f.publicParties.map((p) => p.name).join(" | "),
      f.companies.map((p) => p.name).join(" | "),
      f.knowledgeInstitutions.map((p) => p.name).join(" | "),
      absolute(entry.url),
    ];
  });
  // A byte order mark makes Excel read the file as UTF-8, so æøå survive.
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

function xml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c);
}

export function casesAtom(entries: readonly CaseEntry[], absolute: (path: string) => string): string {
  const sorted = [...entries].sort((a, b) => b.frontmatter.date.localeCompare(a.frontmatter.date));
  const updated = sorted[0]?.frontmatter.date ?? "2026-01-01";
  const items = sorted
    .map((entry) => {
      const f = entry.frontmatter;
      return `  <entry>
    <title>${xml(f.example ? `Eksempel: ${f.title}` : f.title)}</title>
    <link href="${xml(absolute(entry.url))}"/>
    <id>${xml(absolute(entry.url))}</id>
    <updated>${f.date}T00:00:00Z</updated>
    <summary>${xml(f.summary)}</summary>
${f.phases.map((p) => `    <category term="${p}" label="${xml(PHASE_LABELS[p])}"/>`).join("\n")}
  </entry>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
  <title>OPI-guiden: cases</title>
  <subtitle>Nye cases om offentlig-privat innovation</subtitle>
  <link rel="self" href="${xml(absolute("/cases/feed.xml"))}"/>
  <link href="${xml(absolute("/cases"))}"/>
  <id>${xml(absolute("/cases"))}</id>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>OPI-guiden</name></author>
${items}
</feed>
`;
}
