import type { ReactNode } from "react";
import { AUDIENCE_NOUNS, type Audience } from "@/lib/content/schema";

/**
 * Advice meant for one audience. It is always in the page; the audience switch (a URL parameter)
 * only decides which blocks are emphasised and which are folded away, so nothing needs JavaScript.
 */
export function ForAudience({ audience, children }: { audience: Audience; children?: ReactNode }) {
  return (
    <section data-audience={audience} className="for-audience not-prose avoid-break my-6 border-l-4 border-line pl-4" aria-label={`Til ${AUDIENCE_NOUNS[audience]}`}>
      <p className="text-sm font-bold uppercase tracking-wide text-muted">Til {AUDIENCE_NOUNS[audience]}</p>
      <div className="prose [&>*:first-child]:mt-1 [&>*:last-child]:mb-0">{children}</div>
    </section>
  );
}
