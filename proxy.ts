/**
 * Sets the Content Security Policy on every page. A prerendered page gets the hashes of its own inline scripts
 * (from the build's csp-hashes.json); a page rendered per request gets a fresh nonce, which Next.js adds to
 * its scripts when it finds it in the request's policy. It also sends /cases with a filter to the catalogue
 * rendered per request, so the unfiltered catalogue can be a prerendered page.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, CSP_MANIFEST, prerenderedKey, type CspManifest } from "@/lib/security/csp";
import { asksForFilter, FILTERED_CATALOGUE } from "@/lib/cases/catalogue";

const dev = process.env.NODE_ENV === "development";

let manifest: CspManifest | null = null;
function hashes(): CspManifest {
  if (manifest) return manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || ".next", CSP_MANIFEST), "utf8")) as CspManifest;
  } catch {
    // No manifest (development, or a build without scripts/csp-manifest.ts): pages rendered per request still work.
    manifest = { pages: {}, notFound: [] };
  }
  return manifest;
}

/** /cases is prerendered without a filter; a request with one goes to the catalogue rendered per request. */
function filteredCatalogue(url: URL): URL | null {
  if (url.pathname !== "/cases" || !asksForFilter(url.searchParams)) return null;
  const target = new URL(url);
  target.pathname = FILTERED_CATALOGUE;
  return target;
}

export function proxy(request: NextRequest) {
  const { pages, notFound } = hashes();
  const rewrite = filteredCatalogue(request.nextUrl);
  const key = prerenderedKey(request.nextUrl.pathname, request.nextUrl.searchParams.get("maalgruppe"));
  const prerendered = !rewrite && (request.method === "GET" || request.method === "HEAD") ? pages[key] : undefined;
  if (prerendered) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy(prerendered, { dev }));
    return response;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy([`'nonce-${nonce}'`, ...notFound], { dev });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = rewrite ? NextResponse.rewrite(rewrite, { request: { headers } }) : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages and routes; not the content-hashed static files, and not the file routes (FILE_ROUTES in
  // lib/http/forms.ts), which set their own, stricter policy. Next.js needs this list written out here.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|(?:vaerktoejer/dokument|vaerktoejer/hent|indsend/fil)(?:/|$)).*)" }],
};
