/**
 * The production recipe as docs/deploy.md sets it up: deploy/nginx.conf over HTTPS (a certificate made now with
 * openssl) in front of the guard and the standalone server the other tests use. scripts/nginx-recipe.ts substitutes
 * only ports and paths. Every page type, the addresses proxy.ts rewrites included, must answer without a 5xx and
 * with every security header, whether nginx or Node made the answer.
 */
import tls from "node:tls";
import { test, expect, type Page } from "@playwright/test";
import { findNginx, startRecipe, type Recipe } from "../../scripts/nginx-recipe";
import { expectSafe, expectSecurityHeaders, multipart, portOf, type Answer } from "./http";

test.describe.configure({ mode: "serial" });
test.use({ ignoreHTTPSErrors: true });

let recipe: Recipe;
let site: string;
let plain: string;

test.beforeAll(async ({ baseURL }) => {
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx was not found: run the tests with npm run test:e2e, which finds or installs it (scripts/find-nginx.sh), or set NGINX_PATH.");
  const port = portOf(baseURL);
  recipe = await startRecipe(nginx, { upstreams: [port], httpsPort: port + 1, port: port + 2 });
  site = `https://127.0.0.1:${port + 1}`;
  plain = `http://127.0.0.1:${port + 2}`;
});

test.afterAll(async () => {
  await recipe?.stop();
});

const SECURITY = ["content-security-policy", "strict-transport-security", "x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy", "cross-origin-opener-policy"];

