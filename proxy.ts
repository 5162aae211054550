/**
 * Sets the Content Security Policy on every page. A prerendered page gets the hashes of its own inline scripts
 * (from the build's csp-hashes.json); a page rendered per request gets a fresh nonce, which Next.js adds to
 * its scripts when it finds it in the request's policy. It also decides the two addresses answered by another
 * page than their path, so the policy always belongs to the page that answers:
 * - a guide page with ?maalgruppe=<rolle>: its prerendered variant /for/<rolle>/<path>, focused on that role;
 * - /cases with a filter: the catalogue rendered per request, so /cases itself can be a prerendered page.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, CSP_MANIFEST, servedOverHttps, type CspManifest } from "@/lib/security/csp";
import { asksForFilter, FILTERED_CATALOGUE } from "@/lib/cases/catalogue";
import { AUDIENCE_PARAM, hasAudienceVariant } from "@/lib/content/routes";
import { AUDIENCES } from "@/lib/content/vocabulary";

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

/** The path of the page that answers, when it is not the requested path itself. */
function rewriteTarget(pathname: string, params: URLSearchParams, { pages }: CspManifest): string | null {
  if (pathname === "/cases" && asksForFilter(params)) return FILTERED_CATALOGUE;
  const audience = params.get(AUDIENCE_PARAM);
  if (!audience || !(AUDIENCES as readonly string[]).includes(audience) || !hasAudienceVariant(pathname)) return null;
  const variant = `/for/${audience}${pathname}`;
  // Only guide pages from content have variants: elsewhere (search, a builder's own pages) the parameter is ignored.
  // The build lists them; without a build's list (development), the rule above decides alone.
  const known = Object.keys(pages).length > 0;
  return !known || pages[variant] ? variant : null;
}

export function proxy(request: NextRequest) {
  const { pages, notFound } = hashes();
  const target = rewriteTarget(request.nextUrl.pathname, request.nextUrl.searchParams, { pages, notFound });
  const answering = new URL(request.nextUrl);
  if (target) answering.pathname = target;
  const options = { dev, upgradeInsecureRequests: servedOverHttps(process.env.SITE_URL, request.headers.get("x-forwarded-proto")) };
  const prerendered = request.method === "GET" || request.method === "HEAD" ? pages[answering.pathname] : undefined;
  if (prerendered) {
    const response = target ? NextResponse.rewrite(answering) : NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy(prerendered, options));
    return response;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy([`'nonce-${nonce}'`, ...notFound], options);
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = target ? NextResponse.rewrite(answering, { request: { headers } }) : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages and routes; not the content-hashed static files, and not the file routes (FILE_ROUTES in
  // lib/http/forms.ts), which set their own, stricter policy. Next.js needs this list written out here.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|(?:vaerktoejer/dokument|vaerktoejer/hent|indsend/fil)(?:/|$)).*)" }],
};
