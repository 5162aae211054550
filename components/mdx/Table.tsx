import type { ComponentProps } from "react";

/**
 * Markdown tables may be wider than a phone screen. The wrapper scrolls sideways and can take focus,
 * so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function Table(props: ComponentProps<"table">) {
  return (
    <div role="region" aria-label="Tabel (kan rulles vandret)" tabIndex={0} className="my-6 overflow-x-auto">
      <table {...props} className="my-0" />
    </div>
  );
}
