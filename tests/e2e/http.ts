/**
 * A small HTTP client for the hostile-input tests: it sends what a browser never would (broken escapes, odd
 * methods, malformed bodies, huge headers) and returns the answer as it arrived, with how long it took.
 */
import http, { type IncomingHttpHeaders } from "node:http";
import { expect } from "@playwright/test";

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  ms: number;
}

export interface Sent {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Send the body without Content-Length, in chunks. */
  chunked?: boolean;
  timeoutMs?: number;
}

// A connection per request: no race with the server closing an idle kept-alive connection.
const agent = new http.Agent({ keepAlive: false, maxSockets: 8 });

/** The port the tests' server listens on, from the project's base URL. */
export function portOf(baseURL: string | undefined): number {
  return Number(new URL(baseURL ?? "http://127.0.0.1:3100").port);
}

export function send(port: number, { method = "GET", path, headers = {}, body, chunked = false, timeoutMs = 30_000 }: Sent): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const bytes = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body, "utf8");
    // A browser sends its page's origin with every POST.
    const origin = method === "POST" ? { origin: `http://127.0.0.1:${port}` } : {};
    const request = http.request(
      { host: "127.0.0.1", port, method, path, agent, headers: { ...origin, ...(bytes && !chunked ? { "content-length": String(bytes.length) } : {}), ...headers }, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms: ${method} ${path.slice(0, 120)}`)));
    request.on("error", reject);
    if (bytes && chunked) {
      for (let at = 0; at < bytes.length; at += 64 * 1024) request.write(bytes.subarray(at, at + 64 * 1024));
      request.end();
    } else request.end(bytes);
  });
}

/** The headers every answer must carry, whoever made it. */
export function expectSecurityHeaders(headers: IncomingHttpHeaders, label: string) {
  const csp = String(headers["content-security-policy"] ?? "");
  expect(csp, `${label}: Content-Security-Policy`).not.toBe("");
  expect(csp.includes("frame-ancestors 'none'") || headers["x-frame-options"] === "DENY", `${label}: frame-ancestors or X-Frame-Options`).toBe(true);
  expect(headers["x-frame-options"], `${label}: X-Frame-Options`).toBe("DENY");
  expect(headers["strict-transport-security"], `${label}: Strict-Transport-Security`).toContain("max-age=");
  expect(headers["x-content-type-options"], `${label}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${label}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], `${label}: Permissions-Policy`).toContain("camera=()");
}

const ENGLISH = /Internal Server Error|Bad Request|Method Not Allowed|Invalid Server Action|Server Action|Not Found<|Payload Too Large|Request Header Fields Too Large/;

/** No 5xx; every header; and an error answer is a Danish page (unless it was a HEAD, which has no body). */
export function expectSafe(answer: Answer, label: string, method = "GET") {
  expect(answer.status, `${label}: status (${answer.body.slice(0, 200)})`).toBeLessThan(500);
  expect(answer.status, label).toBeGreaterThanOrEqual(100);
  expectSecurityHeaders(answer.headers, label);
  if (answer.status >= 400 && method !== "HEAD") {
    expect(String(answer.headers["content-type"]), `${label}: content type`).toContain("text/html");
    expect(answer.body.includes('lang="da"'), `${label}: a Danish page (${answer.body.slice(0, 200)})`).toBe(true);
    expect(/<h1[^>]*>[^<]+/.test(answer.body), `${label}: a heading`).toBe(true);
    expect(ENGLISH.exec(answer.body)?.[0], `${label}: English framework text`).toBeUndefined();
  }
}

/** A seeded pseudo-random source (mulberry32), so a failing case can be sent again. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

/** A text field (a string, or raw bytes), or a file. */
export type Part = [name: string, value: string | Buffer | { data: Buffer; filename: string; type?: string }];

/** A multipart body as a browser writes it. */
export function multipart(parts: Part[], boundary = "----opiguidenfuzz7MA4YWxkTrZu0gW"): { body: Buffer; type: string } {
  const chunks: Buffer[] = [];
  for (const [name, value] of parts) {
    if (typeof value === "string" || Buffer.isBuffer(value)) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`, "utf8"), Buffer.from(value), Buffer.from("\r\n"));
    } else {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.filename}"\r\nContent-Type: ${value.type ?? "application/octet-stream"}\r\n\r\n`, "utf8"));
      chunks.push(value.data, Buffer.from("\r\n"));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

/** The forms of a page that post to a server action without JavaScript, with their fields as the page fills them. */
export function actionForms(html: string): { fields: [string, string][]; names: string[]; actionId: string }[] {
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const forms = [];
  for (const [, inner = ""] of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    if (!inner.includes("$ACTION_REF_")) continue;
    const fields: [string, string][] = [];
    const names = new Set<string>();
    for (const [tag = ""] of inner.matchAll(/<(?:input|textarea|select)\b[^>]*>/g)) {
      const name = /\bname="([^"]*)"/.exec(tag)?.[1];
      if (!name) continue;
      const value = /\bvalue="([^"]*)"/.exec(tag)?.[1];
      if (name.startsWith("$ACTION_")) fields.push([decode(name), decode(value ?? "")]);
      else names.add(decode(name));
    }
    const descriptor = fields.find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1] ?? "{}";
    forms.push({ fields, names: [...names], actionId: String((JSON.parse(descriptor) as { id?: string }).id ?? "") });
  }
  return forms;
}
