import { test, expect, type APIRequestContext, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load";
import { formatDate } from "@/lib/format";
import { SITE_TODAY } from "./helpers";
import Ajv2020 from "ajv/dist/2020.js";
import { CASE_COLUMNS } from "@/lib/cases/open-data";
import { PAGE_SIZE } from "@/lib/cases/catalogue";
import { OPI_TYPE_LABELS } from "@/lib/content/vocabulary";

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
    await expect(page).toHaveURL(/\/cases\?.*omraade=sundhed.*#resultater$/);
    await expect(status).toContainText(`af ${expected} ${expected === 1 ? "case" : "cases"}`);
    // The answer opens at the cases found, not at the top of the page.
    await expect(status).toBeInViewport();
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
    // The sourced results and lessons follow the facts; the story, which ends with what no source says, comes after.
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    const afterFacts = headings.slice(headings.indexOf("Fakta") + 1);
    const sourced = afterFacts[0] === "Resultater på de tre bundlinjer" ? afterFacts.slice(1) : afterFacts;
    expect(sourced[0], headings.join(" | ")).toBe("Det kan andre lære");
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
    await page.getByLabel("Hvad viser eksemplet?").fill("En robot i plejen, som ingen virkelig case i guiden viser.");
    await page.getByRole("group", { name: "Faser" }).getByLabel("Idé").check();
    await page.getByRole("group", { name: "Målgrupper" }).getByLabel("Offentlig").check();
    await page.getByLabel("Område").selectOption("aeldrepleje");
    await page.getByLabel("OPI-type").selectOption("eksplorativ");
    await page.getByLabel("Status", { exact: true }).selectOption("afsluttet");
    await page.getByLabel("Offentlige parter").fill("Eksempelkommune");
    await page.getByLabel("Hvad kan andre lære?").fill("Afstem forventninger tidligt.");
    await page.getByLabel("Fortællingen").fill("Kommunen testede en robot i tre måneder.");
    await page.getByRole("button", { name: "Lav filen" }).click();
    const ready = page.getByRole("region", { name: "Filen er klar: robot-i-aeldreplejen.mdx" });
    await expect(ready).toBeVisible();
    await expect(page.getByLabel("Filens indhold")).toHaveValue(/title: Robot i ældreplejen/);
    // The ways to send it: the test server has no SITE_OWNER_CONTACT, so the page says there are no editors to send to.
    await expect(ready).toContainText("Guiden har endnu ingen redaktion med en adresse, du kan sende filen til.");
    await expect(ready).not.toContainText("Send filen til redaktionen");
    const issueForm = new URL((await ready.getByRole("link", { name: "formularen »Indsend en case« på GitHub" }).getAttribute("href"))!);
    expect(issueForm.pathname).toMatch(/\/issues\/new$/);
    expect(issueForm.searchParams.get("template")).toBe("indsend-en-case.yml");
    expect(issueForm.searchParams.get("title")).toBe("Robot i ældreplejen");
    await expect(ready.getByRole("link", { name: "Åbn en ny fil i kildekoden" })).toHaveAttribute("href", /\/new\/main\/content\/cases\?filename=robot-i-aeldreplejen\.mdx&value=/);
    const [download] = await Promise.all([page.waitForEvent("download"), ready.getByRole("button", { name: "Hent robot-i-aeldreplejen.mdx" }).click()]);
    expect(download.suggestedFilename()).toBe("robot-i-aeldreplejen.mdx");
  });
});

