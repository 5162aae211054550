import type { Metadata } from "next";
import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { ToolLink } from "@/components/mdx/ToolLink";
import { VejvalgPrefill } from "@/components/tools/agreement/VejvalgPrefill";
import type { ToolId } from "@/lib/content/schema";
import { answersFromQuery, vejvalgAnswers } from "@/lib/planning/vejvalg";
import { builderPrefill } from "@/lib/planning/vejvalg-prefill";
import { vejvalgDecision } from "@/lib/planning/vejvalg-server";

/**
 * The samarbejdsaftale builder, pre-filled from the vejvalg answers carried in the query string. A plain link leads
 * here, so it works with JavaScript switched off. The decision is made again on the server from the same rules, so a
 * tampered link cannot pre-fill a rights model the rules would not give. Search engines see only the builder's page.
 */
const url = "/vaerktoejer/samarbejdsaftale";

export async function generateMetadata(): Promise<Metadata> {
  return { ...(await guideMetadata(url)), robots: { index: false } };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const answers = answersFromQuery(await searchParams);
  const complete = vejvalgAnswers(answers);
  const decision = complete ? await vejvalgDecision(complete) : undefined;
  const { draft, carried } = builderPrefill(answers, decision);
  const Tool = ({ name }: { name: ToolId }) => (name === "samarbejdsaftale" ? <VejvalgPrefill prefill={draft} carried={carried} decision={decision} /> : <ToolLink name={name} />);
  return <GuideRoute url={url} Tool={Tool} />;
}
