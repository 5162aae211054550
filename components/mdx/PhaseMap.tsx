import { listPhases } from "@/lib/content";

/**
 * The five phases as a map, not a staircase: the list gives the usual order, and the loop back
 * says in words and picture that partners return to earlier phases when they learn something new.
 */
export async function PhaseMap() {
  const phases = await listPhases();
  if (phases.length === 0) return null;
  return (
    <figure className="not-prose avoid-break my-8">
      <figcaption className="mb-3 text-lg font-bold">
        De fem faser i et OPI-projekt
      </figcaption>
      <ol className="grid gap-3 sm:grid-cols-2 md:grid-cols-3">
        {phases.map((phase) => (
          <li key={phase.url} className="relative rounded border-2 border-brand bg-white p-3">
            <a href={phase.url} className="block font-bold">
              <span className="block text-sm font-semibold text-muted">Fase {phase.frontmatter.step}</span>
              {phase.frontmatter.navTitle ?? phase.frontmatter.title}
            </a>
            <p className="mt-1 text-sm">{phase.frontmatter.slogan}</p>
          </li>
        ))}
      </ol>
      <div className="mt-3 flex items-start gap-3 rounded bg-brand-light p-3">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 48 24" className="h-6 w-12 shrink-0 text-brand">
          <path d="M44 14c0 5-8 8-20 8S4 19 4 14 12 2 24 2c7 0 12 2 15 4" fill="none" stroke="currentColor" strokeWidth="3" />
          <path d="M34 1l7 5-8 3" fill="none" stroke="currentColor" strokeWidth="3" />
        </svg>
        <p className="text-sm">
          Faserne er ikke en trappe. Når I lærer noget nyt, går I tilbage til en tidligere fase. Det gælder især behovet og business casen,
          som I vender tilbage til flere gange.
        </p>
      </div>
    </figure>
  );
}
