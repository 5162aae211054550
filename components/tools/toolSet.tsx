import type { ComponentType } from "react";
import type { ToolId } from "@/lib/content/schema";
import type { ToolComponent } from "@/components/mdx/registry";
import { ToolLink } from "@/components/mdx/ToolLink";

/**
 * The <Tool> implementation for one route: the tools it names are rendered, any other becomes a link to its page.
 * A route imports only the tools it shows, so a page loads only their client code.
 */
export function toolSet(tools: Partial<Record<ToolId, ComponentType<{ name: ToolId }>>>): ToolComponent {
  return function Tool({ name }: { name: ToolId }) {
    const Component = tools[name];
    return Component ? <Component name={name} /> : <ToolLink name={name} />;
  };
}
