/**
 * What the search indexes: every visible page and every case, with its headings and text. Pure, so the site
 * (lib/content) and content:check build the same documents from the same content.
 */
import type { Entry } from "@/lib/content/load";
import type { SearchDocument } from "./search";

const SECTION_LABELS: Record<string, string> = {
  "opi-processen": "OPI-processen",
  jura: "Jura",
  vaerktoejer: "Værktøjer",
  cases: "Cases",
  markedsplads: "Markedsplads",
};

/** A case's title without the "Eksempel:" some titles begin with: the result shows the label by itself. */
const withoutExampleLabel = (title: string) => title.replace(/^Eksempel:\s*/i, "");

export function searchDocuments(entries: readonly Entry[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const entry of entries) {
    if (entry.kind === "case") {
      const f = entry.frontmatter;
      documents.push({
        url: entry.url,
        title: f.example ? withoutExampleLabel(f.title) : f.title,
        section: "Cases",
        example: f.example,
        description: f.summary,
        headings: entry.facts.headings.map((h) => h.text).join("\n"),
        text: [...[...f.publicParties, ...f.companies, ...f.knowledgeInstitutions].map((party) => party.name), ...f.lessons.map((lesson) => lesson.text), entry.facts.text].join("\n"),
      });
      continue;
    }
    if (entry.kind === "listing" || entry.frontmatter.hidden) continue;
    const f = entry.frontmatter;
    const phase = entry.kind === "phase" ? entry.frontmatter : undefined;
    const extra = phase
      ? [f.lead ?? "", phase.slogan, phase.purpose, ...phase.keyQuestions, ...phase.activities, ...Object.values(phase.checklists).flat(), ...phase.pitfalls, ...phase.legal.map((l) => l.text)]
      : [f.lead ?? ""];
    const section = entry.url.split("/")[1] ?? "";
    documents.push({
      url: entry.url,
      title: f.title,
      section: entry.kind === "phase" ? "Fase" : (SECTION_LABELS[section] ?? "Guide"),
      description: f.description,
      headings: entry.facts.headings.map((h) => h.text).join("\n"),
      text: [...extra.filter(Boolean), entry.facts.text].join("\n"),
      // The front page of a section (content/pages/<section>/index.mdx) gives the overview of its subject.
      overview: entry.contentPath.endsWith("/index.mdx") && entry.url !== "/",
    });
  }
  return documents;
}
