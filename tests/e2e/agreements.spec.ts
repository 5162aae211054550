import { test, expect, type Page, type Locator } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { exampleAnswers } from "../../lib/agreements/examples";
import { pdfText } from "../unit/helpers/documents";
import { docxPlainText as docxText, fillParty } from "./helpers";

const a = exampleAnswers;

function builder(page: Page, document: string) {
  return page.locator(`[data-builder="${document}"]`);
}

async function next(tool: Locator) {
  await tool.getByRole("button", { name: /^(Fortsæt|Tjek dine svar)$/ }).click();
}

async function fillHensigtserklaering(page: Page, tool: Locator) {
  await fillParty(tool.getByRole("group", { name: "Den offentlige part" }), a.parties.publics[0]!);
  await fillParty(tool.getByRole("group", { name: "Virksomheden" }), a.parties.companies[0]!);
  await next(tool);
  await expect(tool.getByRole("heading", { name: /Trin 2 af 4: Projektet/ })).toBeVisible();
  await tool.getByLabel("Projektets titel").fill(a.project.title);
  await tool.getByLabel("Hvilket behov skal projektet løse?").fill(a.project.need);
  await tool.getByLabel("Hvad er formålet med samarbejdet?").fill(a.project.purpose);
  await tool.getByLabel("Startdato").fill(a.project.start);
  await tool.getByLabel("Slutdato").fill(a.project.end);
  await next(tool);
  await tool.getByLabel("Hvad er de næste skridt?").fill(a.intent.nextSteps);
  await tool.getByLabel("Hvornår udløber hensigtserklæringen?").fill(a.intent.validUntil);
  await next(tool);
  await tool.getByLabel("Hvor mange år gælder fortroligheden?").fill("3");
  await next(tool);
}