/** Records every answer from the site that is a 5xx or lacks a security header. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin !== site) return;
    const where = `${response.request().method()} ${url.pathname}${url.search}`;
    if (response.status() >= 500) problems.push(`${where}: ${response.status()}`);
    const headers = response.headers();
    for (const name of SECURITY) if (!headers[name]) problems.push(`${where}: no ${name}`);
  });
  return problems;
}

test("every page type answers through nginx over HTTPS, the rewritten addresses too, with every header and no 5xx", async ({ page }) => {
  const problems = watch(page);
  const visit = async (path: string, status = 200) => {
    const response = await page.goto(`${site}${path}`);
    expect(response?.status(), path).toBe(status);
    expect(await page.locator("html").getAttribute("lang"), path).toBe("da");
    return response!;
  };

  // Prerendered pages come from disk, with the page's own policy from the build, which upgrades http: addresses.
  const front = await visit("/");
  expect(front.headers().etag, "/ from disk").toBeTruthy();
  expect(front.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  await visit("/opi-processen/ide");
  await visit("/jura/inhabilitet");
  await visit("/vaerktoejer");

  // The addresses proxy.ts rewrites, which answered 500 behind this recipe.
  await visit("/opi-processen/ide?maalgruppe=virksomhed");
  await expect(page.getByText(/virksomhed/i).first()).toBeVisible();
  await visit("/jura/inhabilitet?maalgruppe=offentlig");
  await visit("/cases");
  await visit("/cases?fase=ide");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await visit("/cases?side=2");
  await visit("/cases?q=velf%C3%A6rd");
  await visit("/cases?maalgruppe=virksomhed&sortering=nyeste");
  const filtered = await page.goto(`${site}/cases?fase=ide`);
  expect(filtered?.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'.*upgrade-insecure-requests/);

  // A case page, the search, the marketplace and the files.
  await visit("/cases");
  const caseLink = page.locator('main a[href^="/cases/"]').filter({ hasNotText: /indsend/i }).first();
  const casePath = await caseLink.getAttribute("href");
  await visit(casePath!);
  await visit("/soeg?q=udbud");
  await visit("/markedsplads");
  await visit("/cases/indsend");
  await visit("/denne-side-findes-ikke", 404);
  for (const path of ["/robots.txt", "/sitemap.xml", "/cases.json", "/cases.csv", "/cases/feed.xml"]) {
    const response = await page.request.get(`${site}${path}`);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response.headers(), path);
  }

  // A tool's server action through nginx: the page's own Origin passes the guard and Next.js.
  await visit("/vaerktoejer/vejvalg");
  const vejvalg = page.locator('[data-tool="vejvalg"]');
  await expect(vejvalg).toHaveAttribute("data-hydrated", "true");
  await vejvalg.getByRole("button", { name: "Se anbefalingen" }).click();
  await expect(vejvalg.getByRole("alert")).toBeFocused();

  // A document from the form route, posted through nginx.
  const document = await page.request.post(`${site}/vaerktoejer/dokument`, { form: { document: "samarbejdsaftale", format: "json", answers: "{}" }, headers: { origin: site } });
  expect(document.status()).toBe(200);
  expectSecurityHeaders(document.headers(), "/vaerktoejer/dokument");

  expect(problems).toEqual([]);
});

test("without JavaScript a builder step is posted through nginx and answered", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(`${site}/vaerktoejer/hensigtserklaering`);
  const tool = page.locator('[data-builder="hensigtserklaering"]');
  await tool.getByRole("button", { name: /^(Fortsæt|Tjek dine svar)$/ }).click();
  await expect(tool.getByRole("alert").getByRole("heading", { name: "Der er et problem" })).toBeVisible();
  expect(problems).toEqual([]);
  await context.close();
});

test("nginx's own answers are the site's Danish pages with every header: 413, 431, 404, 405 and the redirect", async ({ request }) => {
  const raw = async (url: string, init: { method?: string; body?: string | Buffer; headers?: Record<string, string> } = {}): Promise<Answer> => {
    const started = performance.now();
    const response = await request.fetch(url, { method: init.method ?? "GET", data: init.body, headers: init.headers, maxRedirects: 0, failOnStatusCode: false });
    return { status: response.status(), headers: response.headers(), body: await response.text(), ms: performance.now() - started };
  };
  const { body, type } = multipart([["intent", "resume"], ["file", { data: Buffer.alloc(3 * 1024 * 1024, 0x50), filename: "udkast.docx" }]]);
  const tooLarge = await raw(`${site}/vaerktoejer/samarbejdsaftale`, { method: "POST", body, headers: { "content-type": type } });
  expect(tooLarge.status).toBe(413);
  expectSafe(tooLarge, "nginx 413");
  expect(tooLarge.body).toContain("Filen er for stor");

  const missing = await raw(`${site}/_next/static/chunks/findes-ikke.js`);
  expect(missing.status).toBe(404);
  expectSafe(missing, "nginx 404");
  expect(missing.body).toContain("Siden findes ikke");

  const post = await raw(`${site}/_next/static/chunks/findes-ikke.js`, { method: "POST", body: "x=1", headers: { "content-type": "application/x-www-form-urlencoded" } });
  expectSafe(post, "POST to a static file");

  const bigHeader = await raw(`${site}/`, { headers: { "x-big": "b".repeat(20_000) } });
  expect(bigHeader.status).toBe(431);
  expectSafe(bigHeader, "nginx 431");

  const errorPage = await raw(`${site}/.error-pages/413.html`);
  expect(errorPage.status, "the error pages are not addresses of their own").toBe(404);
  expectSafe(errorPage, "/.error-pages/413.html");

  const redirect = await raw(`${plain}/cases?fase=ide`);
  expect(redirect.status).toBe(301);
  expect(redirect.headers.location).toBe(`https://127.0.0.1/cases?fase=ide`);
  expectSecurityHeaders(redirect.headers, "redirect");

  // Through nginx the guard still refuses what Next.js cannot read.
  for (const path of ["/%ff", "/cases/%E0%A4%A"]) {
    const answer = await raw(`${site}${path}`);
    expect(answer.status, path).toBe(400);
    expectSafe(answer, path);
  }
  const trace = await raw(`${site}/`, { method: "PATCH" });
  expectSafe(trace, "PATCH /");
  const foreign = await raw(`${site}/vaerktoejer/dokument`, { method: "POST", body: "document=samarbejdsaftale", headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" } });
  expect(foreign.status).toBe(403);
  expectSafe(foreign, "foreign origin through nginx");
});

/** Opens a TLS connection to nginx, sends `first`, then goes quiet; resolves with what came back and when it closed. */
function quietOverTls(port: number, first: string, waitMs: number): Promise<{ raw: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: "127.0.0.1", port, rejectUnauthorized: false }, () => socket.write(first));
    let raw = "";
    socket.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    socket.on("close", () => resolve({ raw, ms: performance.now() - started }));
    socket.on("error", () => {});
    setTimeout(() => (socket.destroy(), reject(new Error(`nginx kept the connection open for ${waitMs} ms`))), waitMs).unref();
  });
}

test("nginx lets go of a client that stops sending its headers or its body", async () => {
  test.setTimeout(60_000);
  const port = Number(new URL(site).port);
  const host = `Host: 127.0.0.1:${port}\r\n`;
  const [headers, body] = await Promise.all([
    quietOverTls(port, `GET / HTTP/1.1\r\n${host}X-Slow: 1\r\n`, 30_000),
    quietOverTls(port, `POST /vaerktoejer/dokument HTTP/1.1\r\n${host}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 20000\r\n\r\na=${"x".repeat(5_000)}`, 30_000),
  ]);
  // Closed (client_header_timeout and client_body_timeout, 10 s), with the Danish page if anything was sent.
  for (const { raw } of [headers, body]) {
    if (raw) expect(raw).toContain("Det tog for lang tid at sende formularen");
  }
});
