import type { SearchHit } from "@/lib/search/search";

/** The result list; rendered on the server and by the instant search in the browser. */
export function SearchResults({ query, hits }: { query: string; hits: SearchHit[] }) {
  if (!query.trim()) return null;
  return (
    <section aria-labelledby="resultater-titel" className="mt-8 max-w-3xl">
      <h2 id="resultater-titel" className="text-2xl font-bold break-words">
        {hits.length === 0 ? `Ingen resultater for "${query}"` : `${hits.length} ${hits.length === 1 ? "resultat" : "resultater"} for "${query}"`}
      </h2>
      {hits.length === 0 ? (
        <div className="mt-3">
          <p>Prøv et andet eller et kortere ord, fx &quot;udbud&quot;, &quot;inhabil&quot; eller &quot;aftale&quot;.</p>
        </div>
      ) : (
        <ol className="mt-4 space-y-6">
          {hits.map((hit) => (
            <li key={hit.url}>
              <p className="text-sm font-semibold tracking-wide text-muted uppercase">
                {hit.section}
                {hit.example ? <span className="ml-2 rounded bg-ink px-2 py-0.5 text-white">Eksempel</span> : null}
              </p>
              <a href={hit.url} className="text-xl font-bold break-words">
                {hit.title}
              </a>
              <p className="mt-1 break-words">
                {hit.snippet.map((part, index) =>
                  part.match ? (
                    <mark key={index} className="bg-focus/60 text-ink">
                      {part.text}
                    </mark>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