test("open data: cases.json follows the published JSON Schema, the CSV has its fields as columns, and the feed parses", async ({ request, page }) => {
  const json = await (await request.get("/cases.json")).json();
  const schemaResponse = await request.get("/cases.schema.json");
  expect(schemaResponse.headers()["content-type"]).toContain("application/schema+json");
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(await schemaResponse.json());
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  expect(json.count).toBe(json.cases.length);
  expect(json.license.name).toBe("CC BY 4.0");
  expect(json.modified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const csv = await request.get("/cases.csv");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const header = (await csv.text()).replace(/^\ufeff/, "").split("\r\n")[0]!.split(",");
  expect(header).toEqual(CASE_COLUMNS.map((c) => c.path));
  // Every column is described on the documentation page.
  await page.goto("/cases/aabne-data");
  await expect(page.getByRole("heading", { level: 1, name: "Åbne data om cases" })).toBeVisible();
  expect(await page.getByRole("term").allTextContents()).toEqual(expect.arrayContaining(header));
  const feed = await (await request.get("/cases/feed.xml")).text();
  const entries = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror")) return -1;
    return doc.getElementsByTagName("entry").length;
  }, feed);
  expect(entries).toBe(json.count);
});

interface OpenCase {
  title: string;
  url: string;
  example: boolean;
  phases: string[];
  opiType: string;
  status: { value: string };
  sources: { id: string; title: string }[];
}

