import type { LegalReview, Source } from "@/lib/content/schema";
import { editUrl, formatDate } from "@/lib/site";
import { LegalReviewStatus } from "./LegalReviewStatus";

/** Under the heading: when a person last checked the page against its sources, and, for legal content, whether a jurist has. */
export function ReviewedLine({ reviewed, file, legalReview }: { reviewed: string; file: string; legalReview?: LegalReview }) {
  return (
    <div className="mt-4 text-sm text-muted">
      <p className="flex flex-wrap gap-x-6 gap-y-1">
        <span>
          Senest gennemgået: <time dateTime={reviewed}>{formatDate(reviewed)}</time>
        </span>
        <a href={editUrl(file)} className="no-print">
          Foreslå en ændring<span className="sr-only"> til denne side</span>
        </a>
      </p>
      {legalReview ? <LegalReviewStatus review={legalReview} reviewed={reviewed} className="mt-1" /> : null}
    </div>
  );
}

export function SourceList({ sources, idPrefix = "", level = 2 }: { sources: Source[]; idPrefix?: string; level?: 2 | 3 }) {
  if (sources.length === 0) return null;
  const H = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`${idPrefix}kilder`} className="mt-12 border-t border-line-soft pt-6">
      <H id={`${idPrefix}kilder`} className="text-2xl font-bold">
        Kilder
      </H>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {sources.map((source) => (
          <li key={`${source.title}${source.url ?? ""}`}>
            {source.url ? <a href={source.url}>{source.title}</a> : source.title}
            {source.publisher ? <>, {source.publisher}</> : null}
            {source.date ? <> ({formatDate(source.date)})</> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface TocItem {
  id: string;
  text: string;
}

export function TableOfContents({ items }: { items: TocItem[] }) {
  if (items.length < 3) return null;
  return (
    <nav aria-labelledby="toc-titel" className="no-print my-6 rounded border-l-4 border-line bg-surface p-4">
      <h2 id="toc-titel" className="text-lg font-bold">
        Indhold på siden
      </h2>
      <ul className="mt-2 space-y-1">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
