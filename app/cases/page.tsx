import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPage, listCaseSummaries } from "@/lib/content";
import { parseFilter, prepareCases, queryCatalogue, type PreparedCase } from "@/lib/cases/catalogue";
import { ContentPage } from "@/components/layout/ContentPage";
import { Catalogue } from "@/components/cases/Catalogue";

export async function generateMetadata(): Promise<Metadata> {
  const entry = await getPage("/cases");
  return {
    title: entry?.frontmatter.title ?? "Cases",
    description: entry?.frontmatter.description,
    alternates: { canonical: "/cases", types: { "application/atom+xml": "/cases/feed.xml" } },
  };
}

let prepared: Promise<PreparedCase[]> | undefined;

export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const entry = await getPage("/cases");
  if (!entry) notFound();
  prepared ??= listCaseSummaries().then(prepareCases);
  const filter = parseFilter(await searchParams);
  const result = queryCatalogue(await prepared, filter);
  return (
    <ContentPage entry={entry}>
      <Catalogue filter={filter} result={result} />
    </ContentPage>
  );
}
