import type { Metadata } from "next";
import { searchSite } from "@/lib/search/server";
import { InstantSearch } from "@/components/search/InstantSearch.client";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";

export const metadata: Metadata = {
  title: "Søg",
  description: "Søg i OPI-guidens sider om processen, jura, værktøjer og cases.",
  alternates: { canonical: "/soeg" },
};

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const hits = query ? await searchSite(query) : [];
  return (
    <div className="mx-auto max-w-6xl px-4">
      <Breadcrumbs crumbs={[{ title: "Forside", url: "/" }, { title: "Søg", url: "/soeg" }]} />
      <h1 className="text-4xl font-bold">Søg</h1>
      <p className="mt-3 max-w-2xl text-lg">Søg i guidens sider om processen, jura og værktøjer. Du kan skrive et ord i alle bøjninger.</p>
      <div className="mt-6">
        <InstantSearch initialQuery={query} initialHits={hits} />
      </div>
    </div>
  );
}
