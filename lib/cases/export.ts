/**
 * The Atom feed of new cases. The dataset itself (JSON, CSV and their schema) is lib/cases/open-data.ts.
 */
import type { CaseEntry } from "@/lib/content";
import { PHASE_LABELS } from "@/lib/content/schema";
import { LICENSE } from "./open-data";

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
${f.example ? `    <category term="eksempel" label="Eksempel"/>\n` : ""}${f.phases.map((p) => `    <category term="${p}" label="${xml(PHASE_LABELS[p])}"/>`).join("\n")}
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
  <rights>${LICENSE.name}</rights>
${items}
</feed>
`;
}
