import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPage } from "@/lib/content";
import type { ToolComponent } from "@/components/mdx/registry";
import { ContentPage } from "./ContentPage";

/**
 * For routes that exist only to give one guide page its interactive tools: the page's JavaScript then
 * contains those tools and nothing else (a catch-all route would make every page pay for every tool).
 */
export async function guideMetadata(url: string): Promise<Metadata> {
  const entry = await getPage(url);
  if (!entry) return {};
  return { title: entry.frontmatter.title, description: entry.frontmatter.description, alternates: { canonical: entry.url } };
}

export async function GuideRoute({ url, Tool }: { url: string; Tool: ToolComponent }) {
  const entry = await getPage(url);
  if (!entry) notFound();
  return <ContentPage entry={entry} Tool={Tool} />;
}
