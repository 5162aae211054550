import { test, expect, type Page, type Locator } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { answerVejvalg } from "./helpers";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function zipPart(path: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return zip.file(part)!.async("string");
}

const docxText = async (path: string) => (await zipPart(path, "word/document.xml")).replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");

const tool = (page: Page, id: string) => page.locator(`[data-tool="${id}"]`);

/** Tabs to the radio group `name` and picks option `index` with the keyboard alone. */
async function chooseByKeyboard(page: Page, name: string, index: number) {
  for (let presses = 0; presses < 300; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((n) => (document.activeElement as HTMLInputElement | null)?.name === n, name)) break;
  }
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe("radio");
  if (index === 0) await page.keyboard.press("Space");
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
}

async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 300; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("could not reach the element by Tab");
}

// Option index per question in the vejvalg, in the form's order: need klart, market nej, risk middel, competition nej,
// payment delvis, other value nej, purchase senere, benefit virksomhed, results meget, background lidt, publication delvis,
// personal data ja, scale projekt.
const VEJVALG: [string, number][] = [
  ["need", 0],
  ["market", 2],
  ["risk", 1],
  ["competition", 1],
  ["payment", 1],
  ["otherValue", 0],
  ["purchase", 1],
  ["benefit", 3],
  ["results", 0],
  ["background", 1],
  ["publication", 1],
  ["personalData", 0],
  ["scale", 1],
];

