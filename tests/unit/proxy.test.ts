import { expect, it } from "vitest";
// @ts-expect-error Next.js' own matcher compiler has no type declarations.
import { getMiddlewareMatchers } from "next/dist/build/analysis/get-page-static-info";
import { config } from "@/proxy";
import { FILE_ROUTES } from "@/lib/http/forms";

// Next.js needs the matcher written out in proxy.ts; this keeps it in step with the routes that set their own policy.
// Matched the way Next.js compiles the matcher, so the test reads it as the server does.
const compiled = (getMiddlewareMatchers(config.matcher, {}) as { regexp: string }[]).map(({ regexp }) => new RegExp(regexp));
const matches = (path: string) => compiled.some((regexp) => regexp.test(path));

it("leaves the file routes and static files to their own headers, and gives every page the page policy", () => {
  for (const route of FILE_ROUTES) expect(matches(route), route).toBe(false);
  expect(matches("/_next/static/chunks/app.js")).toBe(false);
  for (const page of ["/", "/jura/inhabilitet", "/vaerktoejer", "/vaerktoejer/samarbejdsaftale", "/vaerktoejer/hent-mere", "/indsend", "/cases"]) {
    expect(matches(page), page).toBe(true);
  }
});