test("JavaScript on: errors are summarised, answers survive a reload, and both files hold the parties with æøå", async ({ page }) => {
  // A long journey through two builders and four downloads.
  test.slow();
  await page.goto("/vaerktoejer/hensigtserklaering");
  const tool = builder(page, "hensigtserklaering");
  await expect(tool).toHaveAttribute("data-hydrated", "true");

  // A wrong CVR number: the summary names it and links to the field, and every other answer stays.
  await fillParty(tool.getByRole("group", { name: "Den offentlige part" }), { ...a.parties.publics[0]!, cvr: "12345675" });
  await fillParty(tool.getByRole("group", { name: "Virksomheden" }), a.parties.companies[0]!);
  await next(tool);
  const summary = tool.getByRole("alert");
  await expect(summary.getByRole("heading", { name: "Der er et problem" })).toBeVisible();
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: /Den offentlige parts CVR-nummer findes ikke/ }).click();
  const cvr = tool.getByRole("group", { name: "Den offentlige part" }).getByLabel("CVR-nummer");
  await expect(cvr).toBeFocused();
  await expect(tool.getByRole("group", { name: "Virksomheden" }).getByLabel("Navn", { exact: true })).toHaveValue(a.parties.companies[0]!.name);

  // The live preview follows the typing, and a reload loses nothing.
  await cvr.fill(a.parties.publics[0]!.cvr);
  await expect(tool.getByRole("region", { name: "Udkast til dokumentet" })).toContainText("CVR-nr. 12345674");
  await page.reload();
  await expect(builder(page, "hensigtserklaering")).toHaveAttribute("data-hydrated", "true");
  await expect(builder(page, "hensigtserklaering").getByRole("group", { name: "Den offentlige part" }).getByLabel("Navn", { exact: true })).toHaveValue(a.parties.publics[0]!.name);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const fresh = builder(page, "hensigtserklaering");
  await expect(fresh).toHaveAttribute("data-hydrated", "true");
  await fillHensigtserklaering(page, fresh);
  await expect(fresh.getByRole("heading", { name: "Tjek dine svar" })).toBeVisible();
  await expect(fresh.locator("dd", { hasText: a.parties.publics[0]!.name })).toBeVisible();

  const [docx] = await Promise.all([page.waitForEvent("download"), fresh.getByRole("button", { name: "Hent som Word (.docx)" }).click()]);
  expect(docx.suggestedFilename()).toBe("Hensigtserklæring – Færre fald i eget hjem.docx");
  const text = await docxText(await docx.path());
  expect(text).toContain("Ærø Sølund Kommune");
  expect(text).toContain("Østergaard Velfærdsteknologi ApS");

  const [pdf] = await Promise.all([page.waitForEvent("download"), fresh.getByRole("button", { name: "Hent som PDF" }).click()]);
  expect(pdf.suggestedFilename()).toBe("Hensigtserklæring – Færre fald i eget hjem.pdf");
  const pdfPages = (await pdfText(await readFile(await pdf.path()))).join("\n");
  expect(pdfPages).toContain("Ærø Sølund Kommune");
  expect(pdfPages).toContain("Østergaard Velfærdsteknologi ApS");

  // The same answers are already in the samarbejdsaftale; uploading the Word file restores them too.
  await page.goto("/vaerktoejer/samarbejdsaftale");
  const agreement = builder(page, "samarbejdsaftale");
  await expect(agreement).toHaveAttribute("data-hydrated", "true");
  await expect(agreement.getByRole("group", { name: "Den offentlige part" }).getByLabel("Navn", { exact: true })).toHaveValue(a.parties.publics[0]!.name);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const empty = builder(page, "samarbejdsaftale");
  await expect(empty).toHaveAttribute("data-hydrated", "true");
  await expect(empty.getByRole("group", { name: "Den offentlige part" }).getByLabel("Navn", { exact: true })).toHaveValue("");
  await empty.getByText("Fortsæt fra en fil").click();
  await empty.getByLabel(/Upload et udkast/).setInputFiles(await docx.path());
  await empty.getByRole("button", { name: "Hent svarene" }).click();
  await expect(empty.getByRole("status")).toContainText("Dine svar er hentet");
  await expect(empty.getByRole("status")).toContainText("Ændringer, du har lavet i selve Word-teksten, bliver ikke læst ind");
  // The samarbejdsaftale asks more than the hensigtserklæring did: it opens at the first step still missing answers.
  await expect(empty.getByRole("heading", { name: /Trin 2 af 9: Projektet/ })).toBeVisible();
  await expect(empty.getByLabel("Projektets titel")).toHaveValue(a.project.title);
  await empty.getByRole("button", { name: "Tilbage" }).click();
  await expect(empty.getByRole("group", { name: "Virksomheden" }).getByLabel("CVR-nummer")).toHaveValue(a.parties.companies[0]!.cvr);
});