test("vejvalg by keyboard alone: errors first, then a reasoned recommendation, a Word file, and a pre-filled samarbejdsaftale", async ({ page }) => {
  // Thirteen questions and a result full of source links take many Tab presses.
  test.setTimeout(120_000);
  await page.goto("/vaerktoejer/vejvalg");
  const vejvalg = tool(page, "vejvalg");
  await expect(vejvalg).toHaveAttribute("data-hydrated", "true");
  await expect(vejvalg.getByRole("heading", { name: "Det går vejvalget ud fra" })).toBeVisible();

  // Answer only the first question, then ask for the recommendation: the summary lists the rest.
  await chooseByKeyboard(page, "need", 0);
  await tabTo(page, vejvalg.getByRole("button", { name: "Se anbefalingen" }));
  await page.keyboard.press("Enter");
  const summary = vejvalg.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveCount(12);
  await expect(summary.getByRole("link", { name: /Vælg, om der findes en løsning på markedet/ })).toBeVisible();
  await expect(vejvalg.getByRole("radio", { name: "Klart", exact: true })).toBeChecked();

  // The answers so far survive a reload.
  await page.reload();
  await expect(tool(page, "vejvalg")).toHaveAttribute("data-hydrated", "true");
  await expect(tool(page, "vejvalg").getByRole("radio", { name: "Klart", exact: true })).toBeChecked();

  await page.locator("body").focus();
  for (const [name, index] of VEJVALG.slice(1)) await chooseByKeyboard(page, name, index);
  await tabTo(page, tool(page, "vejvalg").getByRole("button", { name: "Se anbefalingen" }));
  await page.keyboard.press("Enter");
  const result = tool(page, "vejvalg").getByRole("heading", { name: "Anbefaling" });
  await expect(result).toBeFocused();
  const section = tool(page, "vejvalg").locator("section", { has: page.getByRole("heading", { name: "Anbefaling" }) });
  await expect(section.getByText("Eksplorativ OPI", { exact: true })).toBeVisible();
  await expect(section.getByText("Udbudsfri OPI (undtagelsen i udbudslovens § 22 kan gælde)", { exact: true })).toBeVisible();
  await expect(section.getByText("Virksomheden ejer resultaterne mod markedspris", { exact: true })).toBeVisible();
  await expect(section.getByRole("heading", { name: "Hvorfor?" })).toBeVisible();
  // The rule's reasons, the answers it rests on and its primary sources.
  const why = section.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Vejen:/ }) });
  await expect(why).toContainText("Undtagelsen gælder kun egentlig forskning og udvikling med de CPV-koder, § 22 nævner.");
  await expect(why.getByRole("listitem").filter({ hasText: "Betaler den offentlige part virksomheden for udviklingen?" })).toContainText("Delvis");
  await expect(why.getByRole("link", { name: "Udbudsloven § 22 (forsknings- og udviklingsydelser)" })).toHaveAttribute("href", /^https:\/\/www\.retsinformation\.dk\//);
  await expect(why).toContainText("lov nr. 1564 af 15. december 2015 med senere ændringer, § 22, nr. 1 og 2");
  await expect(section.getByRole("link", { name: /^Læs mere/ }).first()).toHaveAttribute("href", /^\/jura\//);
  await expect(section.locator("[data-legal-review]")).toHaveText("Ikke gennemgået af en jurist endnu.");
  await expect(tool(page, "vejvalg").getByRole("region", { name: "Det går vejvalget ud fra" }).locator("[data-legal-review]")).toHaveText("Ikke gennemgået af en jurist endnu.");
  await expectNoAxeViolations(page);

  await tabTo(page, section.getByRole("button", { name: "Hent som Word (.docx)" }));
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toBe("Begrundelse og risici.docx");
  const text = await docxText((await download.path())!);
  expect(text).toContain("Eksplorativ OPI");
  expect(text).toContain("Statsstøtte og hjemmel");
  expect(text).toContain("Ikke gennemgået af en jurist endnu");
  expect(text).toContain("CELEX 52022XC1028(03)");

  await tabTo(page, section.getByRole("link", { name: "Brug svarene i samarbejdsaftalen" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/vaerktoejer\/samarbejdsaftale\/fra-vejvalg\?behov=klart&marked=nej&betaling=delvis&anden-vaerdi=nej&koeb=senere&gavn=virksomhed&risiko=middel&konkurrence=nej&resultater=meget&baggrund=lidt&offentliggoerelse=delvis&persondata=ja&omfang=projekt$/);
  const status = page.getByRole("status").filter({ hasText: "Dine svar fra vejvalget" });
  await expect(status.getByRole("listitem").filter({ hasText: "Hvem skal have udbyttet af udviklingen?" })).toContainText("Du svarede Virksomheden, som vil sælge løsningen. Vejvalget anbefaler derfor: Virksomheden ejer resultaterne.");
  await expect(status.getByRole("listitem").filter({ hasText: "Betaler den offentlige part" })).toContainText("Du svarede Delvis.");
  const builder = page.locator('[data-builder="samarbejdsaftale"]');
  await expect(builder).toHaveAttribute("data-hydrated", "true");
  const answers = JSON.parse(await builder.locator('input[name="answers"]').first().inputValue());
  expect(answers).toMatchObject({ money: { publicPays: "delvis" }, rights: { model: "virksomhed-ejer" }, procurement: { laterTender: true }, data: { personalData: true } });
});

test.describe("with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  test("behovsscreening: errors keep every answer, a second need is added, and the spreadsheet ranks them", async ({ page }) => {
    await page.goto("/opi-processen/ide");
    const screening = tool(page, "behovsscreening");
    const first = screening.getByRole("group", { name: "Behov 1" });
    await first.getByLabel("Kort titel").fill("Færre fald");
    await first.getByLabel("Hvad er behovet?").fill("Ældre falder i eget hjem");
    await screening.getByRole("button", { name: "Sammenlign behovene" }).click();
    await expect(tool(page, "behovsscreening").getByRole("alert")).toContainText("Skriv, hvem målgruppen er");
    const again = tool(page, "behovsscreening").getByRole("group", { name: "Behov 1" });
    await expect(again.getByLabel("Kort titel")).toHaveValue("Færre fald");
    await expect(again.getByLabel("Hvad er behovet?")).toHaveValue("Ældre falder i eget hjem");

    await again.getByLabel("Hvem er målgruppen?").fill("Ældre over 75");
    await again.getByRole("group", { name: "Findes der løsninger i dag?" }).getByLabel("Nej, ikke så vidt vi ved").check();
    for (const area of ["Teknologi", "Strategi", "Organisation", "Forretningsudvikling", "Markedsudvikling"]) await again.getByRole("group", { name: area }).getByLabel("3 – middel").check();
    await tool(page, "behovsscreening").getByRole("button", { name: "Tilføj et behov" }).click();
    const second = tool(page, "behovsscreening").getByRole("group", { name: "Behov 2" });
    await expect(tool(page, "behovsscreening").getByRole("group", { name: "Behov 1" }).getByLabel("Hvem er målgruppen?")).toHaveValue("Ældre over 75");
    await second.getByLabel("Kort titel").fill("Bedre søvn");
    await second.getByLabel("Hvad er behovet?").fill("Beboere sover dårligt");
    await second.getByLabel("Hvem er målgruppen?").fill("Beboere på plejecentre");
    await second.getByRole("group", { name: "Findes der løsninger i dag?" }).getByLabel("Ved ikke").check();
    for (const area of ["Teknologi", "Strategi", "Organisation", "Forretningsudvikling", "Markedsudvikling"]) await second.getByRole("group", { name: area }).getByLabel("5 – meget stort").check();
    await tool(page, "behovsscreening").getByRole("button", { name: "Sammenlign behovene" }).click();

    const result = tool(page, "behovsscreening").locator("section", { has: page.getByRole("heading", { name: "Prioriteret oversigt" }) });
    await expect(result.getByRole("listitem").first()).toContainText("Bedre søvn: 25 af 25 point");
    await expect(result.getByRole("table", { name: "Behovene side om side" }).getByRole("columnheader", { name: "2. Færre fald" })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), result.getByRole("button", { name: "Hent som regneark (.xlsx)" }).click()]);
    const strings = await zipPart((await download.path())!, "xl/sharedStrings.xml");
    expect(strings.indexOf("Bedre søvn")).toBeLessThan(strings.indexOf("Færre fald"));
    expect(strings).toContain("Ældre over 75");
  });

  test("partnerscreening on the Opstart page: the overview and the CSV hold every partner", async ({ page }) => {
    await page.goto("/opi-processen/opstart");
    const screening = tool(page, "partnerscreening");
    await screening.getByLabel("Hvad er jeres fælles mål?").fill("Færre fald hos ældre");
    const first = screening.getByRole("group", { name: /^Partner 1/ });
    await first.getByLabel("Navn").fill("Æblerød Kommune");
    await first.getByLabel("Type").selectOption("offentlig");
    await first.getByLabel("Kendt partner").check();
    await first.getByLabel("Hvad bidrager partneren med?").fill("Adgang til hjemmeplejen");
    await screening.getByRole("button", { name: "Tilføj en partner" }).click();
    const second = tool(page, "partnerscreening").getByRole("group", { name: /^Partner 2/ });
    await second.getByLabel("Navn").fill("En virksomhed med sensorer");
    await second.getByLabel("Type").selectOption("virksomhed");
    await second.getByLabel("Ønsket partner").check();
    await second.getByLabel("Hvad bidrager partneren med?").fill("Sensorer og data");
    await tool(page, "partnerscreening").getByRole("button", { name: "Lav oversigten" }).click();
    const table = tool(page, "partnerscreening").getByRole("table", { name: "Partnere" });
    await expect(table.getByRole("rowheader", { name: "Æblerød Kommune" })).toBeVisible();
    await expect(table.getByRole("row", { name: /En virksomhed med sensorer Virksomhed Ønsket partner/ })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), tool(page, "partnerscreening").getByRole("button", { name: "Hent som CSV" }).click()]);
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\ufeff/, "");
    expect(csv.split("\r\n")[1]).toBe("Æblerød Kommune;Offentlig part;Kendt partner;Adgang til hjemmeplejen;;");
  });

  test("business case: the period follows the reader, the chart has a text alternative, and the spreadsheet holds the figures", async ({ page }) => {
    await page.goto("/vaerktoejer/business-case");
    const bc = tool(page, "business-case");
    await bc.getByLabel("Projektets navn").fill("Faldsensorer");
    await bc.getByLabel("Hvor mange år dækker business casen?").selectOption("2");
    await bc.getByRole("button", { name: "Opdater antal år" }).click();
    const table = tool(page, "business-case").getByRole("table", { name: "Omkostninger og gevinster i kroner pr. år" });
    await expect(table.getByRole("columnheader", { name: "År 2" })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "År 3" })).toHaveCount(0);
    await expect(tool(page, "business-case").getByLabel("Projektets navn")).toHaveValue("Faldsensorer");
    await table.getByLabel("Effektivitet for den offentlige part, omkostninger, år 1").fill("mange");
    await tool(page, "business-case").getByRole("button", { name: "Beregn" }).click();
    await expect(tool(page, "business-case").getByRole("alert")).toContainText("Effektivitet for den offentlige part, omkostninger, år 1: skriv et beløb i hele kroner");
    await expect(tool(page, "business-case").getByLabel("Effektivitet for den offentlige part, omkostninger, år 1")).toHaveValue("mange");
    await tool(page, "business-case").getByLabel("Effektivitet for den offentlige part, omkostninger, år 1").fill("200.000");
    await tool(page, "business-case").getByLabel("Effektivitet for den offentlige part, gevinster, år 2").fill("300000");
    await tool(page, "business-case").getByRole("button", { name: "Beregn" }).click();
    const result = tool(page, "business-case").locator("section", { has: page.getByRole("heading", { name: "Resultat" }) });
    await expect(result).toContainText("Investeringen er tjent hjem i år 2.");
    await expect(result.getByRole("img")).toHaveAccessibleName(/.+/);
    await expect(result.getByRole("img")).toHaveAccessibleDescription(/år 1 −200\.000 kr\./i);
    const [download] = await Promise.all([page.waitForEvent("download"), result.getByRole("button", { name: "Hent som regneark (.xlsx)" }).click()]);
    const sheet = await zipPart((await download.path())!, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain("<v>200000</v>");
    expect(sheet).toContain("<v>300000</v>");
    expect(sheet).toContain("<f>");
  });

  test("vejvalg without JavaScript: »Ved ikke« leads to »Afklar først« with its reasons and sources, known answers to a pre-filled builder", async ({ page }) => {
    await page.goto("/vaerktoejer/vejvalg");
    await answerVejvalg(tool(page, "vejvalg"), {
      need: "klart",
      market: "nej",
      risk: "middel",
      competition: "nej",
      payment: "ved-ikke",
      otherValue: "nej",
      purchase: "nej",
      benefit: "alle",
      results: "lidt",
      background: "lidt",
      publication: "ja",
      personalData: "nej",
      scale: "projekt",
    });
    await tool(page, "vejvalg").getByRole("button", { name: "Se anbefalingen" }).click();
    // The answer opens at the recommendation, not at the top of the questions.
    await expect(page).toHaveURL(/#vejvalg-svar$/);
    await expect(tool(page, "vejvalg").getByRole("heading", { name: "Anbefaling" })).toBeInViewport();
    let section = tool(page, "vejvalg").locator("section", { has: page.getByRole("heading", { name: "Anbefaling" }) });
    await expect(section.getByText("Afklar først – kontakt en jurist.", { exact: true })).toBeVisible();
    await expect(section.getByText("Foreløbigt resultat.")).toBeVisible();
    const findOut = section.getByRole("heading", { name: "Afklar først", exact: true }).locator("xpath=following-sibling::ul[1]");
    await expect(findOut).toContainText("Afklar, om den offentlige part skal betale virksomheden.");
    await expect(section).not.toContainText("gensidigt bebyrdende, og udbudsreglerne gælder ikke");
    await expect(section.getByRole("link", { name: "Hvornår er en aftale gensidigt bebyrdende?" })).toHaveAttribute("href", /^https:\/\/www\.kfst\.dk\//);
    await expect(section.getByRole("link", { name: "Brug svarene i samarbejdsaftalen" })).toHaveCount(0);

    // The reader's answers survive, and a known payment gives a route and the link to the builder.
    await expect(tool(page, "vejvalg").getByRole("group", { name: "Hvem skal have udbyttet af udviklingen?" }).getByLabel("Alle", { exact: true })).toBeChecked();
    await tool(page, "vejvalg").getByRole("group", { name: "Betaler den offentlige part virksomheden for udviklingen?" }).getByLabel("Nej", { exact: true }).check();
    await tool(page, "vejvalg").getByRole("button", { name: "Se anbefalingen" }).click();
    section = tool(page, "vejvalg").locator("section", { has: page.getByRole("heading", { name: "Anbefaling" }) });
    await expect(section.getByText("Udbudsfri OPI (aftalen er som udgangspunkt ikke gensidigt bebyrdende)", { exact: true })).toBeVisible();
    await expect(section.getByText("Fuld åbenhed", { exact: true })).toBeVisible();
    await section.getByRole("link", { name: "Brug svarene i samarbejdsaftalen" }).click();
    await expect(page).toHaveURL(/fra-vejvalg\?behov=klart&marked=nej&betaling=nej&anden-vaerdi=nej&koeb=nej&gavn=alle&risiko=middel&konkurrence=nej&resultater=lidt&baggrund=lidt&offentliggoerelse=ja&persondata=nej&omfang=projekt$/);
    const answers = JSON.parse(await page.locator('[data-builder="samarbejdsaftale"] input[name="answers"]').first().inputValue());
    // The builder's own answers the vejvalg settles, and all thirteen vejvalg answers as the reader gave them, for the læsevejledning.
    const given = { need: "klart", market: "nej", payment: "nej", otherValue: "nej", purchase: "nej", benefit: "alle", risk: "middel", competition: "nej", results: "lidt", background: "lidt", publication: "ja", personalData: "nej", scale: "projekt" };
    expect(answers).toEqual({ money: { publicPays: "nej" }, rights: { model: "fuld-aabenhed" }, procurement: { laterTender: false }, data: { personalData: false }, vejvalg: given });
    await expect(page.getByRole("status").filter({ hasText: "Dine svar fra vejvalget" }).getByRole("listitem")).toHaveCount(4);
    await expect(page.getByRole("status").filter({ hasText: "Dine svar fra vejvalget" })).toContainText("Læsevejledningen sidst i aftalen viser vejvalgets anbefaling, begrundelsen og kilderne.");

    // A link whose answers do not lead to the samarbejdsaftale says so, and fills in no rights model.
    await page.goto("/vaerktoejer/samarbejdsaftale/fra-vejvalg?behov=klart&marked=nej&betaling=fuldt&anden-vaerdi=nej&koeb=senere&gavn=virksomhed&risiko=middel&konkurrence=nej&resultater=meget&baggrund=lidt&offentliggoerelse=delvis&persondata=nej&omfang=projekt");
    await expect(page.getByRole("status").filter({ hasText: "Dine svar fra vejvalget" })).toContainText("Bemærk: For disse svar anbefaler vejvalget ikke samarbejdsaftalen. Vejen er: Afklar først – kontakt en jurist.");
    const carried = JSON.parse(await page.locator('[data-builder="samarbejdsaftale"] input[name="answers"]').first().inputValue());
    expect(carried).toEqual({
      money: { publicPays: "fuldt" },
      procurement: { laterTender: true },
      data: { personalData: false },
      vejvalg: { need: "klart", market: "nej", payment: "fuldt", otherValue: "nej", purchase: "senere", benefit: "virksomhed", risk: "middel", competition: "nej", results: "meget", background: "lidt", publication: "delvis", personalData: "nej", scale: "projekt" },
    });
  });
});

