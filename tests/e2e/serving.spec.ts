/**
 * How the served site behaves at its edges: an upload over the limit, with and without JavaScript, and the site
 * opened over plain HTTP from another machine on the network.
 */
import { test, expect, chromium, type Page } from "@playwright/test";
import { expectSecurityHeaders, portOf } from "./http";

const TOO_LARGE = { name: "udkast.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.alloc(3 * 1024 * 1024, 0x50) };

async function startBuilder(page: Page) {
  const tool = page.locator('[data-builder="samarbejdsaftale"]');
  const name = tool.getByRole("group", { name: "Den offentlige part" }).getByLabel("Navn", { exact: true });
  await name.fill("Aarhus Kommune");
  await tool.getByText("Fortsæt fra en fil").click();
  await tool.getByLabel(/Upload et udkast/).setInputFiles(TOO_LARGE);
  return { tool, name };
}

test("JavaScript on: a file over 2 MB is refused in the browser before it is sent, and the answers stay", async ({ page }) => {
  await page.goto("/vaerktoejer/samarbejdsaftale");
  await expect(page.locator('[data-builder="samarbejdsaftale"]')).toHaveAttribute("data-hydrated", "true");
  const { tool, name } = await startBuilder(page);
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await tool.getByRole("button", { name: "Hent svarene" }).click();
  const upload = tool.getByLabel(/Upload et udkast/);
  await expect(tool.getByText("Filen er for stor. Den må højst fylde 2 MB. Vælg en mindre fil. Dine svar er ikke ændret.")).toBeVisible();
  await expect(upload).toBeFocused();
  await expect(upload).toHaveAccessibleDescription(/Filen er for stor/);
  expect(posts).toEqual([]);
  await expect(name).toHaveValue("Aarhus Kommune");
  // Choosing another file clears the message.
  await upload.setInputFiles({ name: "svar.json", mimeType: "application/json", buffer: Buffer.from("{}") });
  await expect(tool.getByText(/Filen er for stor/)).toHaveCount(0);
});

test("JavaScript off: a file over the limit gets a Danish 413 page that says to go back, with every header", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/vaerktoejer/samarbejdsaftale");
  const { tool, name } = await startBuilder(page);
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), tool.getByRole("button", { name: "Hent svarene" }).click()]);
  expect(response.status()).toBe(413);
  expectSecurityHeaders(response.headers(), "413");
  await expect(page.getByRole("heading", { level: 1, name: "Filen er for stor" })).toBeVisible();
  await expect(page.getByText("Gå tilbage med browserens Tilbage-knap. Dine svar står stadig i formularen. Du kan vælge en mindre fil.")).toBeVisible();
  expect(await page.locator("html").getAttribute("lang")).toBe("da");
  // And Back does bring the form back as it was filled.
  await page.goBack();
  await expect(name).toHaveValue("Aarhus Kommune");
  await context.close();
});

test("opened over plain HTTP from another machine, a page keeps its stylesheet and its tool", async ({ baseURL }) => {
  // "opi.lan" stands for the machine's address on the network: any host but localhost, reached over HTTP.
  const { launchOptions = {} } = test.info().project.use;
  const browser = await chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []), "--host-resolver-rules=MAP opi.lan 127.0.0.1"] });
  const page = await browser.newPage();
  const failed: string[] = [];
  page.on("requestfailed", (request) => failed.push(request.url()));
  const response = await page.goto(`http://opi.lan:${portOf(baseURL)}/vaerktoejer/vejvalg`);
  expect(response?.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  await expect(page.locator('[data-tool="vejvalg"]')).toHaveAttribute("data-hydrated", "true");
  // The site's stylesheet applied: the header has the brand colour, not the browser's transparent default.
  expect(await page.locator("header").first().evaluate((header) => getComputedStyle(header).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
  expect(failed).toEqual([]);
  await browser.close();
});
