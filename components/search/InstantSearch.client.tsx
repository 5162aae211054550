"use client";

import { useRef, useState } from "react";
import { useHydrated } from "@/lib/browser/storage";
import { loadIndex as fromJson, search, type SearchHit, type SearchIndex } from "@/lib/search/search";
import { SearchResults } from "./SearchResults";

/**
 * The search form. Without JavaScript it is a plain GET form and the server renders the results.
 * With JavaScript it loads the server's own index once and shows results as the reader types.
 */
export function InstantSearch({ initialQuery, initialHits }: { initialQuery: string; initialHits: SearchHit[] }) {
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState(initialHits);
  const hydrated = useHydrated();
  const index = useRef<Promise<SearchIndex | null> | null>(null);

  function loadIndex() {
    index.current ??= fetch("/soeg/indeks.json")
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then(fromJson)
      .catch(() => {
        index.current = null;
        return null;
      });
    return index.current;
  }

  async function update(value: string) {
    setQuery(value);
    const url = new URL(window.location.href);
    if (value.trim()) url.searchParams.set("q", value);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    const loaded = await loadIndex();
    // Without the index (offline, a failed request) the results shown stay those of the last search.
    if (loaded) setHits(search(loaded, value));
  }

  return (
    <div data-hydrated={hydrated ? "true" : undefined}>
      <form role="search" aria-label="Søgning" action="/soeg" method="get" className="flex max-w-2xl items-end gap-2" onSubmit={(event) => event.preventDefault()}>
        <div className="min-w-0 flex-1">
          <label htmlFor="soegefelt" className="block font-bold">
            Søg i guiden
          </label>
          <input
            id="soegefelt"
            name="q"
            type="search"
            value={query}
            maxLength={200}
            onChange={(event) => void update(event.target.value)}
            onFocus={() => void loadIndex()}
            autoComplete="off"
            className="mt-1 block h-12 w-full rounded border-2 border-ink px-3 text-lg"
          />
        </div>
        <button type="submit" className="button h-12">
          Søg
        </button>
      </form>
      <div aria-live="polite">
        <SearchResults query={query} hits={hits} />
      </div>
    </div>
  );
}