test.describe("with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  test("the fortrolighedsaftale works as plain HTML forms, keeps every answer after an error and downloads both formats", async ({ page }) => {
    await page.goto("/vaerktoejer/fortrolighedsaftale");
    const tool = builder(page, "fortrolighedsaftale");
    // The page has one title, the builder's own, so each answer below can change it without JavaScript.
    await expect(page).toHaveTitle("Fortrolighedsaftale | OPI-guiden");
    await expect(page.locator("title")).toHaveCount(1);
    await fillParty(tool.getByRole("group", { name: "Den offentlige part" }), a.parties.publics[0]!);
    await next(tool);
    // The company is missing: the page comes back with a summary and the public party still filled in.
    await expect(tool.getByRole("alert").getByRole("heading", { name: "Der er et problem" })).toBeVisible();
    await expect(page).toHaveTitle("Fejl: Trin 1 af 4: Parterne – Fortrolighedsaftale | OPI-guiden");
    await expect(page.locator("title")).toHaveCount(1);
    await expect(tool.getByRole("alert").getByRole("link", { name: "Skriv virksomhedens navn" })).toBeVisible();
    await expect(tool.getByRole("group", { name: "Den offentlige part" }).getByLabel("Navn", { exact: true })).toHaveValue(a.parties.publics[0]!.name);
    await fillParty(tool.getByRole("group", { name: "Virksomheden" }), a.parties.companies[0]!);
    await next(tool);
    await expect(page).toHaveTitle("Trin 2 af 4: Projektet – Fortrolighedsaftale | OPI-guiden");
    await tool.getByLabel("Projektets titel").fill(a.project.title);
    await tool.getByLabel("Hvad er formålet med samarbejdet?").fill(a.project.purpose);
    await next(tool);
    await tool.getByLabel("Alle parter").check();
    await tool.getByLabel("Hvor mange år gælder fortroligheden?").fill("2");
    await tool.getByLabel("En fast bod (konventionalbod)").check();
    await tool.getByLabel(/Konventionalbodens beløb/).fill("50000");
    await next(tool);
    await tool.getByLabel("Ved de danske domstole").check();
    await next(tool);
    await expect(tool.getByRole("heading", { name: "Tjek dine svar" })).toBeVisible();
    await expect(page).toHaveTitle("Tjek dine svar – Fortrolighedsaftale | OPI-guiden");
    // Without JavaScript the answer opens at the builder.
    await expect(page).toHaveURL(/#fortrolighedsaftale-trin$/);
    // A summary list: every answer of every party, amounts in Danish, and a change link on each row.
    const row = (label: string) => tool.locator("dl > div").filter({ has: page.getByRole("term").filter({ hasText: label }) }).first();
    await expect(row("Konventionalbodens beløb").getByRole("definition").first()).toHaveText("50.000 kr.");
    await expect(row("CVR-nummer").getByRole("definition").first()).toHaveText(a.parties.publics[0]!.cvr);
    await expect(row("Adresse").getByRole("definition").first()).toHaveText(a.parties.publics[0]!.address);
    await expect(row("Navn på den, der skriver under").getByRole("definition").first()).toHaveText(a.parties.publics[0]!.signatoryName);

    // "Ret" goes back to the step with its answers, and on to the review again.
    await tool.getByRole("button", { name: "Ret hvor mange år gælder fortroligheden?" }).click();
    await expect(tool.getByLabel("Hvor mange år gælder fortroligheden?")).toHaveValue("2");

    await tool.getByRole("button", { name: "Tilbage" }).click();
    await next(tool);
    await next(tool);
    await next(tool);
    const [docx] = await Promise.all([page.waitForEvent("download"), tool.getByRole("button", { name: "Hent som Word (.docx)" }).click()]);
    const text = await docxText(await docx.path());
    expect(text).toContain("Ærø Sølund Kommune");
    expect(text).toContain("50.000 kr.");
    const [pdf] = await Promise.all([page.waitForEvent("download"), tool.getByRole("button", { name: "Hent som PDF" }).click()]);
    const pdfPages = (await pdfText(await readFile(await pdf.path()))).join("\n");
    expect(pdfPages).toContain("Ærø Sølund Kommune");
    expect(pdfPages).toContain("50.000 kr.");
  });
});

test("the download route answers bad input with a Danish 4xx page, never a 5xx", async ({ request }) => {
  const bad = await request.post("/vaerktoejer/dokument", { form: { document: "samarbejdsaftale", format: "docx", answers: "{}" } });
  expect(bad.status()).toBe(422);
  expect(await bad.text()).toContain("Der mangler svar");
  const huge = await request.post("/vaerktoejer/dokument", { form: { document: "samarbejdsaftale", format: "docx", answers: "x".repeat(150_000) } });
  expect(huge.status()).toBe(413);
  const wrongType = await request.post("/vaerktoejer/dokument", { data: { document: "x" } });
  expect(wrongType.status()).toBe(415);
});

