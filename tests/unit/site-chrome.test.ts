import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";
import { currentOf } from "@/components/layout/SiteHeader";

async function pages(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await pages(full)));
    else if (entry.name === "page.tsx") found.push(full);
  }
  return found;
}

async function rendersChrome(file: string): Promise<boolean> {
  try {
    return (await readFile(file, "utf8")).includes("<SiteChrome");
  } catch {
    return false;
  }
}

it("every page gets the header and <main> from a layout below the root (which cannot know the address) or itself", async () => {
  const missing: string[] = [];
  for (const page of await pages("app")) {
    let found = await rendersChrome(page);
    for (let dir = path.dirname(page); !found && dir !== "app"; dir = path.dirname(dir)) found = await rendersChrome(path.join(dir, "layout.tsx"));
    if (!found) missing.push(page);
  }
  expect(missing).toEqual([]);
  expect(await rendersChrome("app/not-found.tsx")).toBe(true);
  expect(await rendersChrome("app/layout.tsx")).toBe(false);
});

it("marks the section's own page as the current page and every page below it as in the section", () => {
  expect(currentOf("/jura", { page: "/jura" })).toBe("page");
  expect(currentOf("/jura", { page: "/jura/inhabilitet" })).toBe("true");
  expect(currentOf("/jura", { page: "/juraen" })).toBeUndefined();
  expect(currentOf("/cases", { section: "/cases" })).toBe("true");
  expect(currentOf("/vaerktoejer", { section: "/cases" })).toBeUndefined();
  expect(currentOf("/om-opi", { page: "/" })).toBeUndefined();
});
