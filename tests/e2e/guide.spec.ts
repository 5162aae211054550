import { test, expect, type Page } from "@playwright/test";

async function tabTo(page: Page, name: string | RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const text = (await page.evaluate(() => document.activeElement?.textContent ?? "")).trim();
    if (typeof name === "string" ? text === name : name.test(text)) return;
  }
  throw new Error(`Could not reach "${String(name)}" with Tab`);
}

test("keyboard only: from the home page to the Opstart checklist for companies, ticked and remembered", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, "OPI-processen");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/opi-processen$/);
  await tabTo(page, /Opstart$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/opi-processen\/opstart$/);
  await expect(page.getByText("Trin 2 af 5")).toBeVisible();

  await tabTo(page, "Virksomhed");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/opi-processen\/opstart\?maalgruppe=virksomhed$/);
  const mine = page.getByRole("group", { name: "Tjekliste for virksomheden" });
  await expect(mine).toBeVisible();
  await expect(page.getByRole("group", { name: "Tjekliste for den offentlige part" })).toBeHidden();
  await expect(mine).toHaveAttribute("data-enhanced", "true");

  const firstBox = mine.getByRole("checkbox").first();
  await firstBox.focus();
  await page.keyboard.press("Space");
  await expect(firstBox).toBeChecked();
  await expect(mine.getByText(/^1 af \d+ punkter er krydset af/)).toBeVisible();

  // The tick and the chosen role survive a reload and a visit without the URL parameter.
  await page.goto("/opi-processen/opstart");
  const again = page.getByRole("group", { name: "Tjekliste for virksomheden" });
  await expect(again).toHaveAttribute("data-enhanced", "true");
  await expect(again.getByRole("checkbox").first()).toBeChecked();
  await expect(page.getByRole("group", { name: "Tjekliste for videninstitutionen" })).toBeHidden();
});

test("the chosen role is remembered on a page that ships no framework JavaScript", async ({ page }) => {
  await page.goto("/jura/inhabilitet?maalgruppe=virksomhed");
  await expect(page.getByRole("link", { name: "Virksomhed", exact: true })).toHaveAttribute("aria-current", "true");
  await page.goto("/jura/inhabilitet");
  await expect(page.locator("html")).toHaveAttribute("data-focus-audience", "virksomhed");
  await expect(page.getByRole("link", { name: "Virksomhed", exact: true })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("link", { name: "Alle", exact: true })).not.toHaveAttribute("aria-current", "true");

  await page.getByRole("link", { name: "Alle", exact: true }).click();
  await expect(page).toHaveURL(/maalgruppe=alle/);
  await page.goto("/jura/inhabilitet");
  await expect(page.locator("html")).not.toHaveAttribute("data-focus-audience", /.+/);
});

test("checklists keep their ticks on a page without framework code, and beside a tool without hydration errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));

  await page.goto("/opi-processen/implementering");
  expect(await page.evaluate(() => "__next_f" in self)).toBe(false);
  const list = page.getByRole("group", { name: "Tjekliste for den offentlige part" });
  await expect(list).toHaveAttribute("data-enhanced", "true");
  const boxes = list.getByRole("checkbox");
  await boxes.nth(1).check();
  await expect(list.getByText(/^1 af \d+ punkter er krydset af/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "Tjekliste for den offentlige part" }).getByRole("checkbox").nth(1)).toBeChecked();
  await expect(page.getByRole("group", { name: "Tjekliste for den offentlige part" }).getByRole("checkbox").first()).not.toBeChecked();

  // Opstart also hydrates the partner screening: React must keep the ticks and the count the script wrote.
  await page.goto("/opi-processen/opstart");
  await page.getByRole("group", { name: "Tjekliste for virksomheden" }).getByRole("checkbox").first().check();
  await page.reload();
  await expect(page.locator("[data-tool='partnerscreening'][data-hydrated='true']").first()).toBeAttached();
  const mine = page.getByRole("group", { name: "Tjekliste for virksomheden" });
  await expect(mine.getByRole("checkbox").first()).toBeChecked();
  await expect(mine.getByText(/^1 af \d+ punkter er krydset af/)).toBeVisible();
  expect(errors).toEqual([]);
});

test("a checklist keeps the reader's ticks and says so when the browser cannot store them", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("Lageret er slået fra", "SecurityError");
    };
  });
  await page.goto("/opi-processen/implementering");
  const list = page.getByRole("group", { name: "Tjekliste for virksomheden" });
  await expect(list).toHaveAttribute("data-enhanced", "true");
  const status = list.getByText(/punkter er krydset af/);
  await expect(status).toHaveAttribute("aria-live", "polite");
  await list.getByRole("checkbox").first().check();
  await expect(list.getByRole("checkbox").first()).toBeChecked();
  await expect(status).toHaveText(/^1 af \d+ punkter er krydset af\. Denne browser kan ikke gemme dine kryds\.$/);
});

test.describe("with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  test("the audience switch is a plain link that focuses the page on one role", async ({ page }) => {
    await page.goto("/opi-processen/ide");
    for (const name of ["Tjekliste for den offentlige part", "Tjekliste for virksomheden", "Tjekliste for videninstitutionen"]) {
      await expect(page.getByRole("group", { name })).toBeVisible();
    }
    await page.getByRole("link", { name: "Offentlig", exact: true }).click();
    await expect(page).toHaveURL(/maalgruppe=offentlig/);
    await expect(page.getByRole("group", { name: "Tjekliste for den offentlige part" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Tjekliste for virksomheden" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Offentlig", exact: true })).toHaveAttribute("aria-current", "true");
  });

  test("search returns server-rendered results: inhabilitet finds the legal page first", async ({ page }) => {
    await page.goto("/soeg");
    const form = page.getByRole("main").getByRole("search");
    await form.getByLabel("Søg i guiden").fill("inhabilitet");
    await form.getByRole("button", { name: "Søg" }).click();
    await expect(page).toHaveURL(/\/soeg\?q=inhabilitet$/);
    const results = page.getByRole("region", { name: /resultat/ });
    await expect(results.getByRole("link").first()).toHaveAttribute("href", "/jura/inhabilitet");
  });
});

test("search gives instant results while typing, for an inflected form", async ({ page }) => {
  await page.goto("/soeg");
  await expect(page.locator("[data-hydrated=true]")).toBeVisible();
  await page.getByLabel("Søg i guiden").pressSequentially("inhabil");
  const results = page.getByRole("region", { name: /resultat/ });
  await expect(results.getByRole("link").first()).toHaveAttribute("href", "/jura/inhabilitet");
  await expect(page).toHaveURL(/\?q=inhabil$/);
});

test("the whole guide is on one printable page with every phase and no navigation in print", async ({ page }) => {
  await page.goto("/opi-processen/hele-guiden");
  for (const phase of ["Idé", "Opstart", "Innovation", "Markedsmodning", "Implementering"]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${phase}( –|$)`) })).toBeVisible();
  }
  const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((element) => element.id));
  expect(ids.length).toBe(new Set(ids).size);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hovedmenu" })).toBeHidden();
});
