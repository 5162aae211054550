/**
 * The relevance set: searches readers make and the pages they must find (content/soegning/relevans.yaml).
 * content:check runs every search against the real content, so an editor who rewrites a page learns at once which
 * search lost it, and where the page now ranks.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { search, type SearchIndex } from "./search";

const address = z.string().regex(/^\/[a-z0-9/#-]*$/, { error: "skal være en adresse i guiden, fx /jura/inhabilitet" });

export const relevanceSchema = z.strictObject({
  queries: z
    .array(
      z
        .strictObject({
          /** What the reader types. */
          query: z.string().trim().min(1, { error: "mangler: skriv det, læseren søger på" }).max(200),
          /** The page that must come first. */
          first: address.optional(),
          /** Pages that must be among the first `top` results. */
          expect: z.array(address).min(1).optional(),
          /** How many results `expect` may look at. */
          top: z.number().int().min(1).max(20).default(5),
          /** Why the query is in the set; for the next editor. */
          note: z.string().optional(),
        })
        .refine((q) => q.first !== undefined || q.expect !== undefined, { error: "skal have first eller expect: hvilken side skal søgningen finde?" }),
    )
    .min(1),
});

export type RelevanceSet = z.infer<typeof relevanceSchema>;

export interface RelevanceProblem {
  file: string;
  field: string;
  message: string;
}

export const RELEVANCE_FILE = path.join("soegning", "relevans.yaml");

/** Reads the set from a content folder; a missing file is no set (undefined), a broken one a list of problems. */
export async function loadRelevanceSet(root: string): Promise<{ set?: RelevanceSet; problems: RelevanceProblem[] }> {
  const absolute = path.join(/*turbopackIgnore: true*/ root, RELEVANCE_FILE);
  const file = path.relative(process.cwd(), absolute);
  let raw: string;
  try {
    raw = await readFile(absolute, "utf8");
  } catch {
    return { problems: [] };
  }
  let data: unknown;
  try {
    data = parse(raw);
  } catch (error) {
    return { problems: [{ file, field: "yaml", message: `kan ikke læses: ${(error as Error).message.split("\n")[0]}. Tjek kolon, indrykning og anførselstegn` }] };
  }
  const result = relevanceSchema.safeParse(data);
  if (!result.success) {
    return { problems: result.error.issues.map((issue) => ({ file, field: issue.path.map(String).join(".") || "(hele filen)", message: issue.message })) };
  }
  return { set: result.data, problems: [] };
}

const rankText = (rank: number) => (rank < 0 ? "findes slet ikke blandt resultaterne" : `er nr. ${rank + 1}`);

/** Every search of the set whose page is not where it must be, with what ranks there now. */
export function checkRelevance(set: RelevanceSet, index: SearchIndex, file: string, known: ReadonlySet<string>): RelevanceProblem[] {
  const problems: RelevanceProblem[] = [];
  set.queries.forEach((q, i) => {
    const field = `queries.${i} (»${q.query}«)`;
    const expected = [...(q.first ? [q.first] : []), ...(q.expect ?? [])];
    const unknown = expected.filter((url) => !known.has(url));
    if (unknown.length > 0) {
      problems.push({ file, field, message: `${unknown.join(", ")} er ikke en side, søgningen kan finde. Ret adressen, eller slet linjen` });
      return;
    }
    const urls = search(index, q.query, 50).map((hit) => hit.url);
    const now = `Nu øverst: ${urls.slice(0, Math.max(3, q.top)).join(", ") || "ingen resultater"}`;
    const fix = "Skriv ordet tydeligere på siden (i titlen, en overskrift eller beskrivelsen), eller ret forventningen i filen, hvis siden ikke længere er den rette";
    if (q.first && urls[0] !== q.first) {
      problems.push({ file, field, message: `${q.first} skal komme først, men ${rankText(urls.indexOf(q.first))}. ${now}. ${fix}` });
    }
    for (const url of q.expect ?? []) {
      const rank = urls.indexOf(url);
      if (rank < 0 || rank >= q.top) problems.push({ file, field, message: `${url} skal være blandt de første ${q.top}, men ${rankText(rank)}. ${now}. ${fix}` });
    }
  });
  return problems;
}
