import type { Metadata } from "next";
import { compilePage, listWholeGuide } from "@/lib/content";
import { MdxContent } from "@/components/mdx/MdxContent";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { PhaseSections } from "@/components/layout/PhaseSections";
import { SourceList } from "@/components/layout/PageMeta";
import { LegalReviewStatus } from "@/components/layout/LegalReviewStatus";
import { formatDate } from "@/lib/site";

export const metadata: Metadata = {
  title: "Hele guiden på én side",
  description: "Hele OPI-guiden samlet på én side, så du kan udskrive den eller gemme den som PDF.",
  alternates: { canonical: "/opi-processen/hele-guiden" },
};

export default async function WholeGuidePage() {
  const pages = await listWholeGuide();
  const codes = await Promise.all(pages.map(compilePage));
  const anchor = (url: string) => `side-${url.slice(1).replace(/\//g, "-")}`;
  return (
    <article className="mx-auto max-w-6xl px-4">
      <Breadcrumbs
        crumbs={[
          { title: "Forside", url: "/" },
          { title: "OPI-processen", url: "/opi-processen" },
          { title: "Hele guiden", url: "/opi-processen/hele-guiden" },
        ]}
      />
      <h1 className="text-4xl font-bold">Hele guiden på én side</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Her er hele guiden samlet, så du kan udskrive den eller gemme den som PDF. Brug din browsers udskriftsfunktion, fx Ctrl+P
        (eller ⌘+P på Mac). Menuer og knapper kommer ikke med på papiret.
      </p>
      <nav aria-labelledby="hele-indhold" className="my-8 rounded border-l-4 border-line bg-surface p-4">
        <h2 id="hele-indhold" className="text-xl font-bold">
          Indhold
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {pages.map((page) => (
            <li key={page.url}>
              <a href={`#${anchor(page.url)}`}>{page.frontmatter.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {pages.map((page, index) => {
        const prefix = `${anchor(page.url)}-`;
        return (
          <section key={page.url} aria-labelledby={anchor(page.url)} className="mt-12 border-t-4 border-brand pt-6 print:break-before-page">
            <h2 id={anchor(page.url)} className="text-3xl font-bold">
              {page.frontmatter.title}
            </h2>
            <p className="mt-2 text-sm text-muted">
              {page.url} · Senest gennemgået: <time dateTime={page.frontmatter.reviewed}>{formatDate(page.frontmatter.reviewed)}</time>
            </p>
            {page.frontmatter.legalReview ? (
              <LegalReviewStatus review={page.frontmatter.legalReview} reviewed={page.frontmatter.reviewed} className="mt-1 text-sm text-muted" />
            ) : null}
            {page.frontmatter.lead ? <p className="mt-3 max-w-2xl text-lg">{page.frontmatter.lead}</p> : null}
            {page.kind === "phase" ? <PhaseSections entry={page} idPrefix={prefix} level={3} /> : null}
            <div className="prose mt-6">
              <MdxContent code={codes[index] ?? ""} nestedIn={prefix} />
            </div>
            <SourceList sources={page.frontmatter.sources} idPrefix={prefix} level={3} />
          </section>
        );
      })}
    </article>
  );
}
