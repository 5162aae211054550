import type { ToolId } from "@/lib/content/schema";
import { getPage } from "@/lib/content";

/**
 * How <Tool> looks on a page whose route does not load the tool itself: a card whose link is the tool's name, so
 * several cards on one page never share a link text. Pages only load the JavaScript of the tools their route provides.
 */
export async function ToolLink({ name }: { name: ToolId }) {
  const page = await getPage(`/vaerktoejer/${name}`);
  if (!page) return null;
  return (
    <aside className="not-prose avoid-break my-6 rounded border-2 border-brand p-4" aria-label={`Værktøj: ${page.frontmatter.title}`}>
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">Værktøj</p>
      <p className="mt-1 text-xl leading-snug font-bold">
        <a href={page.url}>{page.frontmatter.title}</a>
      </p>
      <p className="mt-2">{page.frontmatter.description}</p>
    </aside>
  );
}
