import { highlight, type SearchHit } from "@/lib/search/search";

/** The result list; rendered on the server and by the instant search in the browser. */
export function SearchResults({ query, hits }: { query: string; hits: SearchHit[] }) {
  if (!query.trim()) return null;
  return (
    <section aria-labelledby="resultater-titel" className="mt-8">
      <h2 id="resultater-titel" className="text-2xl font-bold">
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
              <p className="text-sm font-semibold uppercase tracking-wide text-muted">{hit.section}</p>
              <a href={hit.url} className="text-xl font-bold">
                {hit.title}
              </a>
              <p className="mt-1">
                {highlight(hit.snippet, query).map((part, index) =>
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