test("the vejvalg gives the same advice with and without JavaScript", async ({ browser }) => {
  const answers: Record<string, string> = { need: "uklart", market: "tilpasses", risk: "hoej", competition: "nej", payment: "fuldt", otherValue: "nej", purchase: "ved-ikke", benefit: "deles", results: "meget", background: "meget", publication: "nej", personalData: "ved-ikke", scale: "strategisk" };
  const texts: string[] = [];
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/vaerktoejer/vejvalg");
    if (javaScriptEnabled) await expect(tool(page, "vejvalg")).toHaveAttribute("data-hydrated", "true");
    for (const [name, value] of Object.entries(answers)) await tool(page, "vejvalg").locator(`input[name="${name}"][value="${value}"]`).check();
    await tool(page, "vejvalg").getByRole("button", { name: "Se anbefalingen" }).click();
    const section = tool(page, "vejvalg").locator('section[aria-labelledby="vejvalg-resultat"]');
    await expect(section).toHaveAttribute("data-route", "dialog");
    texts.push(await section.locator("[data-advice]").innerText());
    await context.close();
  }
  expect(texts[0]).toContain("Udbud med forhandling eller konkurrencepræget dialog");
  expect(texts[0]).toContain("Strategisk samarbejde");
  expect(texts[1]).toBe(texts[0]);
});

