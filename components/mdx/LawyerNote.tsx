import type { ReactNode } from "react";

/** The standard reminder that the guide explains the rules, but a jurist judges the concrete case. */
export function LawyerNote({ children }: { children?: ReactNode }) {
  return (
    <aside className="not-prose avoid-break my-6 border-l-8 border-warning bg-warning-light p-4" aria-label="Få juridisk rådgivning">
      <p className="mb-1 font-bold">Kontakt en jurist</p>
      <div className="prose max-w-none [&>*:first-child]:mt-0 [&>*:last-child]:mb-0">
        {children ?? (
          <p>
            Guiden forklarer reglerne generelt. Få en jurist til at vurdere jeres konkrete sag, før I beslutter jer. Kommunens eller
            regionens egen juridiske afdeling er et godt sted at begynde.
          </p>
        )}
      </div>
    </aside>
  );
}
