/**
 * Shared by the routes that plain HTML forms post to: a size limit, the form types they accept,
 * and a Danish error page for every bad request. No request ever gets a 500 page from here.
 */
import { ERROR_PAGE_CSP, errorPageHtml } from "./error-page";
import { documentText } from "@/lib/text/rules";

export const MAX_BODY = 100 * 1024;

/**
 * The routes' own Content Security Policy. Their answers are files and one plain error page with no script, so
 * they need none of the pages' script sources, and the proxy (proxy.ts) leaves them alone: a download costs no
 * policy work per request.
 */
export const FILE_ROUTE_CSP = ERROR_PAGE_CSP;

/** The paths of the routes in this file's care, which proxy.ts leaves out. */
export const FILE_ROUTES = ["/vaerktoejer/dokument", "/vaerktoejer/hent", "/indsend/fil"] as const;

export function problem(status: number, title: string, text: string, items: string[] = [], headers: Record<string, string> = {}): Response {
  const html = errorPageHtml({ title, text, items, link: { href: "/vaerktoejer", label: "Gå til værktøjerne" } });
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": FILE_ROUTE_CSP, ...headers } });
}

const tooLarge = () => problem(413, "Forespørgslen er for stor", "Svarene fylder mere end 100 KB. Forkort de længste tekster, og prøv igen.");

/** Reads a posted HTML form, or answers with the Danish error page to send instead. */
export async function readPostedForm(request: Request): Promise<FormData | Response> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY) return tooLarge();
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
    return problem(415, "Forkert format", "Send svarene fra formularen i OPI-guiden.");
  }
  const body = await request.arrayBuffer();
  if (body.byteLength > MAX_BODY) return tooLarge();
  try {
    return await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    return problem(400, "Formularen kunne ikke læses", "Gå tilbage, og send formularen igen.");
  }
}

// Characters no file name may hold on some system: path separators, Windows' reserved ones, controls.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f/\\<>:"|?*]/g;
const TRANSLITERATIONS: Record<string, string> = { æ: "ae", Æ: "Ae", ø: "oe", Ø: "Oe", å: "aa", Å: "Aa", ß: "ss", "–": "-", "—": "-" };

/** A name part cleaned for any file system: no path, no "..", no reserved or control characters. */
function cleanName(text: string): string {
  return documentText(text).replace(/\s+/g, " ").replace(UNSAFE_IN_NAME, "-").replace(/\.{2,}/g, ".").replace(/^[\s.-]+|[\s.]+$/g, "");
}

/**
 * "Behovsscreening – Ældreområdet.xlsx": the name as written, percent-encoded UTF-8 in filename*, and an ASCII
 * fallback for old clients (æ → ae, Å → Aa, other letters without their accents, anything else left out).
 */
export function contentDisposition(name: string): string {
  const [, base = name, extension = ""] = /^(.*?)(\.[A-Za-z0-9]{1,5})?$/.exec(name) ?? [];
  const safe = cleanName(base) || "dokument";
  const ascii =
    cleanName(
      safe
        .replace(/[æÆøØåÅß–—]/g, (char) => TRANSLITERATIONS[char]!)
        .normalize("NFKD")
        .replace(/[^\x20-\x7e]/g, ""),
    ) || "dokument";
  const encoded = encodeURIComponent(`${safe}${extension}`).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}${extension}"; filename*=UTF-8''${encoded}`;
}

/** A generated file, to be saved under `name` and never cached. */
export function download(body: BodyInit, type: string, name: string): Response {
  return new Response(body, {
    headers: { "Content-Type": type, "Content-Disposition": contentDisposition(name), "Cache-Control": "no-store", "Content-Security-Policy": FILE_ROUTE_CSP },
  });
}

export function methodNotAllowed(): Response {
  return problem(405, "Brug formularen", "Filer laves fra værktøjerne under Værktøjer.", [], { Allow: "POST" });
}
