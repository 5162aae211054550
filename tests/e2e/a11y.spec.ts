import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { sitemapPaths } from "./helpers";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test("the sitemap lists the core pages", async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const path of ["/", "/om-opi", "/tilgaengelighed", "/opi-processen", "/opi-processen/opstart", "/jura", "/jura/inhabilitet", "/ordliste", "/soeg", "/opi-processen/hele-guiden"]) {
    expect(paths).toContain(path);
  }
});

test("axe finds no WCAG 2.1 AA violation on any page in the sitemap", async ({ page, request }) => {
  test.setTimeout(10 * 60_000);
  const paths = await sitemapPaths(request);
  const failures: string[] = [];
  // Beyond the sitemap: the 404 page, an audience variant and a search with results.
  for (const path of [...paths, "/en-side-der-ikke-findes", "/opi-processen/ide?maalgruppe=virksomhed", "/soeg?q=udbud"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    for (const violation of results.violations) {
      failures.push(`${path}: ${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
});
