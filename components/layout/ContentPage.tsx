import type { ReactNode } from "react";
import { getBreadcrumbs, getPrevNext, listChildren, compilePage, PHASES, type PageEntry } from "@/lib/content";
import { MdxContent } from "@/components/mdx/MdxContent";
import type { ToolComponent } from "@/components/mdx/registry";
import { Breadcrumbs } from "./Breadcrumbs";
import { ReviewedLine, SourceList, TableOfContents, type TocItem } from "./PageMeta";
import { PhaseSections, phaseTocItems } from "./PhaseSections";
import { AudienceSwitch } from "@/components/audience/AudienceSwitch";
import type { Audience } from "@/lib/content/schema";

function hasAudienceContent(entry: PageEntry): boolean {
  return entry.kind === "phase" || entry.facts.components.includes("ForAudience");
}

/** The template of every guide page: heading, meta line, table of contents, body, child pages, sources, previous/next. */
export async function ContentPage({
  entry,
  Tool,
  before,
  children: extra,
  audience,
}: {
  entry: PageEntry;
  Tool?: ToolComponent;
  before?: ReactNode;
  /** Rendered after the body: a catalogue or a listing that belongs to the page. */
  children?: ReactNode;
  /** The reader's role when chosen with ?maalgruppe=…; focuses checklists and advice. */
  audience?: Audience;
}) {
  const [crumbs, code, children, { prev, next }] = await Promise.all([
    getBreadcrumbs(entry.url),
    compilePage(entry),
    listChildren(entry.url),
    getPrevNext(entry.url),
  ]);
  const f = entry.frontmatter;
  const bodyToc: TocItem[] = entry.facts.headings.filter((h) => h.depth === 2).map((h) => ({ id: h.id, text: h.text }));
  const toc = entry.kind === "phase" ? [...phaseTocItems(entry), ...bodyToc] : bodyToc;
  const step = entry.kind === "phase" ? entry.frontmatter.step : undefined;
  // The front page starts with what readers come to do; a tool's page starts with the tool. Neither opens with a
  // table of contents, and the front page does not end with a list of every page below it.
  const home = entry.url === "/";
  // A page that lists its tools as cards starts with them, and does not list them again at the end.
  const toolCards = entry.facts.components.includes("ToolList");
  const showToc = !home && !toolCards && entry.kind !== "tool";
  const listsChildren = !home && !toolCards;

  return (
    <article className="mx-auto max-w-6xl px-4" data-focus-audience={audience}>
      <Breadcrumbs crumbs={crumbs} />
      {step !== undefined ? (
        <p className="text-lg font-semibold text-muted">
          Trin {step} af {PHASES.length}
        </p>
      ) : null}
      <h1 className="text-3xl font-bold break-words hyphens-auto sm:text-4xl">{f.title}</h1>
      {f.lead ? <p className="mt-3 max-w-2xl text-xl">{f.lead}</p> : null}
      {home ? null : <ReviewedLine reviewed={f.reviewed} file={entry.file} legalReview={f.legalReview} />}
      {showToc ? <TableOfContents items={toc} /> : null}
      {hasAudienceContent(entry) ? <AudienceSwitch url={entry.url} current={audience} /> : null}
      {before}
      {entry.kind === "phase" ? <PhaseSections entry={entry} /> : null}
      <div className="prose mt-6">
        <MdxContent code={code} Tool={Tool} />
      </div>
      {extra}
      {listsChildren && children.length > 0 ? (
        <section aria-labelledby="undersider" className="mt-10">
          <h2 id="undersider" className="text-2xl font-bold">
            Sider i dette afsnit
          </h2>
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {children.map((child) => (
              <li key={child.url} className="rounded border border-line-soft p-4">
                <a href={child.url} className="text-lg font-bold">
                  {child.frontmatter.title}
                </a>
                <p className="mt-1">{child.frontmatter.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SourceList sources={f.sources} />
      {home ? <ReviewedLine reviewed={f.reviewed} file={entry.file} legalReview={f.legalReview} /> : null}
      {prev || next ? (
        <nav aria-label="Forrige og næste side" className="no-print mt-12 flex flex-wrap justify-between gap-4 border-t border-line-soft pt-6">
          {prev ? (
            <a href={prev.url} rel="prev" className="max-w-xs">
              <span className="block text-sm text-muted">Forrige</span>
              <span className="font-bold">{prev.frontmatter.title}</span>
            </a>
          ) : (
            <span />
          )}
          {next ? (
            <a href={next.url} rel="next" className="max-w-xs text-right">
              <span className="block text-sm text-muted">Næste</span>
              <span className="font-bold">{next.frontmatter.title}</span>
            </a>
          ) : null}
        </nav>
      ) : null}
    </article>
  );
}
