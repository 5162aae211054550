import { listPhases } from "@/lib/content";

/**
 * The five phases in their usual order: one row on a wide screen, each card numbered once. That partners go back to
 * earlier phases is said by the content around the map, once.
 */
export async function PhaseMap() {
  const phases = await listPhases();
  if (phases.length === 0) return null;
  return (
    <figure className="wide not-prose avoid-break my-8">
      <figcaption className="mb-3 text-lg font-bold">De fem faser i et OPI-projekt</figcaption>
      <ol className="grid gap-3 sm:grid-cols-2 md:grid-cols-3 lg:grid-cols-5">
        {phases.map((phase) => (
          <li key={phase.url} className="flex gap-3 rounded border-2 border-brand bg-white p-3 lg:flex-col lg:gap-2">
            <span aria-hidden="true" className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand text-lg font-bold text-white">
              {phase.frontmatter.step}
            </span>
            <div className="min-w-0">
              <a href={phase.url} className="block text-lg leading-snug font-bold break-words hyphens-auto">
                <span className="sr-only">{phase.frontmatter.step}. </span>
                {phaseName(phase.frontmatter.navTitle ?? phase.frontmatter.title)}
              </a>
              <p className="mt-1 text-sm">{phase.frontmatter.slogan}</p>
            </div>
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** "2. Opstart" → "Opstart": the card shows the number beside the name, so the name does not repeat it. */
function phaseName(title: string): string {
  return title.replace(/^\d+\.\s*/, "");
}
