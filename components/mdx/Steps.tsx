import type { ReactNode } from "react";

export function Steps({ children }: { children?: ReactNode }) {
  return <ol className="not-prose my-6 list-none space-y-4 [counter-reset:step]">{children}</ol>;
}

export function Step({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <li className="avoid-break relative pl-12 [counter-increment:step] before:absolute before:left-0 before:top-0 before:flex before:h-8 before:w-8 before:items-center before:justify-center before:rounded-full before:bg-brand before:font-bold before:text-white before:content-[counter(step)]">
      <p className="text-lg font-bold">{title}</p>
      <div className="prose mt-1 [&>*:first-child]:mt-0 [&>*:last-child]:mb-0">{children}</div>
    </li>
  );
}
