import type { APIRequestContext, Locator, Page } from "@playwright/test";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { VEJVALG_QUESTIONS, type VejvalgAnswers } from "../../lib/planning/vejvalg";

/** The paths of every page in the sitemap, read from the running site itself. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "/").pathname);
}

/**
 * Sends a tool's form once, as the browser would after the reader had filled it: fields are set by name (or added as
 * hidden fields) and the form is submitted with the button `intent`. With JavaScript off in the page the server
 * renders the step that follows, so a test reaches any step without clicking through the ones before it. The
 * planning tools take their whole answer set as `answers` with intent "restore"; a multi-step builder takes
 * `answers` and `step` with intent "next".
 */
export async function postToTool(page: Page, form: Locator, fields: Record<string, string>, intent: string): Promise<void> {
  await Promise.all([
    page.waitForNavigation({ waitUntil: "load" }),
    form.evaluate(
      (element, { fields, intent }) => {
        const form = element as HTMLFormElement;
        for (const [name, value] of Object.entries(fields)) {
          let field = form.elements.namedItem(name) as HTMLInputElement | null;
          if (!field) {
            field = document.createElement("input");
            field.type = "hidden";
            field.name = name;
            form.append(field);
          }
          field.value = value;
        }
        const submit = document.createElement("button");
        submit.type = "submit";
        submit.name = "intent";
        submit.value = intent;
        submit.hidden = true;
        form.append(submit);
        form.requestSubmit(submit);
      },
      { fields, intent },
    ),
  ]);
}

export const LAYOUT_WIDTHS = [320, 375, 768, 1024, 1280, 1920] as const;

/**
 * What a reader would see go wrong at one width, measured in the page: the page scrolling sideways, a form control
 * with something drawn over it (checked at every scroll position, so a sticky box counts), and a field too narrow
 * for the text it holds, measured in the field's own font, when the field could be wider.
 */
export async function layoutProblems(page: Page, { fieldWidths = true }: { fieldWidths?: boolean } = {}): Promise<string[]> {
  return page.evaluate((fieldWidths) => {
    const problems: string[] = [];
    const root = document.documentElement;
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const field = el.getAttribute("name") ? `[name="${el.getAttribute("name")}"]` : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${field}${text ? ` "${text}"` : ""}`;
    };

    if (root.scrollWidth > root.clientWidth) {
      const wide = [...document.body.querySelectorAll("*")].find((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest("[role=region]"));
      problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide in ${root.clientWidth} px${wide ? `, e.g. ${name(wide)}` : ""}`);
    }

    const controls = [...document.querySelectorAll<HTMLElement>("input:not([type=hidden]), select, textarea, button")].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 4 && box.height > 4 && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
    });

    const covered = new Set<string>();
    const height = window.innerHeight;
    const scrollHeight = document.scrollingElement?.scrollHeight ?? root.scrollHeight;
    for (let top = 0; top < scrollHeight; top += Math.floor(height * 0.8)) {
      window.scrollTo(0, top);
      for (const el of controls) {
        const box = el.getBoundingClientRect();
        if (box.bottom < 0 || box.top > height) continue;
        const xs = [0.25, 0.5, 0.75].map((f) => box.left + box.width * f);
        const ys = [0.25, 0.5, 0.75].map((f) => box.top + box.height * f);
        const points = [...xs.map((x) => [x, box.top + box.height / 2]), ...ys.map((y) => [box.left + box.width / 2, y])];
        for (const [x, y] of points) {
          if (x! < 0 || y! < 0 || x! >= window.innerWidth || y! >= height) continue;
          const hit = document.elementFromPoint(x!, y!);
          if (!hit || hit === el || el.contains(hit) || hit.contains(el)) continue;
          covered.add(`${name(el)} is covered by ${name(hit)}`);
          break;
        }
      }
    }
    window.scrollTo(0, 0);
    problems.push(...covered);

    if (fieldWidths) {
      // A long answer need not fit a phone's single line, but a field may not be squeezed: one whose text does not
      // fit must be at least 60 % as wide as the page's content column.
      const column = document.querySelector("main > *") ?? document.body;
      const columnStyle = getComputedStyle(column);
      const columnWidth = column.clientWidth - parseFloat(columnStyle.paddingLeft) - parseFloat(columnStyle.paddingRight);
      const context = document.createElement("canvas").getContext("2d")!;
      for (const el of controls) {
        if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) continue;
        if (el instanceof HTMLInputElement && !["text", "search", "email", "tel", "url", "number"].includes(el.type)) continue;
        const text = el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.text ?? "") : el.value;
        if (!text) continue;
        const style = getComputedStyle(el);
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const needed = context.measureText(text).width;
        // A select draws its arrow inside the box.
        const available = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - (el instanceof HTMLSelectElement ? 24 : 0);
        if (needed > available + 1 && el.offsetWidth < columnWidth * 0.6) {
          problems.push(`${name(el)} is ${Math.round(available)} px wide inside, but "${text}" needs ${Math.round(needed)} px`);
        }
      }
    }
    return problems;
  }, fieldWidths);
}

