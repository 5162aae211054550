/**
 * The remark and rehype steps of compilation that shape the HTML. Shared so the analyser and the
 * compiler agree on structure and anchors.
 */
import type { Root as MdastRoot, Paragraph, RootContent } from "mdast";
import type { Root as HastRoot } from "hast";
import { visit } from "unist-util-visit";
import { toString as hastToString } from "hast-util-to-string";
import { createHeadingSlugger } from "./slug";

/**
 * `<Step title="…">Tekst.</Step>` on a line of its own parses as a paragraph around an inline element,
 * which would put a <p> between <ol> and <li>. A paragraph that holds only components becomes those components.
 */
export function remarkUnwrapComponents() {
  return (tree: MdastRoot) => {
    visit(tree, "paragraph", (node: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const onlyComponents = node.children.every(
        (child) => child.type === "mdxJsxTextElement" || (child.type === "text" && child.value.trim() === ""),
      );
      if (!onlyComponents || !node.children.some((child) => child.type === "mdxJsxTextElement")) return;
      const replacement = node.children
        .filter((child) => child.type === "mdxJsxTextElement")
        .map((child) => ({ ...child, type: "mdxJsxFlowElement" }) as unknown as RootContent);
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return index + replacement.length;
    });
  };
}

/** Gives h2–h6 the same ASCII anchors that content:check knows, so links like /jura/inhabilitet#hvornaar-gaelder-det work. */
export function rehypeHeadingIds() {
  return (tree: HastRoot) => {
    const slug = createHeadingSlugger();
    visit(tree, "element", (node) => {
      if (/^h[1-6]$/.test(node.tagName) && node.properties.id === undefined) {
        node.properties.id = slug(hastToString(node));
      }
    });
  };
}
