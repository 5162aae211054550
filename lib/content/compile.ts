/**
 * Compiles an MDX body with mdx-bundler. Results are cached by a hash of the body and the compiler's own
 * version, in memory and on disk, so an unchanged file is never compiled twice, not even across builds.
 * The body is checked by the same rules as content:check first: nothing outside the registry reaches esbuild, and no
 * body that gray-matter (inside mdx-bundler) would read as frontmatter reaches mdx-bundler.
 */
import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { analyseBody } from "./mdx-rules";
import { opensFrontmatter, refuseFrontmatterInBody } from "./frontmatter";
import { contentTimeLimitMs, TimeLimitExceeded, tooComplexMessage, withinTimeLimit } from "./time-limit";
import { rehypeHeadingIds, remarkUnwrapComponents } from "./mdx-plugins";
import { hashKey, readCache, writeCache } from "./disk-cache";

/** Bump when the plugins or their options change, so old cache entries are not reused. */
const COMPILER_VERSION = "1";

const memory = new Map<string, Promise<string>>();
export const compileStats = { compiled: 0, fromDisk: 0, fromMemory: 0 };

export function cacheKey(body: string): string {
  return hashKey(COMPILER_VERSION, body);
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
  const cached = await readCache("mdx", `${key}.js`);
  if (cached !== undefined) {
    compileStats.fromDisk++;
    return cached;
  }
  const problems = checkBeforeCompiling(body, contentPath);
  if (problems.length > 0) {
    throw new Error(`content/${contentPath} kan ikke bygges:\n${problems.map((p) => `  linje ${p.line}: ${p.message}`).join("\n")}\nKør npm run content:check`);
  }
  const result = await bundleMDX({
    source: body,
    grayMatterOptions: refuseFrontmatterInBody,
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
  await writeCache("mdx", `${key}.js`, result.code);
  return result.code;
}

function checkBeforeCompiling(body: string, contentPath: string): { line: number; message: string }[] {
  if (opensFrontmatter(body)) {
    return [{ line: 1, message: "teksten begynder med --- og ville blive læst som frontmatter. Slet linjen, eller skriv tekst før den" }];
  }
  const limitMs = contentTimeLimitMs();
  try {
    return withinTimeLimit(limitMs, () => analyseBody(body, { contentPath }).problems);
  } catch (error) {
    if (error instanceof TimeLimitExceeded) return [{ line: 1, message: tooComplexMessage(limitMs) }];
    throw error;
  }
}
