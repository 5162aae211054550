import type { ComponentProps } from "react";
import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents, type ToolComponent } from "./registry";
import { Table } from "./Table";

type Compiled = ReturnType<typeof getMDXComponent>;
const compiled = new Map<string, Compiled>();

/** Evaluates compiled MDX once per process and renders it on the server with the registry's components. */
function contentComponent(code: string): Compiled {
  let component = compiled.get(code);
  if (!component) {
    component = getMDXComponent(code);
    compiled.set(code, component);
  }
  return component;
}

type HeadingProps = ComponentProps<"h2">;

/** Moves every heading one level down and prefixes its anchor, for pages shown inside another page. */
function nestedHeadings(idPrefix: string) {
  const make = (Tag: "h3" | "h4" | "h5" | "h6") =>
    function NestedHeading({ id, ...props }: HeadingProps) {
      return <Tag id={id ? `${idPrefix}${id}` : undefined} {...props} />;
    };
  return { h2: make("h3"), h3: make("h4"), h4: make("h5"), h5: make("h6") };
}

/** Compiled MDX is a plain function of its components, with no state: calling it renders the body's elements. */
export function MdxContent({ code, Tool, nestedIn }: { code: string; Tool?: ToolComponent; nestedIn?: string }) {
  return contentComponent(code)({
    components: { ...mdxComponents, table: Table, ...(Tool ? { Tool } : {}), ...(nestedIn !== undefined ? nestedHeadings(nestedIn) : {}) },
  });
}
