/** Where `next build` writes its output, for the steps that run after it (script-free.ts, csp-manifest.ts). */
import { readdir } from "node:fs/promises";
import path from "node:path";

export const distDir = process.env.NEXT_DIST_DIR || ".next";
/** The prerendered pages: <path>.html next to their RSC payloads and the routes' client reference manifests. */
export const appDir = path.join(distDir, "server", "app");
/** The standalone server's own copy of the folder above (output: "standalone"), which it serves from. */
export const standaloneDistDir = path.join(distDir, "standalone", distDir);

/** Every file under dir whose name ends with suffix, at any depth. */
export async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), suffix) : Promise.resolve(e.name.endsWith(suffix) ? [path.join(dir, e.name)] : []))),
  );
  return nested.flat();
}
