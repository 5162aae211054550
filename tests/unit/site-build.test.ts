/**
 * What `next build` does with content: the pages ask lib/content (the one server-only module) for their entries and
 * compile each body. Here it reads a fixture site with one hostile page; nothing may run, and the build must stop with
 * the editor's message.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const marker = path.join(tmpdir(), "opi-guiden-build-frontmatter-js-ran");
const payload = `(require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"), [])`;
let root: string;
const saved = { CONTENT_DIR: process.env.CONTENT_DIR, CONTENT_CACHE_DIR: process.env.CONTENT_CACHE_DIR };

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "opi-site-"));
  await cp("tests/fixtures/content/good", path.join(root, "content"), { recursive: true });
  // A second block after the frontmatter that mdx-bundler would read, and evaluate, as frontmatter.
  await writeFile(
    path.join(root, "content", "pages", "angreb.mdx"),
    `---\ntitle: "Angreb"\ndescription: "En side, hvis tekst åbner endnu en frontmatter"\nreviewed: 2026-11-23\n---\n---js\n${payload}\n---\n\nTekst.\n`,
  );
  process.env.CONTENT_DIR = path.join(root, "content");
  process.env.CONTENT_CACHE_DIR = path.join(root, "cache");
  await rm(marker, { force: true });
});

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await rm(root, { recursive: true, force: true });
});

it("stops the build of a site whose page body opens ---js frontmatter, with the editor's message, and runs nothing", async () => {
  const site = await import("@/lib/content/index");
  await expect(site.listPages()).rejects.toThrow(
    `Indholdet har 1 fejl (kør npm run content:check):\n${path.relative(process.cwd(), path.join(root, "content", "pages", "angreb.mdx"))}: frontmatter: linje 6 begynder med --- lige efter frontmatter og ville blive læst som endnu en frontmatter. Slet linjen, eller skriv tekst før den`,
  );
  // Even handed the body directly, the compiler the pages use refuses it.
  await expect(
    site.compilePage({ contentPath: "pages/angreb.mdx", body: `---js\n${payload}\n---\n\nTekst.\n` } as Parameters<typeof site.compilePage>[0]),
  ).rejects.toThrow(/linje 1: teksten begynder med --- og ville blive læst som frontmatter/);
  expect(existsSync(marker)).toBe(false);
});
