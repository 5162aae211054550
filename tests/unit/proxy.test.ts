import { expect, it } from "vitest";
// @ts-expect-error Next.js' own matcher compiler has no type declarations.
import { getMiddlewareMatchers } from "next/dist/build/analysis/get-page-static-info";
import { config } from "@/proxy";
import { FILE_ROUTES } from "@/lib/http/forms";

// Next.js needs the matcher written out in proxy.ts; this keeps it in step with the routes that set their own policy.
// Matched the way Next.js compiles the matcher, so the test reads it as the server does.
const compiled = (getMiddlewareMatchers(config.matcher, {}) as { regexp: string }[]).map(({ regexp }) => new RegExp(regexp));
const matches = (path: string) => compiled.some((regexp) => regexp.test(path));

// The proxy reads the build's list of prerendered pages (csp-hashes.json) on its first request: use a fixture, so the
// tests do not depend on whether, or what, the project has built.
process.env.NEXT_DIST_DIR = "tests/fixtures/next-build";

it("leaves the file routes and static files to their own headers, and gives every page the page policy", () => {
  for (const route of FILE_ROUTES) expect(matches(route), route).toBe(false);
  expect(matches("/_next/static/chunks/app.js")).toBe(false);
  for (const page of ["/", "/jura/inhabilitet", "/vaerktoejer", "/vaerktoejer/samarbejdsaftale", "/vaerktoejer/hent-mere", "/indsend", "/cases"]) {
    expect(matches(page), page).toBe(true);
  }
});

it("sends /cases with a filter to the catalogue rendered per request, with a nonce policy, and leaves /cases alone", async () => {
  const { NextRequest } = await import("next/server");
  const { proxy } = await import("@/proxy");
  const filtered = proxy(new NextRequest("http://localhost/cases?fase=opstart&q=velf%C3%A6rd"));
  const target = new URL(filtered.headers.get("x-middleware-rewrite") ?? "http://x/none");
  expect(target.pathname).toBe("/cases-udvalg");
  expect(target.searchParams.get("fase")).toBe("opstart");
  expect(target.searchParams.get("q")).toBe("velfærd");
  expect(filtered.headers.get("content-security-policy")).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);

  for (const url of ["http://localhost/cases", "http://localhost/cases?utm_source=nyhedsbrev", "http://localhost/cases/boblberg?fase=ide"]) {
    expect(proxy(new NextRequest(url)).headers.get("x-middleware-rewrite"), url).toBeNull();
  }
  for (const key of ["fase", "maalgruppe", "omraade", "type", "status", "q", "sortering", "side"]) {
    expect(proxy(new NextRequest(`http://localhost/cases?${key}=x`)).headers.get("x-middleware-rewrite"), key).toContain("/cases-udvalg");
  }
});

it("sends ?maalgruppe= on a guide page to its prerendered variant, and nowhere the variant does not exist", async () => {
  const { NextRequest } = await import("next/server");
  const { proxy } = await import("@/proxy");
  const rewritten = (url: string) => proxy(new NextRequest(url)).headers.get("x-middleware-rewrite");
  expect(new URL(rewritten("http://localhost/jura/inhabilitet?maalgruppe=virksomhed") ?? "http://x/none").pathname).toBe("/for/virksomhed/jura/inhabilitet");
  for (const url of [
    "http://localhost/?maalgruppe=virksomhed",
    "http://localhost/jura/inhabilitet?maalgruppe=alle",
    "http://localhost/markedsplads?maalgruppe=offentlig",
    "http://localhost/cases/boblberg?maalgruppe=offentlig",
    "http://localhost/for/offentlig/jura?maalgruppe=virksomhed",
    // Not a page from content, so it has no variant in the build: the page itself answers.
    "http://localhost/soeg?maalgruppe=virksomhed",
  ]) {
    expect(rewritten(url), url).toBeNull();
  }
  // A prerendered page gets its own hashes, not a nonce.
  expect(proxy(new NextRequest("http://localhost/vaerktoejer/vejvalg")).headers.get("content-security-policy")).toContain("'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='");
  // On the catalogue it is a filter: the filtered catalogue answers, not an audience variant.
  expect(new URL(rewritten("http://localhost/cases?maalgruppe=virksomhed") ?? "http://x/none").pathname).toBe("/cases-udvalg");
});

it("asks the browser to upgrade http: addresses only where the site is served over HTTPS", async () => {
  const { NextRequest } = await import("next/server");
  const { proxy } = await import("@/proxy");
  const policy = (url: string, headers: Record<string, string> = {}) => proxy(new NextRequest(url, { headers })).headers.get("content-security-policy") ?? "";
  const saved = process.env.SITE_URL;
  try {
    delete process.env.SITE_URL;
    for (const url of ["http://localhost/", "http://localhost/vaerktoejer/vejvalg", "http://localhost/cases?fase=ide"]) {
      expect(policy(url), url).not.toContain("upgrade-insecure-requests");
      expect(policy(url, { "x-forwarded-proto": "http" }), url).not.toContain("upgrade-insecure-requests");
      expect(policy(url, { "x-forwarded-proto": "https" }), url).toContain("upgrade-insecure-requests");
    }
    process.env.SITE_URL = "https://opi-guiden.example.dk";
    expect(policy("http://localhost/")).toContain("upgrade-insecure-requests");
  } finally {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  }
});
