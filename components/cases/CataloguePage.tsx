import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPage, listCatalogueCases } from "@/lib/content";
import { parseFilter, queryCatalogue } from "@/lib/cases/catalogue";
import { ContentPage } from "@/components/layout/ContentPage";
import { Catalogue } from "./Catalogue";

/** Every state of the catalogue has /cases as its canonical address. */
export async function catalogueMetadata(): Promise<Metadata> {
  const entry = await getPage("/cases");
  return {
    title: entry?.frontmatter.title ?? "Cases",
    description: entry?.frontmatter.description,
    alternates: { canonical: "/cases", types: { "application/atom+xml": "/cases/feed.xml" } },
  };
}

/** The /cases page with its catalogue, filtered by the URL parameters given (none: every case, newest first). */
export async function CataloguePage({ params }: { params: Record<string, string | string[] | undefined> }) {
  const entry = await getPage("/cases");
  if (!entry) notFound();
  const filter = parseFilter(params);
  const result = queryCatalogue(await listCatalogueCases(), filter);
  return (
    <ContentPage entry={entry}>
      <Catalogue filter={filter} result={result} />
    </ContentPage>
  );
}
