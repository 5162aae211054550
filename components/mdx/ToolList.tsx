import { listChildren } from "@/lib/content";
import { isDocumentId } from "@/lib/agreements/steps";
import type { TOOL_GROUPS } from "@/lib/content/registry";

type ToolGroup = (typeof TOOL_GROUPS)[number];

/** The tool pages of one group as cards, in the order their frontmatter gives; each card's link is the tool's name. */
export async function ToolList({ group }: { group: ToolGroup }) {
  const tools = (await listChildren("/vaerktoejer")).filter((page) => page.kind === "tool" && isDocumentId(page.frontmatter.tool) === (group === "aftaler"));
  if (tools.length === 0) return null;
  return (
    <ul className="wide not-prose my-6 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
      {tools.map((tool) => (
        <li key={tool.url} className="rounded border-2 border-brand bg-white p-4">
          <a href={tool.url} className="text-xl leading-snug font-bold break-words hyphens-auto">
            {tool.frontmatter.navTitle ?? tool.frontmatter.title}
          </a>
          <p className="mt-2">{tool.frontmatter.description}</p>
        </li>
      ))}
    </ul>
  );
}
