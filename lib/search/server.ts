import "server-only";
import { listSearchDocuments } from "@/lib/content";
import { buildIndex, search, serializeIndex, type SearchHit, type SearchIndex } from "./search";

let built: Promise<SearchIndex> | undefined;

/** The site's search index, built once per process from the content. */
export function siteIndex(): Promise<SearchIndex> {
  built ??= listSearchDocuments().then(buildIndex);
  return built;
}

/** Search on the server, for results that work without JavaScript. */
export async function searchSite(query: string): Promise<SearchHit[]> {
  return search(await siteIndex(), query);
}

/** The index as the browser loads it for instant results: the same index the server searches. */
export async function siteIndexJson(): Promise<string> {
  return serializeIndex(await siteIndex());
}
