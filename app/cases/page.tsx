import { CataloguePage, catalogueMetadata } from "@/components/cases/CataloguePage";

// Prerendered: every case, newest first. With a filter in the URL, proxy.ts sends the request to /cases-udvalg.
export const generateMetadata = catalogueMetadata;

export default function CasesPage() {
  return <CataloguePage params={{}} />;
}
