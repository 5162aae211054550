import { test, expect, type Page } from "@playwright/test";

/** The links of the error summary, as the reader sees them. */
const summaryLinks = (page: Page) => page.getByRole("alert").getByRole("link").allTextContents();

/** Words of the content files that a reader of the editor forms must never see. */
const DEVELOPER_WORDS = /content\/README|example:|published|source|Tilladte værdier|Vælg en af:|aeldrepleje|frontmatter/;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the editor forms sent empty, with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("Indsend en case asks for each field by its label, and each link reaches its field", async ({ page }) => {
      await page.goto("/cases/indsend");
      await page.getByRole("button", { name: "Lav filen" }).click();
      await expect(page.getByRole("alert").getByRole("heading", { name: "Der er et problem" })).toBeVisible();
      const links = await summaryLinks(page);
      expect(links).toEqual([
        "Skriv en titel",
        "Skriv et resumé",
        "Skriv mindst én kilde som titel | https://adresse. Handler casen ikke om et virkeligt projekt, så sæt kryds ved »Casen er et opdigtet eksempel«",
        "Vælg mindst én fase",
        "Vælg mindst én målgruppe",
        "Vælg et område",
        "Vælg en OPI-type",
        "Vælg en status",
        "Skriv mindst én offentlig part",
        "Skriv fortællingen",
      ]);
      for (const link of links) expect(link).not.toMatch(DEVELOPER_WORDS);
      await page.getByRole("alert").getByRole("link", { name: "Vælg et område" }).click();
      await expect(page).toHaveURL(/#e-area$/);
      await expect(page.getByLabel("Område")).toHaveAccessibleDescription(/Vælg et område/);
    });

    test("Opret et opslag asks for each field by its label, and a missing contact lands on the contact field", async ({ page }) => {
      await page.goto("/markedsplads/opret");
      await page.getByRole("button", { name: "Lav filen" }).click();
      await expect(page.getByRole("alert").getByRole("heading", { name: "Der er et problem" })).toBeVisible();
      const links = await summaryLinks(page);
      expect(links).toEqual([
        "Vælg en type",
        "Skriv en titel",
        "Skriv et resumé",
        "Skriv navnet på organisationen",
        "Vælg et område",
        "Vælg mindst én fase",
        "Skriv den sidste dag, opslaget skal vises",
        "Skriv en kontaktperson eller en enhed",
        "Skriv en beskrivelse",
      ]);
      for (const link of links) expect(link).not.toMatch(DEVELOPER_WORDS);
      await page.getByRole("alert").getByRole("link", { name: "Skriv en kontaktperson eller en enhed" }).click();
      await expect(page).toHaveURL(/#e-contactName$/);
      await expect(page.getByLabel("Kontaktperson eller enhed")).toHaveAccessibleDescription(/Skriv en kontaktperson eller en enhed/);
    });
  });
}

test("Opret et opslag makes the file from the type the reader chose, and offers git only, saying why", async ({ page }) => {
  await page.goto("/markedsplads/opret");
  await page.getByLabel("Type").selectOption("behov");
  await page.getByLabel("Titel").fill("Sensor der opdager fald");
  await page.getByLabel("Resumé").fill("Vi leder efter løsninger, der kan opdage fald i eget hjem uden kamera.");
  await page.getByLabel("Organisation").fill("Eksempelkommune");
  await page.getByLabel("Område").selectOption("aeldrepleje");
  await page.getByRole("group", { name: "Faser" }).getByLabel("Idé").check();
  await page.getByLabel("Vises til og med").fill("2027-06-30");
  await page.getByLabel("Kontaktperson eller enhed").fill("Innovationsenheden");
  await page.getByLabel("E-mail").fill("innovation@eksempel.dk");
  await page.getByLabel("Opslaget er et eksempel").check();
  await page.getByLabel("Beskrivelse").fill("Skriv til os, hvis I har en løsning.");
  await page.getByRole("button", { name: "Lav filen" }).click();
  const ready = page.getByRole("region", { name: "Filen er klar: sensor-der-opdager-fald.mdx" });
  await expect(ready).toBeVisible();
  await expect(page.getByLabel("Filens indhold")).toHaveValue(/kind: behov/);
  await expect(ready).toContainText("Du kan indtil videre kun sende opslaget med git");
  await expect(ready.getByRole("link")).toHaveText(["Åbn en ny fil i kildekoden"]);
});
