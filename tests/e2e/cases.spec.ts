import { test, expect } from "@playwright/test";
import { loadContent } from "@/lib/content/load";
import { formatDate } from "@/lib/format";
import { SITE_TODAY } from "./helpers";

test.describe("with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  test("the case catalogue filters by facet and free text, and every state is a URL", async ({ page }) => {
    await page.goto("/cases");
    const status = page.getByRole("status");
    const all = Number((await status.textContent())?.match(/af (\d+)/)?.[1]);
    expect(all).toBeGreaterThanOrEqual(12);
    const form = page.getByRole("form", { name: "Filtrér cases" });
    const sundhed = form.getByRole("checkbox", { name: /^Sundhed \(\d+\)$/ });
    const expected = Number((await sundhed.locator("xpath=..").textContent())?.match(/\((\d+)\)/)?.[1]);
    await sundhed.check();
    await form.getByRole("button", { name: "Vis cases" }).click();
    await expect(page).toHaveURL(/\/cases\?.*omraade=sundhed/);
    await expect(status).toContainText(`af ${expected} ${expected === 1 ? "case" : "cases"}`);
    const cards = page.getByRole("list", { name: "Cases" }).getByRole("article");
    for (const card of await cards.all()) await expect(card).toContainText("Sundhed");

    // Free text narrows further, and the filter stays.
    await page.getByLabel("Søg i cases").fill("borgere");
    await form.getByRole("button", { name: "Vis cases" }).click();
    await expect(page).toHaveURL(/q=borgere/);
    await expect(page).toHaveURL(/omraade=sundhed/);
    await expect(form.getByRole("checkbox", { name: /^Sundhed/ })).toBeChecked();

    // A case page: facts, lessons, sources or the Eksempel badge, and similar cases.
    await cards.first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 2, name: "Fakta" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Det kan andre lære" })).toBeVisible();
    const isExample = await page.getByText("Eksempel", { exact: true }).count();
    if (isExample === 0) await expect(page.getByRole("heading", { level: 2, name: "Kilder" })).toBeVisible();
  });

  test("expired listings are gone from the markedsplads, and filters are links that work without JavaScript", async ({ page }) => {
    // The server's date is SITE_TODAY, so the listings shown follow from the content's dates alone.
    const listings = (await loadContent("content", { today: SITE_TODAY })).entries.filter((entry) => entry.kind === "listing");
    const active = listings.filter((l) => l.frontmatter.expires >= SITE_TODAY);
    const expired = listings.filter((l) => l.frontmatter.expires < SITE_TODAY);
    const hint = `Move SITE_TODAY (tests/e2e/helpers.ts, now ${SITE_TODAY}) so that content/markedsplads has listings on both sides of it`;
    expect(expired.length, hint).toBeGreaterThan(0);
    expect(active.filter((l) => l.frontmatter.kind === "behov").length, hint).toBeGreaterThan(0);
    const slugs = (list: typeof listings) => list.map((l) => l.slug).sort();
    const shown = () => page.getByRole("list", { name: "Opslag" }).locator(":scope > li").evaluateAll((items) => items.map((item) => item.id).sort());

    await page.goto("/markedsplads");
    expect(await shown()).toEqual(slugs(active));
    for (const listing of active) {
      await expect(page.locator(`[id="${listing.slug}"]`)).toContainText(`Vises til og med ${formatDate(listing.frontmatter.expires)}`);
    }

    await page.getByLabel("Type").selectOption("behov");
    await page.getByRole("button", { name: "Vis opslag" }).click();
    await expect(page).toHaveURL(/type=behov/);
    expect(await shown()).toEqual(slugs(active.filter((l) => l.frontmatter.kind === "behov")));
    for (const article of await page.getByRole("list", { name: "Opslag" }).getByRole("article").all()) await expect(article).toContainText("Behov");
  });

  test("Indsend en case keeps every answer after an error and then produces the file", async ({ page }) => {
    await page.goto("/cases/indsend");
    await page.getByLabel("Titel").fill("Robot i ældreplejen");
    await page.getByLabel("Resumé").fill("En opdigtet kommune afprøver en robot i plejen og lærer af forløbet sammen med en virksomhed.");
    await page.getByRole("button", { name: "Lav filen" }).click();
    await expect(page.getByRole("alert").getByRole("heading", { name: "Der er et problem" })).toBeVisible();
    await expect(page.getByLabel("Titel")).toHaveValue("Robot i ældreplejen");
    await page.getByLabel("Casen er et opdigtet eksempel").check();
    await page.getByRole("group", { name: "Faser" }).getByLabel("Idé").check();
    await page.getByRole("group", { name: "Målgrupper" }).getByLabel("Offentlig").check();
    await page.getByLabel("Område").selectOption("aeldrepleje");
    await page.getByLabel("OPI-type").selectOption("eksplorativ");
    await page.getByLabel("Status", { exact: true }).selectOption("afsluttet");
    await page.getByLabel("Offentlige parter").fill("Eksempelkommune");
    await page.getByLabel("Hvad kan andre lære?").fill("Afstem forventninger tidligt.");
    await page.getByLabel("Fortællingen").fill("Kommunen testede en robot i tre måneder.");
    await page.getByRole("button", { name: "Lav filen" }).click();
    await expect(page.getByRole("heading", { name: "Filen er klar: robot-i-aeldreplejen.mdx" })).toBeVisible();
    await expect(page.getByLabel("Filens indhold")).toHaveValue(/title: Robot i ældreplejen/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Hent robot-i-aeldreplejen.mdx" }).click()]);
    expect(download.suggestedFilename()).toBe("robot-i-aeldreplejen.mdx");
  });
});

test("open data: the JSON and the Atom feed parse, and the CSV is UTF-8 with a header", async ({ request, page }) => {
  const json = await (await request.get("/cases.json")).json();
  expect(json.count).toBe(json.cases.length);
  expect(json.cases[0]).toHaveProperty("title");
  const csv = await request.get("/cases.csv");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await csv.text()).split("\r\n")[0]).toContain("titel,resumé,dato");
  const feed = await (await request.get("/cases/feed.xml")).text();
  await page.goto("/");
  const entries = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror")) return -1;
    return doc.getElementsByTagName("entry").length;
  }, feed);
  expect(entries).toBe(json.count);
});
