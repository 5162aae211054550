import { beforeAll, expect, it, vi } from "vitest";

import type * as ContentApi from "@/lib/content";

let content: typeof ContentApi;
/** tests/fixtures/content/navigation: three phases whose file names and order fields both run against their steps, and a hidden page. */
let navigation: typeof ContentApi;

/** The content module reads CONTENT_DIR once, when it is loaded: a fresh copy for each folder. */
async function contentFrom(folder: string): Promise<typeof ContentApi> {
  vi.resetModules();
  vi.stubEnv("CONTENT_DIR", folder);
  return import("@/lib/content");
}

beforeAll(async () => {
  content = await contentFrom("tests/fixtures/content/good");
  navigation = await contentFrom("tests/fixtures/content/navigation");
});

it("builds the main navigation from the menu field of top-level pages", async () => {
  expect(await content.getMainNav()).toEqual([
    { title: "OPI-processen", url: "/opi-processen" },
    { title: "Om OPI", url: "/om-opi" },
    { title: "Jura", url: "/jura" },
    { title: "Værktøjer", url: "/vaerktoejer" },
  ]);
});

it("derives breadcrumbs from the folders and each page's title", async () => {
  expect(await content.getBreadcrumbs("/jura/inhabilitet")).toEqual([
    { title: "Forside", url: "/" },
    { title: "Jura", url: "/jura" },
    { title: "Inhabilitet", url: "/jura/inhabilitet" },
  ]);
});

it("orders siblings by their order field for previous and next", async () => {
  const { prev, next } = await content.getPrevNext("/om-opi");
  expect(prev?.url).toBe("/opi-processen");
  expect(next?.url).toBe("/jura");
  expect((await content.listChildren("/")).map((page) => page.url)).toEqual(["/opi-processen", "/om-opi", "/jura", "/vaerktoejer", "/ordliste"]);
});

it("lists the phases in step order, whatever the order of their files and their order fields", async () => {
  // The files sort implementering, markedsmodning, opstart and their order fields say 10, 20, 30: both run against the steps.
  expect((await navigation.listPhases()).map((phase) => [phase.frontmatter.step, phase.frontmatter.phase])).toEqual([
    [2, "opstart"],
    [4, "markedsmodning"],
    [5, "implementering"],
  ]);
  expect((await navigation.getPhase("markedsmodning"))?.url).toBe("/opi-processen/markedsmodning");
  expect(await navigation.getPhase("ide")).toBeUndefined();
});

it("puts every visible page and every case in the sitemap, and nothing else", async () => {
  const sorted = (list: { url: string; lastModified: string }[]) => [...list].sort((a, b) => a.url.localeCompare(b.url));
  // No listing (it lives on /markedsplads, under an anchor).
  expect(sorted(await content.listSitemapUrls()).map((entry) => entry.url)).toEqual([
    "/",
    "/cases/robot-i-plejen",
    "/jura",
    "/jura/inhabilitet",
    "/om-opi",
    "/opi-processen",
    "/opi-processen/ide",
    "/ordliste",
    "/vaerktoejer",
    "/vaerktoejer/behovsscreening",
  ]);
  // No hidden page; each page dated by its review.
  expect(sorted(await navigation.listSitemapUrls())).toEqual(
    ["/", "/opi-processen", "/opi-processen/implementering", "/opi-processen/markedsmodning", "/opi-processen/opstart"].map((url) => ({ url, lastModified: "2026-11-01" })),
  );
});
