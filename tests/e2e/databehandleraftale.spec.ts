import { test, expect, type Page, type Locator } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFile } from "node:fs/promises";
import { exampleAnswers } from "../../lib/agreements/examples";
import { pdfText } from "../unit/helpers/documents";
import { answerVejvalg, docxPlainText, fillParty, resumeFromAnswers, visitEachStep } from "./helpers";

const a = exampleAnswers;
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const STEPS = ["Parterne", "Projektet", "Persondata", "Sikkerhed og underdatabehandlere", "Ophør og tvister"];

const builder = (page: Page) => page.locator('[data-builder="databehandleraftale"]');
const next = (tool: Locator) => tool.getByRole("button", { name: /^(Fortsæt|Tjek dine svar)$/ }).click();

async function axe(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${label}: ${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

test.describe("the databehandleraftale with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  test("every step as plain HTML forms, an error that keeps the answers, »Tjek dine svar« and both downloads", async ({ page }) => {
    test.slow();
    await page.goto("/vaerktoejer/databehandleraftale");
    const tool = builder(page);
    await expect(tool.getByTestId("skabelon-status")).toHaveText("Skabelon version 1.0.0 · Ikke gennemgået af en jurist endnu");
    await expect(tool.getByRole("heading", { name: /Trin 1 af 5: Parterne/ })).toBeVisible();
    await fillParty(tool.getByRole("group", { name: "Den offentlige part" }), a.parties.publics[0]!);
    await fillParty(tool.getByRole("group", { name: "Virksomheden" }), a.parties.companies[0]!);
    await next(tool);

    await expect(tool.getByRole("heading", { name: /Trin 2 af 5: Projektet/ })).toBeVisible();
    await tool.getByLabel("Projektets titel").fill(a.project.title);
    await tool.getByLabel("Hvad er formålet med samarbejdet?").fill(a.project.purpose);
    await tool.getByLabel("Startdato").fill(a.project.start);
    await tool.getByLabel("Slutdato").fill(a.project.end);
    await next(tool);

    await expect(tool.getByRole("heading", { name: /Trin 3 af 5: Persondata/ })).toBeVisible();
    const yes = (group: RegExp | string) => tool.getByRole("group", { name: group }).getByLabel("Ja", { exact: true }).check();
    await yes("Behandler I personoplysninger i projektet?");
    await tool.getByRole("group", { name: "Hvem bestemmer, hvad oplysningerne bruges til?" }).getByLabel("Den offentlige part").check();
    await tool.getByLabel("Hvad skal oplysningerne bruges til?").fill(a.data.purposes!);
    await tool.getByLabel("Hvad gør virksomheden med oplysningerne?").fill(a.data.processingNature!);
    await tool.getByLabel("Hvem handler oplysningerne om?").fill(a.data.subjects!);
    await tool.getByLabel("Hvilke personoplysninger?").fill(a.data.dataDescription!);
    await yes(/helbredsoplysninger/);
    // Monitoring is left unanswered: the step comes back with the error, and every other answer stays.
    await tool.getByLabel("Hvor længe behandles og gemmes oplysningerne?").fill(a.data.retention!);
    await next(tool);
    await expect(tool.getByRole("alert").getByRole("link", { name: "Vælg, om løsningen overvåger personer løbende" })).toBeVisible();
    await expect(tool.getByLabel("Hvad gør virksomheden med oplysningerne?")).toHaveValue(a.data.processingNature!);
    await yes("Overvåger løsningen personer løbende?");
    await next(tool);

    await expect(tool.getByRole("heading", { name: /Trin 4 af 5: Sikkerhed og underdatabehandlere/ })).toBeVisible();
    await tool.getByLabel("Hvilke sikkerhedsforanstaltninger bruger databehandleren?").fill(a.processing.securityMeasures);
    await tool.getByLabel("Databehandleren må skifte, men skal varsle").check();
    await tool.getByLabel("Hvor mange dage før en ændring skal den dataansvarlige have besked?").fill("30");
    await tool.getByLabel(/Hvilke underdatabehandlere er godkendt fra start/).fill(a.processing.subProcessors!);
    await tool.getByLabel("Hvor hurtigt skal databehandleren give besked om et brud på sikkerheden?").fill("48");
    await tool.getByLabel("Databehandleren leverer dem tilbage og sletter derefter sine kopier").check();
    await next(tool);

    await expect(tool.getByRole("heading", { name: /Trin 5 af 5: Ophør og tvister/ })).toBeVisible();
    await tool.getByLabel("Ved de danske domstole").check();
    await next(tool);

    await expect(tool.getByRole("heading", { name: "Tjek dine svar" })).toBeVisible();
    await expect(tool.locator("dd", { hasText: "Databehandleren må skifte, men skal varsle" })).toBeVisible();
    const jurist = tool.getByRole("region", { name: "Det skal en jurist se på" });
    await expect(jurist).toContainText("standardkontraktbestemmelser");
    await expect(jurist).toContainText("Lav en konsekvensanalyse");

    const [docx] = await Promise.all([page.waitForEvent("download"), tool.getByRole("button", { name: "Hent som Word (.docx)" }).click()]);
    expect(docx.suggestedFilename()).toBe("Databehandleraftale – Færre fald i eget hjem.docx");
    const text = await docxPlainText(await docx.path());
    for (const expected of ["Ærø Sølund Kommune", "generel, skriftlig godkendelse", "mindst 30 dage før", "senest 48 timer efter", "leverer databehandleren alle personoplysninger", "Bilag 4"]) expect(text).toContain(expected);
    const [pdf] = await Promise.all([page.waitForEvent("download"), tool.getByRole("button", { name: "Hent som PDF" }).click()]);
    expect(pdf.suggestedFilename()).toBe("Databehandleraftale – Færre fald i eget hjem.pdf");
    const pages = (await pdfText(await readFile(await pdf.path()))).join("\n");
    for (const expected of ["Ærø Sølund Kommune", "mindst 30 dage før", "senest 48 timer efter", "Bilag 3. Tekniske og organisatoriske"]) expect(pages).toContain(expected);
  });

  test("resumes from a samarbejdsaftale's answers file and stops when the parties are joint controllers", async ({ page }) => {
    const answers = structuredClone(a);
    answers.data.roles = "faelles";
    await page.goto("/vaerktoejer/databehandleraftale");
    await resumeFromAnswers(builder(page), "samarbejdsaftale", answers);
    const restored = builder(page);
    await expect(restored.getByRole("status")).toContainText("Dine svar er hentet fra svar.json");
    await expect(restored.getByRole("heading", { name: "Tjek dine svar" })).toBeVisible();
    const stop = restored.getByRole("region", { name: "I er fælles dataansvarlige: en databehandleraftale passer ikke" });
    await expect(stop).toContainText("art. 26");
    await expect(stop.getByRole("link")).toHaveAttribute("href", "/jura/persondata");
  });
});