test("the samarbejdsaftale on its own page: every step by keyboard-friendly labels, then a DOCX with the chosen rights option", async ({ page }) => {
  await page.goto("/vaerktoejer/samarbejdsaftale");
  const tool = builder(page, "samarbejdsaftale");
  await expect(tool).toHaveAttribute("data-hydrated", "true");
  await fillParty(tool.getByRole("group", { name: "Den offentlige part" }), a.parties.publics[0]!);
  await fillParty(tool.getByRole("group", { name: "Virksomheden" }), a.parties.companies[0]!);
  await tool.getByRole("group", { name: "Virksomheden" }).getByLabel("Kontantbidrag").fill("150000");
  await next(tool);
  // The reader is taken to the new step: its heading is focused and in view, and the title says where they are.
  const heading = tool.getByRole("heading", { name: "Trin 2 af 9: Projektet" });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page).toHaveTitle("Trin 2 af 9: Projektet – OPI-samarbejdsaftale | OPI-guiden");
  const project: [string, string][] = [
    ["Projektets titel", a.project.title],
    ["Hvilket behov skal projektet løse?", a.project.need],
    ["Hvad er formålet med samarbejdet?", a.project.purpose],
    ["Hvad får borgeren ud af det?", a.project.citizenValue],
    ["Hvad får den offentlige part ud af det?", a.project.publicValue],
    ["Hvad får virksomheden ud af det?", a.project.companyValue],
    ["Hvad skal I lave i projektet?", a.project.scope],
    ["Startdato", a.project.start],
    ["Slutdato", a.project.end],
  ];
  for (const [label, value] of project) await tool.getByLabel(label, { exact: false }).first().fill(value);
  // Yes/no answers by keyboard: the embedded builder's preview column may cover them on a wide screen.
  await tool.getByRole("group", { name: /Fører I logbog/ }).getByLabel("Ja").press("Space");
  await tool.getByLabel("Hvem fører logbogen?").fill(a.project.logbookKeeper!);
  await next(tool);
  await tool.getByLabel("Hvem sidder i styregruppen?").fill(a.collaboration.steeringGroup);
  await tool.getByLabel("Hvor tit mødes I?").fill(a.collaboration.meetingRhythm);
  await tool.getByLabel("Hvordan træffer I beslutninger?").fill(a.collaboration.decisions);
  await next(tool);
  await tool.getByLabel("Nej", { exact: true }).check();
  await next(tool);
  await tool.getByLabel("Virksomheden ejer resultaterne").check();
  await tool.getByLabel("Parterne forhandler prisen på armslængde og dokumenterer forhandlingen").check();
  await next(tool);
  // No legal choice is made in advance: moving on without an answer is an error that says what to choose.
  await next(tool);
  await expect(tool.getByRole("alert")).toContainText("Vælg, om den offentlige part måske vil købe en løsning senere");
  await expect(tool.getByRole("alert")).toBeFocused();
  await expect(page).toHaveTitle("Fejl: Trin 6 af 9: Udbud – OPI-samarbejdsaftale | OPI-guiden");
  await tool.getByRole("group", { name: /købe en løsning senere/ }).getByLabel("Ja").press("Space");
  await next(tool);
  await tool.getByRole("group", { name: "Behandler I personoplysninger i projektet?" }).getByLabel("Nej").press("Space");
  await next(tool);
  await tool.getByLabel("Hvor mange år gælder fortroligheden?").fill("3");
  await next(tool);
  await tool.getByLabel("Opsigelsesvarsel").fill("1");
  await tool.getByLabel("Ved voldgift").check();
  await next(tool);
  await expect(tool.getByRole("heading", { name: "Tjek dine svar" })).toBeVisible();
  // The choices that need a jurist are named before the download, with a link to the guide.
  const jurist = tool.getByRole("region", { name: "Det skal en jurist se på" });
  await expect(jurist).toContainText("Markedsprisen skal fastsættes og dokumenteres");
  await expect(jurist.getByRole("link").first()).toHaveAttribute("href", /^\/jura\//);
  const [docx] = await Promise.all([page.waitForEvent("download"), tool.getByRole("button", { name: "Hent som Word (.docx)" }).click()]);
  const text = await docxText(await docx.path());
  expect(text).toContain("Virksomheden ejer forgrundsviden.");
  expect(text).toContain("Markedsprisen fastsættes ved forhandling på armslængdevilkår");
  expect(text).toContain("Østergaard Velfærdsteknologi ApS");
  expect(text).toContain("Voldgiftsinstituttet");
});

