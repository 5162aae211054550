import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPage, listPages } from "@/lib/content";
import { AUDIENCES, type Audience } from "@/lib/content/schema";
import { hasAudienceVariant } from "@/lib/content/routes";
import { ContentPage } from "@/components/layout/ContentPage";

// A guide page focused on one audience. Readers reach it as /side?maalgruppe=virksomhed (rewritten by proxy.ts),
// so the choice works without JavaScript and every variant is static HTML.
export const dynamicParams = false;

export async function generateStaticParams() {
  // Pages with tools get a variant too; it links to the tools instead of embedding them, so variants stay free of tool code.
  const pages = (await listPages()).filter((entry) => hasAudienceVariant(entry.url));
  return AUDIENCES.flatMap((audience) => pages.map((entry) => ({ audience, slug: entry.url.slice(1).split("/") })));
}

type Params = Promise<{ audience: string; slug: string[] }>;

async function resolve(params: Params) {
  const { audience, slug } = await params;
  const entry = await getPage(`/${slug.map(decodeURIComponent).join("/")}`);
  const known = (AUDIENCES as readonly string[]).includes(audience) ? (audience as Audience) : undefined;
  return { entry, audience: known };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { entry } = await resolve(params);
  if (!entry) return {};
  // The variant is the same page: search engines should index the page itself.
  return { title: entry.frontmatter.title, description: entry.frontmatter.description, alternates: { canonical: entry.url } };
}

export default async function AudiencePage({ params }: { params: Params }) {
  const { entry, audience } = await resolve(params);
  if (!entry || !audience) notFound();
  return <ContentPage entry={entry} audience={audience} />;
}
