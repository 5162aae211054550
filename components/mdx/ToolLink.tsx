import type { ToolId } from "@/lib/content/schema";
import { getPage } from "@/lib/content";

/**
 * How <Tool> looks on a page whose route does not load the tool itself: a link to the tool's own page.
 * Pages only load the JavaScript of the tools their route provides.
 */
export async function ToolLink({ name }: { name: ToolId }) {
  const page = await getPage(`/vaerktoejer/${name}`);
  if (!page) return null;
  return (
    <aside className="not-prose avoid-break my-6 rounded border-2 border-brand p-4" aria-label={`Værktøj: ${page.frontmatter.title}`}>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Værktøj</p>
      <p className="text-lg font-bold">{page.frontmatter.title}</p>
      <p className="mt-1">{page.frontmatter.description}</p>
      <a href={page.url} className="button mt-3">
        Åbn værktøjet
      </a>
    </aside>
  );
}
