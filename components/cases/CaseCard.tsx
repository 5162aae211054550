import type { CaseSummary } from "@/lib/cases/catalogue";
import { AREA_LABELS, CASE_STATUS_LABELS, OPI_TYPE_LABELS, type Area, type CaseStatus, type OpiType } from "@/lib/content/schema";

export function ExampleBadge() {
  return <span className="rounded bg-ink px-2 py-0.5 text-sm font-semibold uppercase tracking-wide text-white">Eksempel</span>;
}

export function CaseCard({ item, headingLevel = 3 }: { item: CaseSummary; headingLevel?: 2 | 3 | 4 | 5 }) {
  const H = `h${headingLevel}` as "h2" | "h3" | "h4" | "h5";
  return (
    <article className="rounded border border-line-soft p-4">
      <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
        {item.example ? <ExampleBadge /> : null}
        <span>{AREA_LABELS[item.area as Area]}</span>
        <span aria-hidden="true">·</span>
        <span>{OPI_TYPE_LABELS[item.opiType as OpiType]}</span>
        <span aria-hidden="true">·</span>
        <span>{item.status === "ukendt" ? "Status ukendt" : CASE_STATUS_LABELS[item.status as CaseStatus]}</span>
      </div>
      <H className="mt-1 text-xl font-bold break-words">
        <a href={item.url}>
          {item.example ? <span className="sr-only">Eksempel: </span> : null}
          {item.title}
        </a>
      </H>
      <p className="mt-1">{item.summary}</p>
    </article>
  );
}
