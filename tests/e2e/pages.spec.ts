import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

test("the front page starts with what readers come to do, and shows the five phases in one row, each numbered once", async ({ page }) => {
  await page.goto("/");
  const tasks = ["Find din fase", "Lav en aftale", "Tjek reglerne", "Find en case"];
  for (const name of tasks) await expect(page.getByRole("main").getByRole("link", { name, exact: true })).toBeInViewport();
  // The tasks come before anything else in the page's body.
  const firstLink = await page.locator(".prose a").first().textContent();
  expect(firstLink).toBe("Find din fase");

  const phases = page.getByRole("figure").getByRole("listitem");
  await expect(phases).toHaveCount(5);
  const tops = await phases.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  await expect(phases.nth(3).getByRole("link")).toHaveAccessibleName("4. Markedsmodning");
  await expect(page.getByRole("figure")).not.toContainText("Fase 4");
  // Said once on the page, not in a box and again below it.
  expect(await page.getByText(/Faserne er ikke en trappe/).count()).toBe(1);
});

test("on a phone the front page shows its heading and the first tasks on the first screen, under a one-row header", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/");
  const header = await page.getByRole("banner").boundingBox();
  expect(header!.height).toBeLessThanOrEqual(64);
  await expect(page.getByRole("link", { name: "Find din fase" })).toBeInViewport();
  await expect(page.getByRole("link", { name: "Lav en aftale" })).toBeInViewport();
});

test("the header marks the current section, on its own page and below it", async ({ page }) => {
  const menu = page.getByRole("navigation", { name: "Hovedmenu" });
  await page.goto("/vaerktoejer");
  await expect(menu.getByRole("link", { name: "Værktøjer" })).toHaveAttribute("aria-current", "page");
  await page.goto("/vaerktoejer/vejvalg");
  await expect(menu.getByRole("link", { name: "Værktøjer" })).toHaveAttribute("aria-current", "true");
  await expect(menu.getByRole("link", { name: "Jura" })).not.toHaveAttribute("aria-current", /.*/);
  // The state is visible too: a white bar under the current item, none under the others.
  const bar = (name: string) => menu.getByRole("link", { name }).evaluate((el) => getComputedStyle(el).borderBottomColor);
  expect(await bar("Værktøjer")).toBe("rgb(255, 255, 255)");
  expect(await bar("Jura")).not.toBe("rgb(255, 255, 255)");
  await page.goto("/jura/inhabilitet");
  await expect(menu.getByRole("link", { name: "Jura" })).toHaveAttribute("aria-current", "true");
  await page.goto("/cases/innovationspartnerskab-om-dehydrering-hos-aeldre");
  await expect(menu.getByRole("link", { name: "Cases" })).toHaveAttribute("aria-current", "true");
  // One header and one main region on every page, whichever layout gives them.
  for (const path of ["/", "/jura", "/cases", "/soeg", "/findes-ikke", "/opi-processen/ide"]) {
    await page.goto(path);
    await expect(page.getByRole("banner"), path).toHaveCount(1);
    await expect(page.getByRole("main"), path).toHaveCount(1);
  }
});

test("a tool's own page shows the tool on the first screen, on a laptop and on a phone", async ({ page }) => {
  for (const [width, height] of [
    [1280, 800],
    [375, 812],
  ]) {
    await page.setViewportSize({ width: width!, height: height! });
    for (const tool of ["samarbejdsaftale", "business-case", "vejvalg"]) {
      await page.goto(`/vaerktoejer/${tool}`);
      const top = await page.locator(`[data-tool="${tool}"], [data-builder]`).first().evaluate((el) => el.getBoundingClientRect().top);
      expect(top, `${tool} at ${width} px`).toBeLessThan(height! * 0.75);
    }
  }
});

