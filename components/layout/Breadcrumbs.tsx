import type { Crumb } from "@/lib/content";

export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  if (crumbs.length < 2) return null;
  return (
    <nav aria-label="Brødkrumme" className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.url} className="flex gap-x-2">
              {last ? (
                <span aria-current="page">{crumb.title}</span>
              ) : (
                <>
                  <a href={crumb.url}>{crumb.title}</a>
                  <span aria-hidden="true">›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