/**
 * The server's date during the end-to-end tests (SITE_TODAY, set by playwright.config.ts for the server it starts), so
 * what the markedsplads shows is decided by the content's dates and not by the day the tests run.
 */
export const SITE_TODAY = "2027-05-15";

/** Fills the fields every agreement builder asks of a party, found by their labels inside the party's group. */
export async function fillParty(scope: Locator, party: { name: string; cvr: string; address: string; signatoryName: string; signatoryTitle: string }): Promise<void> {
  await scope.getByLabel("Navn", { exact: true }).fill(party.name);
  await scope.getByLabel("CVR-nummer").fill(party.cvr);
  await scope.getByLabel("Adresse").fill(party.address);
  await scope.getByLabel("Navn på den, der skriver under").fill(party.signatoryName);
  await scope.getByLabel("Stilling").fill(party.signatoryTitle);
}

/** The text of a downloaded Word file's main part, without its markup. */
export async function docxPlainText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
}

/** Opens »Fortsæt fra en fil« in a builder and uploads a saved answers file ("Gem svarene som fil") holding these answers. */
export async function resumeFromAnswers(tool: Locator, document: string, answers: unknown): Promise<void> {
  await tool.getByText("Fortsæt fra en fil").click();
  await tool.getByLabel(/Upload et udkast/).setInputFiles({
    name: "svar.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "opi-guiden-svar", answersVersion: 2, document, answers })),
  });
  await tool.getByRole("button", { name: "Hent svarene" }).click();
}

/**
 * From »Tjek dine svar«, opens each step with the first »Ret« button in its part, lets `visit` look at it, and goes on through the later
 * steps back to the review, so every answer is proven still valid. `steps` are the step titles in order.
 */
export async function visitEachStep(tool: Locator, steps: string[], visit: (step: string) => Promise<void>): Promise<void> {
  const heading = (name: string) => tool.getByRole("heading", { name });
  for (const [index, step] of steps.entries()) {
    // The step's part of the summary list is a region named by the step; its first »Ret« opens the step.
    await tool.getByRole("region", { name: step, exact: true }).getByRole("button", { name: /^Ret / }).first().click();
    await heading(`Trin ${index + 1} af ${steps.length}: ${step}`).waitFor();
    await visit(step);
    for (const [later, title] of steps.entries()) {
      if (later <= index) continue;
      await tool.getByRole("button", { name: "Fortsæt" }).click();
      await heading(`Trin ${later + 1} af ${steps.length}: ${title}`).waitFor();
    }
    await tool.getByRole("button", { name: "Tjek dine svar" }).click();
    await heading("Tjek dine svar").waitFor();
  }
}

/**
 * Answers every vejvalg question as a reader would: each question's group by its label, each answer by the label of
 * its option, both read from the questions the page shows, in the order it shows them.
 */
export async function answerVejvalg(tool: Locator, answers: VejvalgAnswers): Promise<void> {
  for (const question of VEJVALG_QUESTIONS) {
    const option = (question.options as readonly { value: string; label: string }[]).find((o) => o.value === answers[question.id]);
    if (!option) throw new Error(`No option ${String(answers[question.id])} for the vejvalg question ${question.id}`);
    await tool.getByRole("group", { name: question.label }).getByLabel(option.label, { exact: true }).check();
  }
}