test("Opstart links to the agreement builders instead of embedding them, and loads no builder code", async ({ page }) => {
  await page.goto("/opi-processen/opstart");
  await expect(page.locator("[data-builder]")).toHaveCount(0);
  await expect(page.locator('[data-tool="partnerscreening"]')).toHaveCount(1);
  for (const name of ["Hensigtserklæring", "Fortrolighedsaftale", "Samarbejdsaftale"]) {
    await expect(page.getByRole("table").getByRole("link", { name })).toHaveAttribute("href", /^\/vaerktoejer\//);
  }
  const html = await (await page.request.get("/opi-processen/opstart")).text();
  const tool = await (await page.request.get("/vaerktoejer/samarbejdsaftale")).text();
  const chunks = (source: string) => new Set([...source.matchAll(/\/_next\/static\/chunks\/[^"']+\.js/g)].map((m) => m[0]));
  const builderOnly = [...chunks(tool)].filter((chunk) => !chunks(html).has(chunk));
  expect(builderOnly.length).toBeGreaterThan(0);
});

test("Værktøjer starts with the tool cards, and every card's link names its tool", async ({ page }) => {
  await page.goto("/vaerktoejer");
  const cards = page.locator(".prose > ul.wide").getByRole("link");
  await expect(cards).toHaveCount(8);
  await expect(cards.first()).toHaveAccessibleName("Vejvalg");
  await expect(cards.first()).toBeInViewport();
  await expect(page.getByRole("navigation", { name: "Indhold på siden" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Sider i dette afsnit" })).toHaveCount(0);
});

test("on a phone the table of contents is folded and opens on demand; on a wide screen it is an open list", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/opi-processen/opstart");
  const toc = page.getByRole("navigation", { name: "Indhold på siden" });
  await expect(toc.getByRole("link", { name: "Formål" })).toBeHidden();
  expect((await toc.boundingBox())!.height).toBeLessThan(90);
  await toc.locator("summary").click();
  await expect(toc.getByRole("link", { name: "Formål" })).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/opi-processen/opstart");
  await expect(toc.getByRole("link", { name: "Formål" })).toBeVisible();
  await expect(toc.getByRole("heading", { name: "Indhold på siden" })).toBeVisible();
});

test("the glossary has an A–Å bar: a link for each letter with words, the others greyed", async ({ page }) => {
  await page.goto("/ordliste");
  const bar = page.getByRole("navigation", { name: "Ord fra A til Å" });
  await expect(bar.getByRole("link", { name: "A", exact: true })).toHaveAttribute("href", /^#/);
  const letters = await bar.getByRole("link").allTextContents();
  expect(letters.length).toBeGreaterThan(10);
  const tops = await bar.getByRole("listitem").evaluateAll((items) => new Set(items.map((i) => Math.round(i.getBoundingClientRect().top))).size);
  expect(tops).toBe(1);
  await bar.getByRole("link", { name: "I", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "I", exact: true })).toBeInViewport();
});

test("page types have heading levels without jumps and landmarks of one kind with unique names", async ({ page }) => {
  const failures: string[] = [];
  for (const path of ["/", "/vaerktoejer", "/opi-processen/ide", "/opi-processen/opstart", "/opi-processen/markedsmodning", "/ordliste", "/soeg?q=udbud", "/vaerktoejer/business-case"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withRules(["heading-order", "landmark-unique", "page-has-heading-one", "landmark-no-duplicate-main"]).analyze();
    for (const v of results.violations) failures.push(`${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }
  expect(failures, failures.join("\n")).toEqual([]);
});

test("links in a page's text that say the same lead to the same place (no row of identical \"Læs mere\")", async ({ page }) => {
  const failures: string[] = [];
  for (const path of ["/", "/vaerktoejer", "/opi-processen/ide", "/opi-processen/opstart", "/jura", "/soeg?q=aftale"]) {
    await page.goto(path);
    // The cited sources are titles of documents, and a glossary term links the word itself: both are read in context.
    const links = await page.getByRole("main").getByRole("link").evaluateAll((anchors) =>
      anchors
        .filter((a) => !a.closest('section[aria-labelledby$="kilder"]') && !a.getAttribute("href")?.startsWith("/ordliste#"))
        .map((a) => ({ name: (a.textContent ?? "").trim().replace(/\s+/g, " ").toLowerCase(), href: a.getAttribute("href") ?? "" })),
    );
    const byName = new Map<string, Set<string>>();
    for (const { name, href } of links) byName.set(name, (byName.get(name) ?? new Set()).add(href));
    for (const [name, hrefs] of byName) if (hrefs.size > 1) failures.push(`${path}: "${name}" leads to ${[...hrefs].join(", ")}`);
  }
  expect(failures, failures.join("\n")).toEqual([]);
});

test("the business case table scrolls inside its own named, focusable region on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/vaerktoejer/business-case");
  const region = page.getByRole("region", { name: /Tabel med beløb/ });
  await expect(region).toHaveAttribute("tabindex", "0");
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test("radios and checkboxes are 40 px across the site's forms", async ({ page }) => {
  for (const [path, selector] of [
    ["/opi-processen/implementering", "input[type=checkbox]"],
    ["/vaerktoejer/vejvalg", "input[type=radio]"],
    ["/cases", "input[type=checkbox]"],
  ] as const) {
    await page.goto(path);
    const box = await page.locator(selector).first().boundingBox();
    expect([Math.round(box!.width), Math.round(box!.height)], path).toEqual([40, 40]);
  }
});

test("search from the header of a page without framework code: a plain GET to /soeg", async ({ page }) => {
  await page.goto("/jura/statsstoette");
  expect(await page.evaluate(() => "__next_f" in self)).toBe(false);
  const search = page.getByRole("banner").getByRole("search");
  await search.getByLabel("Søg i OPI-guiden").fill("§39");
  await search.getByRole("button", { name: "Søg" }).click();
  await expect(page).toHaveURL(/\/soeg\?q=%C2%A739$/);
  const results = page.getByRole("region", { name: /resultat/ });
  await expect(results.getByRole("link").first()).toHaveAttribute("href", "/jura/inhabilitet");
  await expect(results.locator("mark").first()).toHaveText(/^§ ?39$/);
});

test.describe("with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  test("a phase checklist says that ticks are not kept", async ({ page }) => {
    await page.goto("/opi-processen/implementering");
    const list = page.getByRole("group", { name: "Tjekliste for den offentlige part" });
    await expect(list).toContainText("Dine kryds bliver ikke gemt: de forsvinder, når du forlader siden.");
  });

  test("the phone header opens Søg and Menu as disclosures that push the page down", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto("/jura");
    const heading = page.getByRole("heading", { level: 1 });
    const before = (await heading.boundingBox())!.y;
    await page.getByRole("banner").locator("summary", { hasText: "Søg" }).click();
    const field = page.getByRole("banner").getByRole("searchbox", { name: "Søg i OPI-guiden" }).filter({ visible: true });
    await expect(field).toBeVisible();
    expect((await heading.boundingBox())!.y).toBeGreaterThan(before);
    await field.fill("udbuddet");
    await field.press("Enter");
    await expect(page).toHaveURL(/\/soeg\?q=udbuddet$/);
    await expect(page.getByRole("region", { name: /resultat/ }).getByRole("link").first()).toHaveAttribute("href", "/jura");
  });
});

test("search gives the same ranked list without JavaScript as the instant search gives with it", async ({ page: withJs, browser }) => {
  for (const query of ["udbud", "inhabillitet", "§ 39", "aftale", "CVR"]) {
    const without = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await without.goto(`/soeg?q=${encodeURIComponent(query)}`);
    const serverList = await without.getByRole("region", { name: /resultat/ }).getByRole("listitem").getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    await withJs.goto("/soeg");
    await expect(withJs.locator("[data-hydrated=true]")).toBeVisible();
    await withJs.getByLabel("Søg i guiden").fill(query);
    const region = withJs.getByRole("region", { name: /resultat/ });
    await expect(region.getByRole("heading")).toContainText(`for "${query}"`);
    await expect.poll(() => region.getByRole("listitem").getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(serverList);
    expect(serverList.length, query).toBeGreaterThan(0);
    await without.context().close();
  }
});
