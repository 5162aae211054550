import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/** The plain scripts in public/ that pages load; see each file for what it does. */
export type PublicScript = "maalgruppe.js" | "tjekliste.js";

const urls = new Map<PublicScript, string>();

/**
 * The address of a script in public/ with a hash of its content, so a cache (nginx keeps public/ files for an hour)
 * never pairs new HTML with an old script. Without the file (a deployment that left out public/), the plain address.
 */
export function publicScript(name: PublicScript): string {
  let url = urls.get(name);
  if (!url) {
    try {
      const body = readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "public", name));
      url = `/${name}?v=${createHash("sha256").update(body).digest("hex").slice(0, 12)}`;
    } catch {
      url = `/${name}`;
    }
    urls.set(name, url);
  }
  return url;
}
