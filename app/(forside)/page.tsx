import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPage } from "@/lib/content";
import { ContentPage } from "@/components/layout/ContentPage";

export async function generateMetadata(): Promise<Metadata> {
  const entry = await getPage("/");
  return { description: entry?.frontmatter.description, alternates: { canonical: "/" } };
}

export default async function HomePage() {
  const entry = await getPage("/");
  if (!entry) notFound();
  return <ContentPage entry={entry} />;
}
