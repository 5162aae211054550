/**
 * Compiles an MDX body with mdx-bundler. Results are cached by a hash of the body and the compiler's own
 * version, in memory and on disk, so an unchanged file is never compiled twice, not even across builds.
 * The body is checked by the same rules as content:check first: nothing outside the registry reaches esbuild.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { analyseBody } from "./mdx-rules";
import { rehypeHeadingIds, remarkUnwrapComponents } from "./mdx-plugins";

/** Bump when the plugins or their options change, so old cache entries are not reused. */
const COMPILER_VERSION = "1";
const CACHE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", ".cache", "opi-guiden", "mdx");

const memory = new Map<string, Promise<string>>();
export const compileStats = { compiled: 0, fromDisk: 0, fromMemory: 0 };

export function cacheKey(body: string): string {
  return createHash("sha256").update(COMPILER_VERSION).update("\0").update(body).digest("hex");
}

export function compileMdx(body: string, contentPath: string): Promise<string> {
  const key = cacheKey(body);
  const cached = memory.get(key);
  if (cached) {
    compileStats.fromMemory++;
    return cached;
  }
  const pending = compileUncached(body, contentPath, key);
  memory.set(key, pending);
  pending.catch(() => memory.delete(key));
  return pending;
}

async function compileUncached(body: string, contentPath: string, key: string): Promise<string> {
  const file = path.join(/*turbopackIgnore: true*/ CACHE_DIR, `${key}.js`);
  try {
    const code = await readFile(file, "utf8");
    compileStats.fromDisk++;
    return code;
  } catch {
    // Not cached yet.
  }
  const { problems } = analyseBody(body, { contentPath });
  if (problems.length > 0) {
    throw new Error(`content/${contentPath} kan ikke bygges:\n${problems.map((p) => `  linje ${p.line}: ${p.message}`).join("\n")}\nKør npm run content:check`);
  }
  const result = await bundleMDX({
    source: body,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkUnwrapComponents];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeHeadingIds];
      return options;
    },
    esbuildOptions(options) {
      return { ...options, charset: "utf8", minify: true };
    },
  });
  compileStats.compiled++;
  await mkdir(CACHE_DIR, { recursive: true });
  // Write then rename, so a parallel build worker never reads half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, result.code, "utf8");
  await rename(temporary, file);
  return result.code;
}
