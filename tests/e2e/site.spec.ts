import { test, expect } from "@playwright/test";
import { FILE_ROUTE_CSP } from "@/lib/http/forms";
import { loadContent } from "@/lib/content/load";
import { sitemapPaths } from "./helpers";

test("every response carries strict security headers and no cookie", async ({ request }) => {
  for (const path of ["/", "/om-opi", "/sitemap.xml", "/findes-ikke"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["set-cookie"], path).toBeUndefined();
  }
});

test("the file routes set their own script-free policy, which the page policy does not replace", async ({ request }) => {
  const posts: { path: string; form: Record<string, string>; type: string }[] = [
    { path: "/vaerktoejer/dokument", form: { document: "samarbejdsaftale", format: "json", answers: "{}" }, type: "application/json" },
    { path: "/vaerktoejer/dokument", form: { document: "findes-ikke" }, type: "text/html" },
    { path: "/vaerktoejer/hent", form: { tool: "findes-ikke" }, type: "text/html" },
    { path: "/indsend/fil", form: { kind: "findes-ikke" }, type: "text/html" },
  ];
  for (const { path, form, type } of posts) {
    const response = await request.post(path, { form });
    const headers = response.headers();
    expect(headers["content-type"], path).toContain(type);
    expect(headers["content-security-policy"], path).toBe(FILE_ROUTE_CSP);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["set-cookie"], path).toBeUndefined();
  }
});

test("an unknown address gives a Danish 404 page with status 404", async ({ page }) => {
  const response = await page.goto("/denne-side-findes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gå til forsiden" })).toBeVisible();
});

test("pages have a title, a description, a canonical address and Danish language", async ({ page }) => {
  await page.goto("/om-opi");
  await expect(page).toHaveTitle("Om OPI | OPI-guiden");
  expect(await page.locator("html").getAttribute("lang")).toBe("da");
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toBe(
    (await loadContent("content")).entries.flatMap((entry) => (entry.url === "/om-opi" && entry.kind === "page" ? [entry.frontmatter.description] : []))[0],
  );
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/om-opi$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page in the sitemap describes itself: a content page with the description in its own frontmatter", async ({ page, request }) => {
    test.setTimeout(5 * 60_000);
    // A case describes itself with its summary; every other content page with its description. The few pages a route
    // renders without a content file (search, the whole guide, the editor forms) have one of their own in code.
    const expected = new Map(
      (await loadContent("content")).entries.flatMap((entry) => (entry.kind === "case" ? [[entry.url, entry.frontmatter.summary]] : entry.kind === "listing" ? [] : [[entry.url, entry.frontmatter.description]])),
    );
    const paths = await sitemapPaths(request);
    expect(paths.filter((path) => expected.has(path)).length).toBeGreaterThan(10);
    const wrong: string[] = [];
    const seen = new Map<string, string>();
    for (const path of paths) {
      await page.goto(path);
      const description = (await page.locator('meta[name="description"]').getAttribute("content")) ?? "";
      const own = expected.get(path);
      if (own !== undefined && description !== own) wrong.push(`${path}: ${JSON.stringify(description)}, forventede ${JSON.stringify(own)}`);
      // No page borrows another's description, nor the site's own.
      if (!description.trim()) wrong.push(`${path}: ingen beskrivelse`);
      else if (seen.has(description)) wrong.push(`${path}: samme beskrivelse som ${seen.get(description)}`);
      seen.set(description, path);
    }
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
});

test("robots.txt points to the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("a page makes no request to another origin", async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on("request", (request) => origins.add(new URL(request.url()).origin));
  await page.goto("/opi-processen");
  await page.waitForLoadState("networkidle");
  expect([...origins]).toEqual([new URL(baseURL ?? "").origin]);
});

test("keyboard: the skip link comes first and moves focus to the content, then the main menu works", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Gå til indhold" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await page.goto("/");
  const menu = page.getByRole("navigation", { name: "Hovedmenu" });
  for (const name of ["OPI-processen", "Værktøjer", "Cases", "Markedsplads", "Jura", "Om OPI"]) {
    await expect(menu.getByRole("link", { name, exact: true })).toBeVisible();
  }
  // Tab from the top of the page to the first menu item and follow it.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent)) === "OPI-processen") break;
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/opi-processen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("OPI-processen");
});

