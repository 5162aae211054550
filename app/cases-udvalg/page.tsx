import { CataloguePage, catalogueMetadata } from "@/components/cases/CataloguePage";

// The case catalogue with a filter, rendered per request. Readers reach it as /cases?…, rewritten by proxy.ts.
export const generateMetadata = catalogueMetadata;

export default async function FilteredCasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <CataloguePage params={await searchParams} />;
}