test("axe finds nothing in the vejvalg's »Afklar først« result, with its reasons, sources and risks", async ({ page }) => {
  await page.goto("/vaerktoejer/vejvalg");
  await expect(tool(page, "vejvalg")).toHaveAttribute("data-hydrated", "true");
  const afklar: Record<string, string> = { need: "klart", market: "nej", risk: "middel", competition: "nej", payment: "fuldt", otherValue: "nej", purchase: "senere", benefit: "virksomhed", results: "meget", background: "lidt", publication: "nej", personalData: "ja", scale: "projekt" };
  for (const [name, value] of Object.entries(afklar)) await tool(page, "vejvalg").locator(`input[name="${name}"][value="${value}"]`).check();
  await tool(page, "vejvalg").getByRole("button", { name: "Se anbefalingen" }).click();
  await expect(tool(page, "vejvalg").getByRole("heading", { name: "Anbefaling" })).toBeFocused();
  await expect(tool(page, "vejvalg").locator('section[aria-labelledby="vejvalg-resultat"]')).toHaveAttribute("data-route", "afklar");
  await expectNoAxeViolations(page);
});

test("axe finds nothing in the tools' error and result states", async ({ page }) => {

  await page.goto("/vaerktoejer/behovsscreening");
  await expect(tool(page, "behovsscreening")).toHaveAttribute("data-hydrated", "true");
  await tool(page, "behovsscreening").getByRole("button", { name: "Tilføj et behov" }).click();
  await expect(tool(page, "behovsscreening").getByRole("group", { name: "Behov 2" })).toBeVisible();
  await tool(page, "behovsscreening").getByRole("button", { name: "Sammenlign behovene" }).click();
  await expect(tool(page, "behovsscreening").getByRole("alert")).toBeFocused();
  await expectNoAxeViolations(page);

  await page.goto("/vaerktoejer/partnerscreening");
  await expect(tool(page, "partnerscreening")).toHaveAttribute("data-hydrated", "true");
  await tool(page, "partnerscreening").getByRole("button", { name: "Lav oversigten" }).click();
  await expect(tool(page, "partnerscreening").getByRole("alert")).toBeFocused();
  await expectNoAxeViolations(page);

  await page.goto("/vaerktoejer/business-case");
  const bc = tool(page, "business-case");
  await expect(bc).toHaveAttribute("data-hydrated", "true");
  await bc.getByLabel("Projektets navn").fill("Test");
  await bc.getByLabel("Effektivitet for den offentlige part, omkostninger, år 1").fill("100000");
  await bc.getByLabel("Effektivitet for den offentlige part, gevinster, år 2").fill("40000");
  await bc.getByRole("button", { name: "Beregn" }).click();
  await expect(bc.getByRole("heading", { name: "Resultat" })).toBeFocused();
  await expectNoAxeViolations(page);
  // After the first result the figures follow the inputs live.
  await bc.getByLabel("Effektivitet for den offentlige part, gevinster, år 3").fill("90000");
  await expect(bc.locator("section", { has: page.getByRole("heading", { name: "Resultat" }) })).toContainText("Investeringen er tjent hjem i år 3.");
});

