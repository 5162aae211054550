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

/** Compiled MDX is a plain function of its components, with no state: calling it renders the body's elements. */
export function MdxContent({ code, Tool }: { code: string; Tool?: ToolComponent }) {
  return contentComponent(code)({ components: { ...mdxComponents, table: Table, ...(Tool ? { Tool } : {}) } });
}
