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

/** A section named by one letter, as in a glossary. */
const LETTER = /^[A-ZÆØÅ]$/;
const ALPHABET = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ"];

/**
 * "Indhold på siden". On a phone it is folded into a disclosure, so the page's own text starts on the first screen;
 * from 768 px it is an open list (globals.css, where the browser can style a closed disclosure open). A page whose
 * sections are single letters, like the glossary, gets an A–Å bar for them instead.
 */
export function TableOfContents({ items }: { items: TocItem[] }) {
  const letters = items.filter((item) => LETTER.test(item.text));
  const byLetter = letters.length >= 5 ? new Map(letters.map((item) => [item.text, item.id])) : undefined;
  const rest = byLetter ? items.filter((item) => !LETTER.test(item.text)) : items;
  return (
    <>
      {rest.length >= 3 ? (
        <nav aria-labelledby="toc-titel" className="toc no-print my-6 max-w-2xl rounded border-l-4 border-line bg-surface px-4 py-3">
          <h2 id="toc-titel" className="toc-heading text-lg font-bold">
            Indhold på siden
          </h2>
          <details className="toc-details">
            <summary className="toc-summary cursor-pointer font-bold">
              Indhold på siden <span className="font-normal text-muted">({rest.length} afsnit)</span>
            </summary>
            <ul className="mt-2 space-y-1 md:columns-2 md:gap-8">
              {rest.map((item) => (
                <li key={item.id} className="break-inside-avoid">
                  <a href={`#${item.id}`}>{item.text}</a>
                </li>
              ))}
            </ul>
          </details>
        </nav>
      ) : null}
      {byLetter ? (
        <nav aria-label="Ord fra A til Å" className="no-print my-6">
          <ul className="flex flex-wrap gap-1">
            {ALPHABET.map((letter) => {
              const id = byLetter.get(letter);
              return (
                // A letter without words is shown greyed, as a gap in the bar, and left out for screen readers.
                <li key={letter} aria-hidden={id ? undefined : true}>
                  {id ? (
                    <a href={`#${id}`} className="flex h-10 w-8 items-center justify-center rounded border-2 border-brand text-lg font-bold no-underline">
                      {letter}
                    </a>
                  ) : (
                    <span className="flex h-10 w-8 items-center justify-center text-lg text-muted">{letter}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
