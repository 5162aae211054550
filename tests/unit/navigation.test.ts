import { beforeAll, expect, it, vi } from "vitest";

import type * as ContentApi from "@/lib/content";

let content: typeof ContentApi;

beforeAll(async () => {
  vi.stubEnv("CONTENT_DIR", "tests/fixtures/content/good");
  content = await import("@/lib/content");
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

it("lists the phases in step order and every page in the sitemap", async () => {
  expect((await content.listPhases()).map((phase) => phase.frontmatter.phase)).toEqual(["ide"]);
  const urls = (await content.listSitemapUrls()).map((entry) => entry.url);
  expect(urls).toContain("/opi-processen/ide");
  expect(urls).not.toContain("/markedsplads#behov-faldsensor");
});
