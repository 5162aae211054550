import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPage } from "@/lib/content";
import type { ToolComponent } from "@/components/mdx/registry";
import { ContentPage } from "./ContentPage";
import { isDocumentId } from "@/lib/agreements/steps";

/**
 * For routes that exist only to give one guide page its interactive tools: the page's JavaScript then
 * contains those tools and nothing else (a catch-all route would make every page pay for every tool).
 */
export async function guideMetadata(url: string): Promise<Metadata> {
  const entry = await getPage(url);
  if (!entry) return {};
  // An agreement builder names the page itself, with the step and "Fejl:" after each answer. Without JavaScript that
  // answer is a new page, and a browser shows the first <title> in the head, which would be the route's: so a
  // builder's own page leaves the title to its builder.
  const title = isDocumentId("tool" in entry.frontmatter ? entry.frontmatter.tool : undefined) ? null : entry.frontmatter.title;
  return { title, description: entry.frontmatter.description, alternates: { canonical: entry.url } };
}

export async function GuideRoute({ url, Tool }: { url: string; Tool: ToolComponent }) {
  const entry = await getPage(url);
  if (!entry) notFound();
  return <ContentPage entry={entry} Tool={Tool} />;
}
