/**
 * The content's build cache in node_modules/.cache/opi-guiden/<kind>/: compiled MDX and the facts read from each
 * body. Entries are named by a hash of everything they depend on, so a changed file simply misses, and an unchanged
 * one is never worked on twice: not by the parallel build workers, and not by the next build. Best effort: a
 * folder that cannot be written costs speed, never a page.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

// CONTENT_CACHE_DIR moves it (the bench gives each measured build a cache of its own, so "cold" means cold).
const ROOT = process.env.CONTENT_CACHE_DIR
  ? path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_CACHE_DIR)
  : path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", ".cache", "opi-guiden");

export type CacheKind = "mdx" | "facts";

export function hashKey(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

const fileOf = (kind: CacheKind, key: string) => path.join(/*turbopackIgnore: true*/ ROOT, kind, key);

export async function readCache(kind: CacheKind, key: string): Promise<string | undefined> {
  try {
    return await readFile(fileOf(kind, key), "utf8");
  } catch {
    return undefined;
  }
}

export async function writeCache(kind: CacheKind, key: string, text: string): Promise<void> {
  const file = fileOf(kind, key);
  // Write then rename, so a parallel build worker never reads half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, text, "utf8");
    await rename(temporary, file);
  } catch {
    // Not writable (a locked-down server): the result is still used, just not kept.
  }
}
