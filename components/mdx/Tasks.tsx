import type { ReactNode } from "react";

/** What readers come to do, as a row of cards at the top of a page: on a wide screen four side by side. */
export function Tasks({ children }: { children?: ReactNode }) {
  return <ul className="wide not-prose my-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</ul>;
}

export function Task({ title, href, children }: { title: string; href: string; children?: ReactNode }) {
  return (
    <li className="flex flex-col rounded border-2 border-brand bg-white p-4">
      <a href={href} className="text-xl leading-snug font-bold break-words hyphens-auto">
        {title}
      </a>
      <div className="mt-2 [&>p]:m-0">{children}</div>
    </li>
  );
}
