import { test, expect, type Page, type Locator } from "@playwright/test";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { exampleAnswers } from "../../lib/agreements/examples";
import { pdfText } from "../unit/helpers/documents";

const a = exampleAnswers;

async function fillParty(scope: Locator, party: typeof a.parties.public) {
  await scope.getByLabel("Navn", { exact: true }).fill(party.name);
  await scope.getByLabel("CVR-nummer").fill(party.cvr);
  await scope.getByLabel("Adresse").fill(party.address);
  await scope.getByLabel("Navn på den, der skriver under").fill(party.signatoryName);
  await scope.getByLabel("Stilling").fill(party.signatoryTitle);
}

function builder(page: Page, document: string) {
  return page.locator(`[data-builder="${document}"]`);
}

async function next(tool: Locator) {
  await tool.getByRole("button", { name: /^(Fortsæt|Tjek dine svar)$/ }).click();
}

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
}

async function fillHensigtserklaering(page: Page, tool: Locator) {
  await fillParty(tool.getByRole("group", { name: "Den offentlige part" }), a.parties.public);
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
  await page.goto("/vaerktoejer/hensigtserklaering");
  const tool = builder(page, "hensigtserklaering");
  await expect(tool).toHaveAttribute("data-hydrated", "true");

  // A wrong CVR number: the summary names it and links to the field, and every other answer stays.
  await fillParty(tool.getByRole("group", { name: "Den offentlige part" }), { ...a.parties.public, cvr: "12345675" });
  await fillParty(tool.getByRole("group", { name: "Virksomheden" }), a.parties.companies[0]!);
  await next(tool);
  const summary = tool.getByRole("alert");
  await expect(summary.getByRole("heading", { name: "Der er et problem" })).toBeVisible();
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: /CVR-nummeret findes ikke/ }).click();
  const cvr = tool.getByRole("group", { name: "Den offentlige part" }).getByLabel("CVR-nummer");
  await expect(cvr).toBeFocused();
  await expect(tool.getByRole("group", { name: "Virksomheden" }).getByLabel("Navn", { exact: true })).toHaveValue(a.parties.companies[0]!.name);

  // The live preview follows the typing, and a reload loses nothing.
  await cvr.fill(a.parties.public.cvr);
  await expect(tool.getByRole("region", { name: "Udkast til dokumentet" })).toContainText("CVR-nr. 12345674");
  await page.reload();
  await expect(builder(page, "hensigtserklaering")).toHaveAttribute("data-hydrated", "true");
  await expect(builder(page, "hensigtserklaering").getByRole("group", { name: "Den offentlige part" }).getByLabel("Navn", { exact: true })).toHaveValue(a.parties.public.name);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const fresh = builder(page, "hensigtserklaering");
  await expect(fresh).toHaveAttribute("data-hydrated", "true");
  await fillHensigtserklaering(page, fresh);
  await expect(fresh.getByRole("heading", { name: "Tjek dine svar" })).toBeVisible();
  await expect(fresh.locator("dd", { hasText: a.parties.public.name })).toBeVisible();

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
  await expect(agreement.getByRole("group", { name: "Den offentlige part" }).getByLabel("Navn", { exact: true })).toHaveValue(a.parties.public.name);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const empty = builder(page, "samarbejdsaftale");
  await expect(empty).toHaveAttribute("data-hydrated", "true");
  await expect(empty.getByRole("group", { name: "Den offentlige part" }).getByLabel("Navn", { exact: true })).toHaveValue("");
  await empty.getByText("Fortsæt fra en fil").click();
  await empty.getByLabel(/Upload et udkast/).setInputFiles(await docx.path());
  await empty.getByRole("button", { name: "Hent svarene" }).click();
  await expect(empty.getByRole("status")).toContainText("Dine svar er hentet");
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
    await fillParty(tool.getByRole("group", { name: "Den offentlige part" }), a.parties.public);
    await next(tool);
    // The company is missing: the page comes back with a summary and the public party still filled in.
    await expect(tool.getByRole("alert").getByRole("heading", { name: "Der er et problem" })).toBeVisible();
    await expect(tool.getByRole("alert").getByRole("link", { name: "Skriv partens navn" })).toBeVisible();
    await expect(tool.getByRole("group", { name: "Den offentlige part" }).getByLabel("Navn", { exact: true })).toHaveValue(a.parties.public.name);
    await fillParty(tool.getByRole("group", { name: "Virksomheden" }), a.parties.companies[0]!);
    await next(tool);
    await tool.getByLabel("Projektets titel").fill(a.project.title);
    await tool.getByLabel("Hvad er formålet med samarbejdet?").fill(a.project.purpose);
    await next(tool);
    await tool.getByLabel("Begge parter").check();
    await tool.getByLabel("Hvor mange år gælder fortroligheden?").fill("2");
    await tool.getByLabel("En fast bod (konventionalbod)").check();
    await tool.getByLabel(/Konventionalbodens beløb/).fill("50000");
    await next(tool);
    await tool.getByLabel("Ved de danske domstole").check();
    await next(tool);
    await expect(tool.getByRole("heading", { name: "Tjek dine svar" })).toBeVisible();
    await expect(tool.getByText("50000 kr.")).toBeVisible();

    // "Ret" goes back to the step with its answers, and on to the review again.
    await tool.getByRole("button", { name: "Ret fortrolighed" }).click();
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
  await fillParty(tool.getByRole("group", { name: "Den offentlige part" }), a.parties.public);
  await fillParty(tool.getByRole("group", { name: "Virksomheden" }), a.parties.companies[0]!);
  await tool.getByRole("group", { name: "Virksomheden" }).getByLabel("Kontantbidrag").fill("150000");
  await next(tool);
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
  await next(tool);
  await tool.getByLabel("Hvem sidder i styregruppen?").fill(a.collaboration.steeringGroup);
  await tool.getByLabel("Hvor tit mødes I?").fill(a.collaboration.meetingRhythm);
  await tool.getByLabel("Hvordan træffer I beslutninger?").fill(a.collaboration.decisions);
  await next(tool);
  await tool.getByLabel("Nej", { exact: true }).check();
  await next(tool);
  await tool.getByLabel("Virksomheden ejer resultaterne").check();
  await next(tool);
  await next(tool); // Udbud: the default is a later tender
  await next(tool); // Persondata: none
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
  expect(text).toContain("Virksomhederne ejer forgrundsviden");
  expect(text).toContain("Østergaard Velfærdsteknologi ApS");
  expect(text).toContain("Voldgiftsinstituttet");
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
