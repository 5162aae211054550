import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { sitemapPaths } from "./helpers";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test("the sitemap lists the core pages", async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const path of ["/", "/om-opi", "/tilgaengelighed", "/opi-processen", "/opi-processen/opstart", "/jura", "/jura/inhabilitet", "/ordliste", "/soeg", "/opi-processen/hele-guiden"]) {
    expect(paths).toContain(path);
  }
});

test("axe finds no WCAG 2.1 AA violation and the browser reports no CSP violation on any page in the sitemap", async ({ page, request }) => {
  test.setTimeout(10 * 60_000);
  const paths = await sitemapPaths(request);
  const failures: string[] = [];
  // Every policy violation the browser reports, on every page: a blocked inline script would break hydration silently.
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener("securitypolicyviolation", (event) => list.push(`${event.violatedDirective} ${event.blockedURI || "inline"}`));
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) failures.push(`${page.url()}: ${message.text().slice(0, 200)}`);
  });
  // Beyond the sitemap: the 404 page, an audience variant and a search with results.
  const notFound = "/en-side-der-ikke-findes";
  for (const path of [...paths, notFound, "/opi-processen/ide?maalgruppe=virksomhed", "/soeg?q=udbud", "/vaerktoejer/samarbejdsaftale/fra-vejvalg?behov=klart&marked=nej&betaling=fuldt&anden-vaerdi=nej&koeb=senere&gavn=virksomhed&risiko=middel&konkurrence=nej&resultater=meget&baggrund=lidt&offentliggoerelse=delvis&persondata=ja&omfang=projekt", "/cases?fase=opstart"]) {
    const response = await page.goto(path);
    // An accessible error page is still a failure: every page must answer as itself, the 404 page with 404.
    const expected = path === notFound ? 404 : 200;
    if (response?.status() !== expected) failures.push(`${path}: status ${response?.status() ?? "intet svar"}, forventede ${expected}`);
    await page.waitForLoadState("load");
    const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    for (const violation of violations) failures.push(`${path}: CSP blocked ${violation}`);
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    for (const violation of results.violations) {
      failures.push(`${path}: ${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
});

test("the policy allows no inline script it does not name, and pages still hydrate under it", async ({ page }) => {
  const response = await page.goto("/vaerktoejer/vejvalg");
  const policy = response!.headers()["content-security-policy"] ?? "";
  const scriptSrc = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/'sha256-/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(scriptSrc).not.toContain("unsafe-eval");
  await expect(page.locator('[data-tool="vejvalg"]')).toHaveAttribute("data-hydrated", "true");
  // A script injected into the page is blocked and reported.
  const blocked = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.violatedDirective), { once: true });
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.body.append(script);
        setTimeout(() => resolve("not reported"), 2000);
      }),
  );
  expect(blocked).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();

  const dynamic = await page.goto("/soeg?q=fald");
  const nonce = /'nonce-([^']+)'/.exec(dynamic!.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  expect(await page.locator("script[src]").first().getAttribute("nonce")).not.toBeNull();
});