/** A saved answers file ("Gem svarene som fil") with these answers. */
const answersFile = (answers: unknown) => ({
  name: "svar.json",
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify({ format: "opi-guiden-svar", answersVersion: 2, document: "samarbejdsaftale", answers })),
});

async function resumeFrom(tool: Locator, file: Parameters<Locator["setInputFiles"]>[0]) {
  await tool.getByText("Fortsæt fra en fil").click();
  await tool.getByLabel(/Upload et udkast/).setInputFiles(file);
  await tool.getByRole("button", { name: "Hent svarene" }).click();
}

test.describe("the samarbejdsaftale with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  test("several public parties: a second one is added, keeps the first, and its errors name it", async ({ page }) => {
    await page.goto("/vaerktoejer/samarbejdsaftale");
    const tool = builder(page, "samarbejdsaftale");
    await expect(tool.getByTestId("skabelon-status")).toHaveText("Skabelon version 2.0.0 · Ikke gennemgået af en jurist endnu");
    await fillParty(tool.getByRole("group", { name: "Den offentlige part" }), a.parties.publics[0]!);
    await tool.getByRole("button", { name: "Tilføj en offentlig part" }).click();
    await expect(tool.getByRole("group", { name: "Offentlig part 1" }).getByLabel("Navn", { exact: true })).toHaveValue(a.parties.publics[0]!.name);
    await fillParty(tool.getByRole("group", { name: "Virksomheden" }), a.parties.companies[0]!);
    await next(tool);
    await expect(tool.getByRole("alert").getByRole("link", { name: "Skriv den 2. offentlige parts navn" })).toBeVisible();
    await fillParty(tool.getByRole("group", { name: "Offentlig part 2" }), { ...a.parties.publics[0]!, name: "Region Østdanmark", cvr: "12345682" });
    await next(tool);
    await expect(tool.getByRole("heading", { name: /Trin 2 af 9: Projektet/ })).toBeVisible();
  });

  test("no legal choice is answered in advance: every choice the file leaves open starts unticked", async ({ page }) => {
    const open = structuredClone(a) as Record<string, Record<string, unknown>>;
    const choices: [string, string][] = [["project", "logbook"], ["money", "publicPays"], ["rights", "model"], ["rights", "marketPriceMethod"], ["procurement", "laterTender"], ["data", "personalData"], ["data", "roles"], ["data", "sensitive"], ["terms", "disputes"]];
    for (const [section, field] of choices) delete open[section]![field];
    await page.goto("/vaerktoejer/samarbejdsaftale");
    let tool = builder(page, "samarbejdsaftale");
    await resumeFrom(tool, answersFile(open));
    tool = builder(page, "samarbejdsaftale");
    await expect(tool.getByRole("status")).toContainText("Nogle spørgsmål mangler svar");
    const choose = async (group: RegExp | string, label: string) => tool.getByRole("group", { name: group }).getByLabel(label, { exact: true }).check();
    const steps: [RegExp, () => Promise<void>][] = [
      [/Trin 2 af 9: Projektet/, () => choose(/Fører I logbog/, "Ja")],
      [/Trin 3 af 9: Samarbejdet/, async () => {}],
      [/Trin 4 af 9: Økonomi/, () => choose(/Betaler den offentlige part/, "Nej")],
      [/Trin 5 af 9: Rettigheder/, async () => {
        await choose("Hvordan deler I resultaterne?", "Delvis åbenhed");
        await choose("Hvordan fastsættes markedsprisen?", "En uafhængig sagkyndig vurderer prisen");
      }],
      [/Trin 6 af 9: Udbud/, () => choose(/købe en løsning senere/, "Nej")],
      [/Trin 7 af 9: Persondata/, async () => {
        await choose("Behandler I personoplysninger i projektet?", "Ja");
        await choose("Hvem bestemmer, hvad oplysningerne bruges til?", "Den offentlige part");
        await choose(/helbredsoplysninger/, "Ja");
      }],
      [/Trin 8 af 9: Fortrolighed/, async () => {}],
      [/Trin 9 af 9: Ophør og tvister/, () => choose(/Hvordan afgøres en tvist/, "Ved voldgift")],
    ];
    for (const [heading, answer] of steps) {
      await expect(tool.getByRole("heading", { name: heading })).toBeVisible();
      await expect(tool.locator('form input[type="radio"]:checked'), String(heading)).toHaveCount(0);
      await answer();
      await next(tool);
    }
    await expect(tool.getByRole("heading", { name: "Tjek dine svar" })).toBeVisible();
  });

  test("paid in full and kept by the public party: the builder says before download that § 22 does not exempt it", async ({ page }) => {
    const answers = structuredClone(a);
    answers.rights = { ...answers.rights, model: "offentlig-ejer", marketPriceMethod: undefined };
    answers.money = { publicPays: "fuldt", price: 400000, paymentPlan: "Prototype godkendt: 400.000 kr., 1. maj 2027", paymentSplit: undefined, externalFunding: undefined };
    await page.goto("/vaerktoejer/samarbejdsaftale");
    await resumeFrom(builder(page, "samarbejdsaftale"), answersFile(answers));
    const tool = builder(page, "samarbejdsaftale");
    await expect(tool.getByRole("heading", { name: "Tjek dine svar" })).toBeVisible();
    const stop = tool.getByRole("region", { name: "Aftalen er ikke undtaget fra udbud" });
    await expect(stop).toContainText("udbudsloven § 22");
    await expect(stop).toContainText("innovationspartnerskab");
    // The warning comes before the download buttons.
    const stopBox = (await stop.boundingBox())!;
    const button = (await tool.getByRole("button", { name: "Hent som Word (.docx)" }).boundingBox())!;
    expect(stopBox.y).toBeLessThan(button.y);
    const [docx] = await Promise.all([page.waitForEvent("download"), tool.getByRole("button", { name: "Hent som Word (.docx)" }).click()]);
    const text = await docxText(await docx.path());
    expect(text).toContain("Aftalen er ikke undtaget fra udbud: De offentlige parter betaler hele udviklingen");
    expect(text).toContain("betaler i alt 400.000 kr. uden moms");
  });

  test("a file made by template version 1.0.0 resumes, and the notice says what changed", async ({ page }) => {
    await page.goto("/vaerktoejer/samarbejdsaftale");
    await resumeFrom(builder(page, "samarbejdsaftale"), "tests/fixtures/agreements/1.0.0/samarbejdsaftale.docx");
    const status = builder(page, "samarbejdsaftale").getByRole("status");
    await expect(status).toContainText("Skabelonen er opdateret fra version 1.0.0 til 2.0.0");
    await expect(status).toContainText("En aftale kan nu have flere offentlige parter");
    await expect(status).toContainText("Ændringer, du har lavet i selve Word-teksten, bliver ikke læst ind");
  });
});