test.describe("provenance, examples and projects like yours, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a real case shows the source of each fact as a link to the numbered source, and calls the classification the editors'", async ({ page, request }) => {
    const { cases } = (await (await request.get("/cases.json")).json()) as { cases: OpenCase[] };
    const real = cases.find((c) => !c.example && c.sources.length > 0)!;
    await page.goto(new URL(real.url).pathname);
    const facts = page.getByRole("region", { name: "Fakta" });
    await expect(facts.getByText("Redaktionens indplacering")).toBeVisible();
    await expect(facts.getByText("De står ikke i kilderne.")).toBeVisible();
    const reference = facts.getByRole("link", { name: /^Kilde \d+$/ }).first();
    const number = Number((await reference.textContent())?.match(/\d+/)?.[0]);
    await reference.click();
    const target = page.locator(":target");
    await expect(target).toHaveCount(1);
    await expect(target).toHaveText(new RegExp(real.sources[number - 1]!.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await expect(page.getByRole("region", { name: "Kilder" }).getByRole("listitem").nth(number - 1)).toHaveAttribute("id", `kilde-${real.sources[number - 1]!.id}`);
  });

  test("an example says so on its card, its page and in search, and the catalogue lists real projects first", async ({ page, request }) => {
    const { cases } = (await (await request.get("/cases.json")).json()) as { cases: OpenCase[] };
    const example = cases.find((c) => c.example)!;
    await page.goto(new URL(example.url).pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Eksempel: ${example.title}`);
    await expect(page.getByText("Det viser eksemplet:")).toBeVisible();
    // Every page of the catalogue, in order: the real projects fill the first pages, the examples come after them all.
    const cards = page.getByRole("list", { name: "Cases" }).getByRole("article");
    const kinds: boolean[] = [];
    for (let side = 1; side <= Math.ceil(cases.length / PAGE_SIZE); side++) {
      await page.goto(`/cases?side=${side}`);
      kinds.push(...(await cards.evaluateAll((articles) => articles.map((a) => a.firstElementChild?.firstElementChild?.textContent === "Eksempel"))));
    }
    expect(kinds).toHaveLength(cases.length);
    expect(kinds.indexOf(true)).toBe(cases.filter((c) => !c.example).length);
    expect(kinds.slice(kinds.indexOf(true)).every(Boolean)).toBe(true);
    await page.goto(`/soeg?q=${encodeURIComponent(example.title)}`);
    const hit = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: example.title, exact: true }) }).first();
    await expect(hit.getByText("Eksempel", { exact: true })).toBeVisible();
  });

  test("the partner facet tells cases apart, and ?maalgruppe= from the role switch selects the matching partners", async ({ page }) => {
    await page.goto("/cases");
    const form = page.getByRole("form", { name: "Filtrér cases" });
    await expect(form.getByRole("group", { name: "Målgruppe" })).toHaveCount(0);
    const partners = form.getByRole("group", { name: "Parter i projektet" });
    const all = Number((await page.getByRole("status").textContent())?.match(/af (\d+)/)?.[1]);
    const knowledge = partners.getByRole("checkbox", { name: /^Med videninstitution \(\d+\)$/ });
    const withKnowledge = Number((await knowledge.locator("xpath=..").textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(withKnowledge).toBeGreaterThan(0);
    expect(withKnowledge).toBeLessThan(all);
    const response = await page.goto("/cases?maalgruppe=videninstitution");
    expect(response?.status()).toBe(200);
    await expect(form.getByRole("checkbox", { name: /^Med videninstitution/ })).toBeChecked();
    await expect(page.getByRole("status")).toContainText(`af ${withKnowledge} ${withKnowledge === 1 ? "case" : "cases"}`);
    for (const role of ["virksomhed", "offentlig"]) {
      expect((await page.goto(`/cases?maalgruppe=${role}`))?.status()).toBe(200);
      await expect(page.getByRole("status")).toContainText(`af ${all} cases`);
    }
  });

  test("a phase page lists the real projects of its phase under Projekter som jeres, never an example", async ({ page, request }) => {
    const { cases } = (await (await request.get("/cases.json")).json()) as { cases: OpenCase[] };
    for (const phase of ["opstart", "implementering"]) {
      await page.goto(`/opi-processen/${phase}`);
      const section = page.getByRole("region", { name: "Projekter som jeres" });
      await expect(section).toBeVisible();
      const expected = cases.filter((c) => !c.example && c.phases.includes(phase));
      const shown = await section.getByRole("article").getByRole("heading").allTextContents();
      expectProjectsLike(shown, expected, phase);
      if (expected.length === 0) await expect(section.getByText("Guiden har endnu ingen virkelige projekter")).toBeVisible();
    }
  });

});

/** Up to four of the matching real projects, and as many with a known outcome as there are (they come first). */
function expectProjectsLike(shown: string[], expected: OpenCase[], what: string) {
  const titles = expected.map((c) => c.title);
  expect(shown.length, what).toBe(Math.min(4, expected.length));
  for (const title of shown) expect(titles, what).toContain(title);
  const known = new Set(expected.filter((c) => c.status.value !== "ukendt").map((c) => c.title));
  expect(shown.filter((title) => known.has(title)).length, `${what}: projects with a known outcome first`).toBe(Math.min(4, known.size));
}

/** Answers every question of the vejvalg with its first option, asks for the recommendation and checks its projects. */
async function vejvalgListsProjectsOfItsType(page: Page, request: APIRequestContext) {
  const { cases } = (await (await request.get("/cases.json")).json()) as { cases: OpenCase[] };
  const vejvalg = page.locator('[data-tool="vejvalg"]');
  for (const group of await vejvalg.locator("fieldset").all()) {
    const first = group.getByRole("radio").first();
    if ((await first.count()) > 0) await first.check();
  }
  await vejvalg.getByRole("button", { name: "Se anbefalingen" }).click();
  const result = vejvalg.locator("section", { has: page.getByRole("heading", { name: "Anbefaling" }) });
  const label = (await result.getByText(new RegExp(`^(${Object.values(OPI_TYPE_LABELS).join("|")})$`)).first().textContent())!;
  const type = Object.entries(OPI_TYPE_LABELS).find(([, l]) => l === label)![0];
  const section = vejvalg.getByRole("region", { name: "Projekter som jeres" });
  await expect(section).toBeVisible();
  const expected = cases.filter((c) => !c.example && c.opiType === type);
  expectProjectsLike(await section.getByRole("article").getByRole("heading").allInnerTexts(), expected, type);
  if (expected.length === 0) await expect(section.getByText(`Guiden har endnu ingen virkelige projekter af typen »${label}«`)).toBeVisible();
}

test.describe("the vejvalg's recommendation lists the real projects of the recommended OPI type", () => {
  test("without JavaScript", async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/vaerktoejer/vejvalg");
    await vejvalgListsProjectsOfItsType(page, request);
    await context.close();
  });

  test("with JavaScript", async ({ page, request }) => {
    await page.goto("/vaerktoejer/vejvalg");
    await expect(page.locator('[data-tool="vejvalg"]')).toHaveAttribute("data-hydrated", "true");
    await vejvalgListsProjectsOfItsType(page, request);
  });
});
