/**
 * What the guard checks before a request reaches the Next.js server: the method, the address, where a form comes
 * from, the body's format and size. Each check names the refusal (lib/guard/pages.ts) to answer with, or null.
 * Pure functions of the request line and headers; the body is checked in lib/guard/body.ts.
 */
import type { IncomingHttpHeaders } from "node:http";
import { MAX_REQUEST_BODY } from "./limits";
import type { Refusal } from "./pages";

/** The one value of a header, or undefined. */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Loopback addresses: a proxy on the same machine (nginx in docs/deploy.md), whose X-Forwarded-* are believed. */
export function isTrustedPeer(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return address === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** The media type in lower case, and the parameters as sent. */
export function parseContentType(value: string | undefined): { type: string; params: string; boundary: string | undefined } {
  const text = value ?? "";
  const semicolon = text.indexOf(";");
  const type = (semicolon === -1 ? text : text.slice(0, semicolon)).trim().toLowerCase();
  const params = semicolon === -1 ? "" : text.slice(semicolon);
  const match = /;\s*boundary=(?:"([^"]*)"|([^;\s]*))/i.exec(params);
  return { type, params, boundary: match ? (match[1] ?? match[2]) : undefined };
}

/** RFC 2046: 1 to 70 characters from a small set, not ending in a space. */
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/;

/** The request line: the method and the address. */
export function checkTarget(method: string, url: string): Refusal | "options" | null {
  if (method === "OPTIONS") return "options";
  if (method !== "GET" && method !== "HEAD" && method !== "POST") return "method";
  // Only origin-form addresses ("/path?query"); a proxy-style absolute address or "*" is not this server's.
  if (!url.startsWith("/") || url.startsWith("//")) return "bad-address";
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  try {
    decodeURIComponent(path);
  } catch {
    return "bad-address";
  }
  return null;
}

/** The host the browser addressed: X-Forwarded-Host from a trusted proxy, otherwise Host. */
export function requestHost(headers: IncomingHttpHeaders, trusted: boolean): string | undefined {
  const forwarded = trusted ? header(headers, "x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return (forwarded || header(headers, "host"))?.toLowerCase();
}

/**
 * A form posted from another site is refused: its Origin must be this host. A request with no Origin at all is
 * not a browser's form (browsers send Origin with every POST), and is let through, as the routes answer it alone.
 */
export function checkOrigin(headers: IncomingHttpHeaders, trusted: boolean): Refusal | null {
  const origin = header(headers, "origin");
  if (origin === undefined) return null;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return "foreign-origin";
  }
  return origin !== "null" && host !== "" && host === requestHost(headers, trusted) ? null : "foreign-origin";
}

/**
 * A POST's declared body: a form (multipart or urlencoded), or a server action's reply in text. The server
 * action handler of Next.js reads every other body of an action as its JSON, and fails on it.
 */
export function checkPostHeaders(headers: IncomingHttpHeaders, actions?: ReadonlySet<string>): Refusal | null {
  const length = header(headers, "content-length");
  if (length !== undefined && Number(length) > MAX_REQUEST_BODY) return "too-large";
  const { type, boundary } = parseContentType(header(headers, "content-type"));
  const actionId = header(headers, "next-action");
  const action = actionId !== undefined;
  // A server function this build does not have: most often a page from before the last deploy.
  if (action && actions && !actions.has(actionId)) return "outdated";
  if (type === "multipart/form-data") return boundary !== undefined && BOUNDARY.test(boundary) ? null : "bad-form";
  if (type === "application/x-www-form-urlencoded" && !action) return null;
  if (type === "text/plain" && action) return null;
  return "wrong-format";
}

// Expect: 100-continue too: the guard has the whole body before it passes the request on.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "http2-settings", "expect"]);
const FROM_PROXY = new Set(["x-forwarded-host", "x-forwarded-proto", "x-forwarded-for", "x-forwarded-port", "forwarded", "x-real-ip"]);

/**
 * The headers passed on to the Next.js server: without hop-by-hop headers, without Next.js' internal headers,
 * without proxy headers from a client that is not a trusted proxy, and with the media type in lower case, as
 * Next.js compares it letter for letter.
 */
export function forwardedHeaders(headers: IncomingHttpHeaders, trusted: boolean): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name.startsWith("x-middleware-") || name.startsWith("x-invoke-")) continue;
    if (!trusted && FROM_PROXY.has(name)) continue;
    out[name] = value;
  }
  const contentType = header(headers, "content-type");
  if (contentType !== undefined) {
    const { type, params } = parseContentType(contentType);
    out["content-type"] = `${type}${params}`;
  }
  return out;
}