test.describe("with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  test("navigation and content render, and the mobile menu opens", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/om-opi");
    await expect(page.getByRole("heading", { level: 1, name: "Om OPI" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Brødkrumme" }).getByRole("link", { name: "Forside" })).toBeVisible();
    const menu = page.getByRole("navigation", { name: "Hovedmenu" });
    await expect(menu.getByRole("link", { name: "Jura", exact: true })).toBeHidden();
    await menu.getByText("Menu").click();
    await menu.getByRole("link", { name: "Jura", exact: true }).click();
    await expect(page).toHaveURL(/\/jura$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});

test("a page without tools ships no JavaScript, and a page with a tool keeps the code it needs", async ({ page }) => {
  const scripts = () => page.evaluate(() => [...document.scripts].map((s) => s.getAttribute("src") ?? "inline"));
  const response = await page.goto("/jura/inhabilitet");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Inhabilitet");
  // Only the role memory, a plain script from public/, with its content hash in the address.
  expect(await scripts()).toEqual([expect.stringMatching(/^\/maalgruppe\.js\?v=[0-9a-f]{12}$/)]);
  expect(await page.evaluate(() => "__next_f" in self)).toBe(false);
  // No inline script is left, so the policy names none.
  expect(response?.headers()["content-security-policy"]).not.toContain("'sha256-");

  // The case catalogue is prerendered unfiltered; a filter in the URL gets the same page rendered per request.
  await page.goto("/cases");
  expect(await scripts()).toEqual([]);
  const form = page.getByRole("form", { name: "Filtrér cases" });
  const filtered = await page.goto("/cases?status=afsluttet");
  expect(filtered?.status()).toBe(200);
  expect(page.url()).toMatch(/\/cases\?status=afsluttet$/);
  await expect(form.getByRole("checkbox", { name: /^Afsluttet/ })).toBeChecked();
  // "maalgruppe" is a catalogue filter as well as the guide's role parameter: the catalogue must keep it.
  expect((await page.goto("/cases?maalgruppe=virksomhed"))?.status()).toBe(200);
  await expect(form.getByRole("group", { name: "Målgruppe" }).getByRole("checkbox", { name: /^Virksomhed/ })).toBeChecked();

  await page.goto("/vaerktoejer/vejvalg");
  const withTool = await scripts();
  expect(withTool.some((src) => src.startsWith("/_next/static/chunks/"))).toBe(true);
  await expect(page.locator("[data-tool][data-hydrated='true']").first()).toBeAttached();
});

test("every legal page says under its heading whether a jurist has reviewed it", async ({ page, request }) => {
  const legal = (await sitemapPaths(request)).filter((path) => path === "/jura" || path.startsWith("/jura/"));
  expect(legal.length).toBeGreaterThanOrEqual(10);
  for (const path of legal) {
    await page.goto(path);
    const status = page.locator("[data-legal-review]");
    await expect(status, path).toHaveCount(1);
    await expect(status, path).toHaveText(/^(Ikke gennemgået af en jurist endnu\.|Juridisk gennemgået af .{5,160} \(\d{1,2}\. [a-z]+ \d{4}\)\..*)$/);
    // The status belongs with the heading and the review date, before the body begins.
    const [statusTop, bodyTop] = await Promise.all([
      status.evaluate((element) => element.getBoundingClientRect().top),
      page.locator(".prose").first().evaluate((element) => element.getBoundingClientRect().top),
    ]);
    expect(statusTop, path).toBeLessThan(bodyTop);
  }
});

test("no legal page scrolls sideways on a 375 px phone, however long its words", async ({ page, request }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of (await sitemapPaths(request)).filter((p) => p === "/jura" || p.startsWith("/jura/"))) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
  }
});

test("every page says who is responsible for the site, and the about page says the same", async ({ page }) => {
  for (const path of ["/", "/jura/statsstoette", "/vaerktoejer/vejvalg"]) {
    await page.goto(path);
    await expect(page.getByRole("contentinfo").locator("[data-site-owner]"), path).toHaveText(/^Ansvarlig for siden: /);
  }
  await page.goto("/om-opi-guiden");
  const footer = await page.getByRole("contentinfo").locator("[data-site-owner]").textContent();
  await expect(page.getByRole("main").locator("[data-site-owner]")).toHaveText(footer ?? "");
});
