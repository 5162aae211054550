import type { Metadata } from "next";
import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { ToolLink } from "@/components/mdx/ToolLink";
import { VejvalgPrefill } from "@/components/tools/agreement/VejvalgPrefill";
import type { ToolId } from "@/lib/content/schema";
import type { Draft } from "@/lib/agreements/form";
import { prefillFromQuery } from "@/lib/planning/schemas";

/**
 * The samarbejdsaftale builder, pre-filled from a vejvalg result carried in the query string. A plain link
 * leads here, so it works with JavaScript switched off. The page is the builder's page; search engines see only that.
 */
const url = "/vaerktoejer/samarbejdsaftale";

export async function generateMetadata(): Promise<Metadata> {
  return { ...(await guideMetadata(url)), robots: { index: false } };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const prefill = prefillFromQuery(await searchParams) as Draft | null;
  const Tool = ({ name }: { name: ToolId }) => (name === "samarbejdsaftale" ? <VejvalgPrefill prefill={prefill} /> : <ToolLink name={name} />);
  return <GuideRoute url={url} Tool={Tool} />;
}
