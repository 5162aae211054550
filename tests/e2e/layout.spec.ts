import { test, expect, type Page } from "@playwright/test";
import { LAYOUT_WIDTHS, layoutProblems, postToTool } from "./helpers";
import { PLANNING_ANSWERS } from "../fixtures/planning/answers";
import { exampleAnswers } from "../../lib/agreements/examples";
import { DOCUMENTS, DOCUMENT_IDS } from "../../lib/agreements/steps";

/** One page of each type the guide has. */
const PAGE_TYPES: { type: string; path: string }[] = [
  { type: "forside", path: "/" },
  { type: "afsnit", path: "/vaerktoejer" },
  { type: "fase med værktøj", path: "/opi-processen/opstart" },
  { type: "jura", path: "/jura/inhabilitet" },
  { type: "ordliste", path: "/ordliste" },
  { type: "hele guiden", path: "/opi-processen/hele-guiden" },
  { type: "søgning", path: "/soeg?q=udbud" },
  { type: "case-katalog", path: "/cases" },
  { type: "case", path: "/cases/innovationspartnerskab-om-dehydrering-hos-aeldre" },
  { type: "markedsplads", path: "/markedsplads" },
  { type: "redaktørformular", path: "/cases/indsend" },
  { type: "værktøjsside", path: "/vaerktoejer/business-case" },
  { type: "aftaleværktøj, første trin", path: "/vaerktoejer/samarbejdsaftale" },
  { type: "side, der ikke findes", path: "/findes-ikke" },
];

/** Every width, one after the other on the loaded page: media queries apply on resize, so no reload is needed. */
async function problemsAtEveryWidth(page: Page, label: string, options?: { fieldWidths?: boolean }): Promise<string[]> {
  const problems: string[] = [];
  for (const width of LAYOUT_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const problem of await layoutProblems(page, options)) problems.push(`${label} at ${width} px: ${problem}`);
  }
  return problems;
}

test("no page type scrolls sideways, hides a form control under something or has a field too narrow for its text, from 320 to 1920 px", async ({ page }) => {
  test.setTimeout(5 * 60_000);
  const problems: string[] = [];
  for (const { type, path } of PAGE_TYPES) {
    await page.goto(path);
    problems.push(...(await problemsAtEveryWidth(page, `${type} (${path})`)));
  }
  expect(problems, problems.join("\n")).toEqual([]);
});

test.describe("tool steps, reached by posting filled-in answers", () => {
  test.use({ javaScriptEnabled: false });

  for (const tool of ["behovsscreening", "partnerscreening", "business-case"] as const) {
    test(`${tool}: the result with long answers fits from 320 to 1920 px`, async ({ page }) => {
      await page.goto(`/vaerktoejer/${tool}`);
      const form = page.locator(`[data-tool="${tool}"] form`).first();
      await postToTool(page, form, { tool, answers: JSON.stringify(PLANNING_ANSWERS[tool]) }, "restore");
      // The answers came back filled in, and the tool shows its result.
      await expect(page.locator(`[data-tool="${tool}"]`).getByText("Dine svar fra sidst er hentet frem")).toBeVisible();
      const problems = await problemsAtEveryWidth(page, tool);
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});

/** Answers that open every field a builder can show: paid development, two public parties and a knowledge institution. */
const BUILDER_ANSWERS = (() => {
  const answers = structuredClone(exampleAnswers);
  answers.money = { ...answers.money, publicPays: "delvis", price: 400000, paymentPlan: "Prototype godkendt: 200.000 kr., 1. maj 2027\nTest afsluttet: 200.000 kr., 1. november 2027", paymentSplit: "Halvdelen hver" };
  answers.parties.publics.push({ ...answers.parties.publics[0]!, name: "Region Østdanmark – Center for Sundhedsinnovation og Velfærdsteknologi", cvr: "12345682", ean: "5798000000018" });
  answers.parties.hasKnowledgeInstitution = true;
  answers.parties.knowledge = { ...answers.parties.publics[0]!, name: "Syddansk Forskningsinstitut for Ældre", cvr: "12345690", ean: undefined };
  answers.parties.knowledgeType = "offentlig-forskning";
  return answers;
})();

/** The builder's form, or on »Tjek dine svar« its summary, is at least as wide as a phone leaves room for, and never narrow on a wide screen. */
async function formColumnProblems(page: Page, document: string): Promise<string[]> {
  return page.evaluate((document) => {
    const column = document === "" ? null : window.document.querySelector<HTMLElement>(`[data-builder="${document}"] form, [data-builder="${document}"] dl`);
    if (!column) return ["the builder has neither a form nor a summary list"];
    const width = column.getBoundingClientRect().width;
    const least = Math.min(480, window.innerWidth - 80);
    return width + 0.5 < least ? [`the form column is ${Math.round(width)} px wide, less than ${least} px`] : [];
  }, document);
}

test.describe("agreement builders, every step and »Tjek dine svar«, reached by posting the answers", () => {
  test.use({ javaScriptEnabled: false });

  for (const document of DOCUMENT_IDS) {
    test(`${document}: every step fits from 320 to 1920 px, with a form column wide enough to answer in`, async ({ page }) => {
      test.setTimeout(4 * 60_000);
      const steps = DOCUMENTS[document].steps.length;
      const problems: string[] = [];
      for (let step = 0; step <= steps; step++) {
        await page.goto(`/vaerktoejer/${document}`);
        // Sent from »Tjek dine svar« (step = steps), so no step's empty fields are read over the answers.
        await postToTool(page, page.locator(`[data-builder="${document}"] form`).first(), { document, step: String(steps), answers: JSON.stringify(BUILDER_ANSWERS) }, `goto:${step}`);
        const label = step === steps ? "Tjek dine svar" : `trin ${step + 1}`;
        await expect(page.locator(`[data-builder="${document}"]`).getByRole("heading", { level: 2 })).toHaveText(step === steps ? "Tjek dine svar" : new RegExp(`^Trin ${step + 1} af ${steps}: `));
        for (const width of LAYOUT_WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          for (const problem of [...(await layoutProblems(page)), ...(await formColumnProblems(page, document))]) problems.push(`${document}, ${label}, at ${width} px: ${problem}`);
        }
      }
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});

test("the layout check catches what it looks for: a page wider than the screen, a covered field and a field too narrow", async ({ page }) => {
  await page.goto("/vaerktoejer/business-case");
  await page.setViewportSize({ width: 375, height: 900 });
  expect(await layoutProblems(page)).toEqual([]);
  await page.evaluate(() => {
    const wide = document.createElement("div");
    wide.style.width = "500px";
    wide.textContent = "for bred";
    document.querySelector("main")!.append(wide);
    const field = document.querySelector<HTMLInputElement>("input[name='title']")!;
    field.value = "Et projektnavn, der er alt for langt til at stå i et felt af den bredde";
    field.style.width = "80px";
    const cover = document.createElement("div");
    cover.style.cssText = "position:absolute;inset:0;z-index:10;background:rgba(0,0,0,.1)";
    field.parentElement!.style.position = "relative";
    field.parentElement!.append(cover);
  });
  const problems = await layoutProblems(page);
  expect(problems.some((p) => p.startsWith("the page scrolls sideways"))).toBe(true);
  expect(problems.some((p) => /input#.*\[name="title"\] is covered by div/.test(p))).toBe(true);
  expect(problems.some((p) => /\[name="title"\] is \d+ px wide inside, but "Et projektnavn/.test(p))).toBe(true);
});
