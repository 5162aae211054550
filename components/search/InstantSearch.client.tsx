"use client";

import { useRef, useState } from "react";
import { useHydrated } from "@/lib/browser/storage";
import { prepare, search, type PreparedDocument, type SearchDocument, type SearchHit } from "@/lib/search/search";
import { SearchResults } from "./SearchResults";

/**
 * The search form. Without JavaScript it is a plain GET form and the server renders the results.
 * With JavaScript it loads the prebuilt index once and shows results as the reader types.
 */
export function InstantSearch({ initialQuery, initialHits }: { initialQuery: string; initialHits: SearchHit[] }) {
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState(initialHits);
  const hydrated = useHydrated();
  const index = useRef<Promise<PreparedDocument[]> | null>(null);

  function loadIndex() {
    index.current ??= fetch("/soeg/indeks.json")
      .then((response) => (response.ok ? (response.json() as Promise<SearchDocument[]>) : []))
      .then(prepare)
      .catch(() => {
        index.current = null;
        return [];
      });
    return index.current;
  }

  async function update(value: string) {
    setQuery(value);
    const url = new URL(window.location.href);
    if (value.trim()) url.searchParams.set("q", value);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    const documents = await loadIndex();
    setHits(search(documents, value));
  }

  return (
    <div data-hydrated={hydrated ? "true" : undefined}>
      <form role="search" action="/soeg" method="get" className="flex max-w-2xl flex-wrap items-end gap-3" onSubmit={(event) => event.preventDefault()}>
        <div className="flex-1">
          <label htmlFor="soegefelt" className="block font-bold">
            Søg i guiden
          </label>
          <input
            id="soegefelt"
            name="q"
            type="search"
            value={query}
            onChange={(event) => void update(event.target.value)}
            onFocus={() => void loadIndex()}
            autoComplete="off"
            className="mt-1 w-full rounded border-2 border-ink px-3 py-2 text-lg"
          />
        </div>
        <button type="submit" className="button">
          Søg
        </button>
      </form>
      <div aria-live="polite">
        <SearchResults query={query} hits={hits} />
      </div>
    </div>
  );
}
