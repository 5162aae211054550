import { FACETS, FACET_KEYS, PAGE_SIZE, SORTS, filterUrl, type CaseFilter, type CatalogueResult } from "@/lib/cases/catalogue";
import { CaseCard } from "./CaseCard";

/**
 * The case catalogue as a plain GET form: every filter, search and page is a URL, so it works without
 * JavaScript and can be bookmarked and shared.
 */
export function Catalogue({ filter, result }: { filter: CaseFilter; result: CatalogueResult }) {
  const first = (result.page - 1) * PAGE_SIZE + 1;
  const examples = result.facets.slags.find((f) => f.value === "eksempel")?.count ?? 0;
  const showsBoth = examples > 0 && examples < result.total && filterShowsBoth(filter);
  const last = first + result.items.length - 1;
  return (
    <section aria-labelledby="katalog-titel" className="mt-10">
      <h2 id="katalog-titel" className="text-2xl font-bold">
        Find en case
      </h2>
      <div className="mt-4 grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
        {/* The fragment opens the answer at the cases found, on a phone too, where they come after the filters. */}
        <form method="get" action="/cases#resultater" aria-label="Filtrér cases" className="space-y-5">
          <div>
            <label htmlFor="case-q" className="block font-bold">
              Søg i cases
            </label>
            <input id="case-q" name="q" type="search" defaultValue={filter.q} className="mt-1 w-full rounded border-2 border-ink px-3 py-2" />
          </div>
          {FACET_KEYS.map((key) => (
            <fieldset key={key}>
              <legend className="font-bold">{FACETS[key].label}</legend>
              <ul className="mt-1 space-y-1">
                {result.facets[key].map((facet) => (
                  <li key={facet.value} className="flex items-center gap-2">
                    <input id={`f-${key}-${facet.value}`} type="checkbox" name={key} value={facet.value} defaultChecked={facet.selected} className="h-5 w-5 accent-brand" />
                    <label htmlFor={`f-${key}-${facet.value}`}>
                      {facet.label} <span className="text-muted">({facet.count})</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <div>
            <label htmlFor="case-sort" className="block font-bold">
              Sortering
            </label>
            <select id="case-sort" name="sortering" defaultValue={filter.sort} className="mt-1 w-full rounded border-2 border-ink px-3 py-2">
              {Object.entries(SORTS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-wrap gap-3">
            <button type="submit" className="button">
              Vis cases
            </button>
            <a href="/cases" className="button button-secondary">
              Nulstil
            </a>
          </div>
        </form>
        <div id="resultater" className="scroll-mt-4">
          <p role="status" className="font-semibold">
            {result.total === 0 ? "Ingen cases passer til dine valg." : `Viser ${first}–${last} af ${result.total} ${result.total === 1 ? "case" : "cases"}`}
            {showsBoth ? ". Virkelige projekter står før de opdigtede eksempler." : null}
          </p>
          <ul aria-label="Cases" className="mt-4 space-y-4">
            {result.items.map((item) => (
              <li key={item.slug}>
                <CaseCard item={item} />
              </li>
            ))}
          </ul>
          {result.pages > 1 ? (
            <nav aria-label="Sider" className="mt-6">
              <ul className="flex flex-wrap gap-2">
                {Array.from({ length: result.pages }, (_, i) => i + 1).map((page) => (
                  <li key={page}>
                    {page === result.page ? (
                      <span aria-current="page" className="inline-block rounded bg-brand px-3 py-1 font-bold text-white">
                        {page}
                      </span>
                    ) : (
                      <a href={`${filterUrl({ ...filter, page })}#resultater`} className="inline-block rounded border border-line px-3 py-1">
                        <span className="sr-only">Side </span>
                        {page}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <p className="mt-8 text-sm">
            Åbne data: <a href="/cases.json">alle cases som JSON</a>, <a href="/cases.csv">som CSV (regneark)</a> og <a href="/cases/feed.xml">nye cases som Atom-feed</a>.{" "}
            <a href="/cases/aabne-data">Sådan er data bygget op</a>.
          </p>
        </div>
      </div>
    </section>
  );
}

/** Whether the chosen filters leave room for both real projects and examples. */
function filterShowsBoth(filter: CaseFilter): boolean {
  return filter.selected.slags.length !== 1;
}
