import type { CaseSource } from "@/lib/content/schema";
import { formatDate } from "@/lib/format";

/** The anchor of a source in a case's numbered source list. */
export function sourceAnchor(id: string): string {
  return `kilde-${id}`;
}

/** Numbers the sources 1, 2, 3 … in the order the case lists them. */
export function sourceNumbers(sources: readonly CaseSource[]): ReadonlyMap<string, number> {
  return new Map(sources.map((source, index) => [source.id, index + 1]));
}

/**
 * A footnote-style reference to the source that states a fact: "[2]" on screen, "Kilde 2" to a screen reader,
 * a link to the source's entry in the list at the foot of the page.
 */
export function SourceRef({ id, numbers }: { id?: string; numbers: ReadonlyMap<string, number> }) {
  const n = id === undefined ? undefined : numbers.get(id);
  if (id === undefined || n === undefined) return null;
  return (
    <sup className="ml-0.5 whitespace-nowrap">
      <a href={`#${sourceAnchor(id)}`} className="font-semibold">
        <span aria-hidden="true">[{n}]</span>
        <span className="sr-only">Kilde {n}</span>
      </a>
    </sup>
  );
}

/** The case's sources, numbered, each with an anchor the facts link to. */
export function CaseSourceList({ sources }: { sources: readonly CaseSource[] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="kilder" className="mt-12 max-w-3xl border-t border-line-soft pt-6">
      <h2 id="kilder" className="text-2xl font-bold">
        Kilder
      </h2>
      <p className="mt-2">Tallene i fakta, resultater og læringer henviser til kilderne her.</p>
      <ol className="mt-3 list-decimal space-y-2 pl-8">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)} className="scroll-mt-4 rounded target:bg-surface target:outline target:outline-2 target:outline-brand">
            {source.url ? <a href={source.url}>{source.title}</a> : source.title}
            {source.publisher ? <>, {source.publisher}</> : null}
            {source.date ? <> ({formatDate(source.date)})</> : null}
            {source.url ? null : <span className="text-muted"> (kilden har ingen adresse på nettet)</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