test("business case and partnerscreening by keyboard alone", async ({ page }) => {
  await page.goto("/vaerktoejer/business-case");
  const bc = tool(page, "business-case");
  await expect(bc).toHaveAttribute("data-hydrated", "true");
  await tabTo(page, bc.getByLabel("Projektets navn"));
  await page.keyboard.type("Tastatur");
  await tabTo(page, bc.getByLabel("Effektivitet for den offentlige part, omkostninger, år 1"));
  await page.keyboard.type("100000");
  await tabTo(page, bc.getByLabel("Effektivitet for den offentlige part, gevinster, år 2"));
  await page.keyboard.type("150000");
  await tabTo(page, bc.getByRole("button", { name: "Beregn" }));
  await page.keyboard.press("Enter");
  await expect(bc.getByRole("heading", { name: "Resultat" })).toBeFocused();
  await expect(bc.locator("section", { has: page.getByRole("heading", { name: "Resultat" }) })).toContainText("Investeringen er tjent hjem i år 2.");

  await page.goto("/vaerktoejer/partnerscreening");
  const ps = tool(page, "partnerscreening");
  await expect(ps).toHaveAttribute("data-hydrated", "true");
  await tabTo(page, ps.getByLabel("Hvad er jeres fælles mål?"));
  await page.keyboard.type("Færre fald");
  await tabTo(page, ps.getByLabel("Navn", { exact: true }));
  await page.keyboard.type("Æblerød Kommune");
  await tabTo(page, ps.getByLabel("Type"));
  await page.keyboard.press("ArrowDown");
  await chooseByKeyboard(page, "partners.0.status", 0);
  await tabTo(page, ps.getByLabel("Hvad bidrager partneren med?"));
  await page.keyboard.type("Adgang til borgere");
  await tabTo(page, ps.getByRole("button", { name: "Lav oversigten" }));
  await page.keyboard.press("Enter");
  await expect(ps.getByRole("heading", { name: "Oversigt over partnere" })).toBeFocused();
  await expect(ps.getByRole("table", { name: "Partnere" }).getByRole("rowheader", { name: "Æblerød Kommune" })).toBeVisible();
});
