import { Children, isValidElement, type ComponentProps, type ReactNode } from "react";

/** The plain text of rendered children, for a label. */
function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

/** The texts of the header cells: the first row of the table's head. */
function headerCells(children: ReactNode): string[] {
  for (const section of Children.toArray(children)) {
    if (!isValidElement<{ children?: ReactNode }>(section) || section.type !== "thead") continue;
    const row = Children.toArray(section.props.children).find(isValidElement) as { props: { children?: ReactNode } } | undefined;
    return Children.toArray(row?.props.children)
      .map((cell) => textOf(cell).trim())
      .filter(Boolean);
  }
  return [];
}

/**
 * Markdown tables may be wider than a phone screen. The wrapper scrolls sideways and can take focus, so keyboard
 * users can scroll it too (WCAG 2.1.1). It is named after the table's columns, so two tables on a page are two
 * regions a screen reader can tell apart.
 */
export function Table(props: ComponentProps<"table">) {
  const columns = headerCells(props.children);
  const label = columns.length > 0 ? `Tabel med ${columns.join(", ")} (kan rulles vandret)` : "Tabel (kan rulles vandret)";
  return (
    <div role="region" aria-label={label} tabIndex={0} className="scroll-region my-6 overflow-x-auto">
      <table {...props} className="my-0" />
    </div>
  );
}
