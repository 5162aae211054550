/**
 * After `next build`, before scripts/csp-manifest.ts: writes every prerendered page that shows no client component of
 * ours without the client runtime, and the others with the runtime fetched after the first paint (see
 * lib/build/script-free.ts), in the build and in its standalone copy. Prints
 * which pages keep the runtime and why, so a page that gained a tool is visible in the build log.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { clientModulePaths, runtimeVerdict, withoutRuntime, withRuntimeAfterPaint } from "../lib/build/script-free";
import { appDir, filesUnder, standaloneDistDir } from "./build-output";

const standaloneAppDir = path.join(standaloneDistDir, "server", "app");

const modulePaths = clientModulePaths(await Promise.all((await filesUnder(appDir, "_client-reference-manifest.js")).map((file) => readFile(file, "utf8"))));
const keep = new Map<string, string>();
let stripped = 0;
for (const file of await filesUnder(appDir, ".html")) {
  const relative = path.relative(appDir, file);
  // The global error page replaces the whole document when the runtime itself fails; it is never served as a page.
  if (relative === "_global-error.html") continue;
  const html = await readFile(file, "utf8");
  const lean = withoutRuntime(html);
  // Already without the runtime: this step ran on this build before.
  if (lean === html) {
    stripped++;
    continue;
  }
  const verdict = runtimeVerdict(html, modulePaths);
  if (verdict.needed) keep.set(relative, verdict.because);
  else stripped++;
  await write(relative, verdict.needed ? withRuntimeAfterPaint(html) : lean);
}

async function write(relative: string, html: string) {
  await writeFile(path.join(appDir, relative), html);
  const copy = path.join(standaloneAppDir, relative);
  if (existsSync(copy)) await writeFile(copy, html);
}

const reasons = new Map<string, number>();
for (const because of keep.values()) reasons.set(because, (reasons.get(because) ?? 0) + 1);
console.log(`Script-free: ${stripped} prerendered pages ship no JavaScript; ${keep.size} keep the client runtime, fetched after the first paint, for:`);
for (const [because, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${count} × ${because}`);