test("\"Tjek dine svar\" names the answers the PDF cannot show, and the PDF download refuses them in Danish", async ({ page }) => {
  const answers = structuredClone(a);
  answers.parties.companies[0]!.name = "Smil 😀 ApS";
  await page.goto("/vaerktoejer/samarbejdsaftale");
  const tool = builder(page, "samarbejdsaftale");
  await expect(tool).toHaveAttribute("data-hydrated", "true");
  await tool.getByText("Fortsæt fra en fil").click();
  await tool.getByLabel(/Upload et udkast/).setInputFiles({ name: "svar.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "opi-guiden-svar", document: "samarbejdsaftale", answers })) });
  await tool.getByRole("button", { name: "Hent svarene" }).click();
  const warning = tool.getByRole("region", { name: "PDF-filen kan ikke vise alle tegn" });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole("listitem")).toHaveText(["Virksomhed 1, navn: PDF-filen kan ikke vise »😀« (U+1F600). Ret svaret, eller hent udkastet som Word, der kan vise tegnene."]);
  await tool.getByRole("button", { name: "Hent som PDF" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "PDF-filen kan ikke vise alle tegn" })).toBeVisible();
  await expect(page.getByRole("listitem")).toContainText(["Virksomhed 1, navn: PDF-filen kan ikke vise »😀«"]);
});
