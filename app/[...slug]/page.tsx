import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPage, listPages } from "@/lib/content";
import { ContentPage } from "@/components/layout/ContentPage";
import { OWN_ROUTES } from "@/lib/content/routes";

// Every guide page is known at build time; any other address is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listPages()).filter((entry) => entry.url !== "/" && !OWN_ROUTES.includes(entry.url)).map((entry) => ({ slug: entry.url.slice(1).split("/") }));
}

async function entryFor(params: Promise<{ slug: string[] }>) {
  const { slug } = await params;
  return getPage(`/${slug.map(decodeURIComponent).join("/")}`);
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string[] }> }): Promise<Metadata> {
  const entry = await entryFor(params);
  if (!entry) return {};
  return {
    title: entry.frontmatter.title,
    description: entry.frontmatter.description,
    alternates: { canonical: entry.url },
    robots: entry.frontmatter.hidden ? { index: false } : undefined,
  };
}

export default async function GuidePage({ params }: { params: Promise<{ slug: string[] }> }) {
  const entry = await entryFor(params);
  if (!entry) notFound();
  return <ContentPage entry={entry} />;
}
