import type { ReactNode } from "react";

/** A word in the text that links to its explanation in the glossary. */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  return (
    <a href={`/ordliste#${id}`} className="decoration-dotted">
      {children}
    </a>
  );
}

/** One entry in the glossary; its id is the anchor that <Term> links to. */
export function Definition({ id, term, children }: { id: string; term: string; children?: ReactNode }) {
  return (
    <div id={id} className="not-prose avoid-break my-4 border-b border-line-soft pb-4">
      <h3 className="text-lg font-bold">{term}</h3>
      <div className="prose mt-1 [&>*:first-child]:mt-0 [&>*:last-child]:mb-0">{children}</div>
    </div>
  );
}
