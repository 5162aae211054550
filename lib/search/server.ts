import "server-only";
import { listSearchDocuments } from "@/lib/content";
import { prepare, search, type PreparedDocument, type SearchHit } from "./search";

let prepared: Promise<PreparedDocument[]> | undefined;

/** Search on the server, for results that work without JavaScript. */
export async function searchSite(query: string): Promise<SearchHit[]> {
  prepared ??= listSearchDocuments().then(prepare);
  return search(await prepared, query);
}
