import type { ReactNode } from "react";

/** A made-up illustration, always marked as such. */
export function Example({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <figure className="not-prose avoid-break my-6 rounded border border-line p-4">
      <figcaption className="mb-2 flex flex-wrap items-center gap-2 font-bold">
        <span className="rounded bg-ink px-2 py-0.5 text-sm uppercase tracking-wide text-white">Eksempel</span>
        {title}
      </figcaption>
      <div className="prose max-w-none [&>*:first-child]:mt-0 [&>*:last-child]:mb-0">{children}</div>
    </figure>
  );
}