test("axe finds nothing on any step, on an error and on »Tjek dine svar«, with JavaScript on", async ({ page }) => {
  // Nine full axe runs on a long page.
  test.setTimeout(6 * 60_000);
  const violations: string[] = [];
  await page.goto("/vaerktoejer/databehandleraftale");
  const tool = builder(page);
  await expect(tool).toHaveAttribute("data-hydrated", "true");
  await page.evaluate(() => localStorage.clear());
  violations.push(...(await axe(page, "trin 1, tomt")));
  await resumeFromAnswers(tool, "databehandleraftale", a);
  await expect(tool.getByRole("heading", { name: "Tjek dine svar" })).toBeVisible();
  violations.push(...(await axe(page, "Tjek dine svar")));
  await visitEachStep(tool, STEPS, async (step) => {
    violations.push(...(await axe(page, step)));
    if (step !== "Sikkerhed og underdatabehandlere") return;
    // An error: the summary, the field's message and the kept answers must be accessible too.
    const measures = tool.getByLabel("Hvilke sikkerhedsforanstaltninger bruger databehandleren?");
    await measures.fill("");
    await next(tool);
    await expect(tool.getByRole("alert").getByRole("link", { name: "Skriv sikkerhedsforanstaltningerne" })).toBeVisible();
    violations.push(...(await axe(page, `${step} med fejl`)));
    await measures.fill(a.processing.securityMeasures);
  });
  expect(violations, violations.join("\n")).toEqual([]);
});

test.describe("the vejvalg without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a mini-afprøvning with personal data opens the databehandleraftale from its advice", async ({ page }) => {
    await page.goto("/vaerktoejer/vejvalg");
    const vejvalg = page.locator('[data-tool="vejvalg"]');
    await answerVejvalg(vejvalg, {
      need: "klart",
      market: "ja",
      risk: "lav",
      competition: "nej",
      payment: "nej",
      otherValue: "nej",
      purchase: "nej",
      benefit: "alle",
      results: "lidt",
      background: "lidt",
      publication: "ja",
      personalData: "ja",
      scale: "kort",
    });
    await vejvalg.getByRole("button", { name: "Se anbefalingen" }).click();
    const risk = vejvalg.getByRole("listitem").filter({ hasText: "Databehandleraftale før testen." });
    await expect(risk).toContainText("Lav et udkast med guidens databehandleraftale.");
    await risk.getByRole("link", { name: "Åbn værktøjet om databehandleraftale før testen" }).click();
    await expect(page).toHaveURL(/\/vaerktoejer\/databehandleraftale$/);
    await expect(page.getByRole("heading", { level: 1, name: "Databehandleraftale" })).toBeVisible();
  });
});
