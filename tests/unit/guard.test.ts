import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBody, isPlainModel } from "@/lib/guard/body";
import { checkOrigin, checkPostHeaders, checkTarget, forwardedHeaders, isTrustedPeer } from "@/lib/guard/checks";
import { MAX_REQUEST_BODY } from "@/lib/guard/limits";
import { NGINX_ERROR_PAGES, nginxErrorPage, refusal } from "@/lib/guard/pages";
import { createGuard } from "@/lib/guard/server";
import { securityHeaders } from "@/lib/security/headers.mjs";

const ACTION = "60c33ef57df185e6673c3b6d2f09d9fa2ef8ef33f3";

function form(parts: [string, string][], boundary = "b0undary"): { body: Buffer; type: string } {
  const text = parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body: Buffer.from(text), type: `multipart/form-data; boundary=${boundary}` };
}

describe("the request line", () => {
  it("lets GET, HEAD and POST through, answers OPTIONS itself and refuses every other method", () => {
    for (const method of ["GET", "HEAD", "POST"]) expect(checkTarget(method, "/"), method).toBeNull();
    expect(checkTarget("OPTIONS", "/")).toBe("options");
    for (const method of ["TRACE", "TRACK", "PUT", "DELETE", "PATCH", "PROPFIND", "CONNECT", "get"]) expect(checkTarget(method, "/"), method).toBe("method");
  });

  it("refuses a path with a broken percent-escape, and only the path", () => {
    for (const path of ["/%ff", "/%", "/%E0%A4%A", "/cases/%E0%A4%A", "/_next/static/%ff", "/a%c3%28"]) expect(checkTarget("GET", path), path).toBe("bad-address");
    for (const path of ["/", "/cases?q=%ff", "/soeg?q=%", "/jura/%C3%A6ndring", "/%2e%2e/x", "/a%00b"]) expect(checkTarget("GET", path), path).toBeNull();
    for (const path of ["http://evil.example/", "*", "//evil.example/x", ""]) expect(checkTarget("GET", path), path).toBe("bad-address");
  });
});

describe("where a form comes from", () => {
  const headers = (extra: Record<string, string>) => ({ host: "opi.example.dk", ...extra });
  it("lets the site's own origin and a request without Origin through, and refuses every other", () => {
    expect(checkOrigin(headers({ origin: "https://opi.example.dk" }), false)).toBeNull();
    expect(checkOrigin(headers({}), false)).toBeNull();
    for (const origin of ["https://evil.example", "null", "not a url", "https://opi.example.dk.evil.example", "https://opi.example.dk:8443"]) {
      expect(checkOrigin(headers({ origin }), false), origin).toBe("foreign-origin");
    }
  });

  it("believes X-Forwarded-Host only from a proxy on the same machine", () => {
    const forwarded = headers({ origin: "https://public.example.dk", "x-forwarded-host": "public.example.dk" });
    expect(checkOrigin(forwarded, true)).toBeNull();
    expect(checkOrigin(forwarded, false)).toBe("foreign-origin");
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "127.1.2.3"]) expect(isTrustedPeer(address), address).toBe(true);
    for (const address of ["10.0.0.1", "192.168.1.20", "::ffff:10.0.0.1", "fe80::1", undefined]) expect(isTrustedPeer(address), String(address)).toBe(false);
  });

  it("passes proxy headers on only from a trusted proxy, never Next.js' internal ones, and lowers the media type", () => {
    const sent = { host: "x", "x-forwarded-proto": "https", "x-forwarded-host": "y", forwarded: "proto=https", "x-middleware-subrequest": "1", "x-invoke-path": "/", connection: "close", "content-type": "Multipart/Form-Data; boundary=AbC" };
    expect(forwardedHeaders(sent, false)).toEqual({ host: "x", "content-type": "multipart/form-data; boundary=AbC" });
    expect(forwardedHeaders(sent, true)).toMatchObject({ "x-forwarded-proto": "https", "x-forwarded-host": "y", forwarded: "proto=https" });
    expect(forwardedHeaders(sent, true)).not.toHaveProperty("x-middleware-subrequest");
  });
});

describe("a POST's declared body", () => {
  it("takes forms, and a server action's reply in text, and nothing else", () => {
    expect(checkPostHeaders({ "content-type": "multipart/form-data; boundary=x" })).toBeNull();
    expect(checkPostHeaders({ "content-type": "application/x-www-form-urlencoded; charset=UTF-8" })).toBeNull();
    expect(checkPostHeaders({ "content-type": "text/plain;charset=UTF-8", "next-action": ACTION })).toBeNull();
    for (const type of ["application/json", "text/plain", "text/xml", "multipart/mixed; boundary=x", ""]) expect(checkPostHeaders({ "content-type": type }), type).toBe("wrong-format");
    expect(checkPostHeaders({ "content-type": "application/x-www-form-urlencoded", "next-action": ACTION })).toBe("wrong-format");
    for (const type of ["multipart/form-data", "multipart/form-data; boundary=", 'multipart/form-data; boundary="a b "', `multipart/form-data; boundary=${"x".repeat(71)}`]) {
      expect(checkPostHeaders({ "content-type": type }), type).toBe("bad-form");
    }
    expect(checkPostHeaders({ "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_REQUEST_BODY + 1) })).toBe("too-large");
  });

  it("sends a server function this build does not have to 409 before the body is read", () => {
    const actions = new Set([ACTION]);
    expect(checkPostHeaders({ "content-type": "multipart/form-data; boundary=x", "next-action": ACTION }, actions)).toBeNull();
    expect(checkPostHeaders({ "content-type": "multipart/form-data; boundary=x", "next-action": "0".repeat(42) }, actions)).toBe("outdated");
  });
});

describe("a server action's reply", () => {
  it("accepts the values the builders' states are made of", () => {
    const state = { document: "samarbejdsaftale", step: 2, answers: { project: { title: "$$100 i budget", start: "2027-01-01" }, parties: { companies: [{ name: "A/S" }, { name: "ApS" }] } }, errors: {}, notice: "$undefined", revision: 3 };
    for (const json of [JSON.stringify([state, "$K1"]), '["$Infinity","$-0","$NaN","$D2026-01-01T00:00:00.000Z","$n42","$n-7"]', "[]", '[null, true, 1.5, "plain"]']) {
      expect(isPlainModel(json, { array: true }).ok, json).toBe(true);
    }
  });

  it("refuses every reference, every value that loads something, and any nesting or array beyond its bounds", () => {
    for (const token of ["$1", "$0:answers", "$@1", "$h1", "$Q1", "$W1", "$i1", "$B1", "$R1", "$r1", "$X1", "$x1", "$T", "$A1", "$o1", "$V1", "$F1", "$", "$nabc", `$n${"9".repeat(301)}`, "$Z"]) {
      expect(isPlainModel(JSON.stringify([{ answers: { x: [token] } }]), { array: true }).ok, token).toBe(false);
    }
    expect(isPlainModel(JSON.stringify([{ then: "$1:then" }]), { array: true }).ok).toBe(false);
    for (const json of ["not json", "{}", '"x"', "null", `[${"[".repeat(40)}${"]".repeat(40)}]`, "[".repeat(10_000) + "]".repeat(10_000), JSON.stringify(Array.from({ length: 101 }, () => 0))]) {
      expect(isPlainModel(json, { array: true }).ok, json.slice(0, 30)).toBe(false);
    }
    expect(isPlainModel(JSON.stringify([Array.from({ length: 600_000 }, () => 0)]), { array: true }).ok).toBe(false);
    // "$@" is only for a descriptor's bound state.
    expect(isPlainModel(`{"id":"${ACTION}","bound":"$@1"}`, { promiseKey: "bound" }).ok).toBe(true);
    expect(isPlainModel(`{"id":"${ACTION}","bound":"$@1","x":"$@2"}`, { promiseKey: "bound" }).ok).toBe(false);
  });

  it("checks a form without JavaScript: descriptor, known function and bound state", async () => {
    const actions = new Set([ACTION]);
    const fields = (descriptor: string, state: string): [string, string][] => [["$ACTION_REF_1", ""], ["$ACTION_1:0", descriptor], ["$ACTION_1:1", state], ["$ACTION_KEY", "k1"], ["intent", "next"]];
    const check = async (parts: [string, string][]) => {
      const { body, type } = form(parts);
      return checkBody(body, { "content-type": type }, actions);
    };
    expect(await check(fields(`{"id":"${ACTION}","bound":"$@1"}`, '[{"tool":"vejvalg","answers":{},"errors":{},"done":false,"revision":0}]'))).toBeNull();
    expect(await check(fields(`{"id":"${ACTION}","bound":null}`, "whatever"))).toBeNull();
    expect(await check(fields(`{"id":"${"0".repeat(42)}","bound":"$@1"}`, "[{}]"))).toBe("outdated");
    for (const [descriptor, state] of [
      ["not json", "[{}]"],
      [`{"id":"${ACTION}","bound":"$@2"}`, "[{}]"],
      [`{"id":"${ACTION}","bound":"$Q1"}`, "[{}]"],
      ['{"id":"$@1","bound":"$@1"}', "[{}]"],
      [`{"id":"${ACTION}","bound":"$@1"}`, "not json"],
      [`{"id":"${ACTION}","bound":"$@1"}`, '["$F1"]'],
      [`{"id":"${ACTION}","bound":"$@1"}`, "{}"],
    ]) {
      expect(await check(fields(descriptor!, state!)), `${descriptor} ${state}`).toBe("bad-form");
    }
    expect(await check([...fields(`{"id":"${ACTION}","bound":"$@1"}`, "[{}]"), ["$ACTION_1:1", "[{}]"]]), "bound state twice").toBe("bad-form");
    expect(await check([...fields(`{"id":"${ACTION}","bound":"$@1"}`, "[{}]"), ["$ACTION_REF_2", ""], ["$ACTION_REF_3", ""]]), "three references").toBe("bad-form");
    expect(await check([["$ACTION_ID_" + "1".repeat(42), ""]]), "unknown unbound function").toBe("outdated");
  });

  it("checks a reply sent by the page's script, with the parser Next.js uses", async () => {
    const headers = (type: string) => ({ "content-type": type, "next-action": ACTION });
    const ok = form([["0", '[{"revision":0},"$K1"]'], ["_1_intent", "next"]]);
    expect(await checkBody(ok.body, headers(ok.type))).toBeNull();
    for (const parts of [[["0", "[1"]], [["0", '["$@5"]']], [["1", "[]"]], [["0", "[]"], ["0", "[]"]]] as [string, string][][]) {
      const { body, type } = form(parts);
      expect(await checkBody(body, headers(type)), JSON.stringify(parts)).toBe("bad-form");
    }
    expect(await checkBody(Buffer.from('[{"revision":0}]'), headers("text/plain"))).toBeNull();
    expect(await checkBody(Buffer.from([0x5b, 0xff, 0x5d]), headers("text/plain"))).toBe("bad-form");
  });

  it("refuses multipart that does not parse: truncated, unterminated, wrong boundary, a part without headers", async () => {
    const { body, type } = form([["a", "1"], ["b", "2"]]);
    const broken: [Buffer, string][] = [
      [body.subarray(0, 30), type],
      [body.subarray(0, body.lastIndexOf("--b0undary--")), type],
      [body, "multipart/form-data; boundary=other"],
      [Buffer.from("--b0undary\r\n\r\nvalue\r\n--b0undary--\r\n"), type],
    ];
    for (const [bytes, contentType] of broken) expect(await checkBody(bytes, { "content-type": contentType }), bytes.toString().slice(0, 40)).toBe("bad-form");
    const many = form(Array.from({ length: 2_001 }, (_, i): [string, string] => [`f${i % 3}`, "x"]));
    expect(await checkBody(many.body, { "content-type": many.type }), "2,001 parts").toBe("bad-form");
  });
});

describe("the pages", () => {
  it("every refusal and every nginx error page is Danish, with every security header", () => {
    const answer = refusal("too-large");
    expect(answer.status).toBe(413);
    for (const { key, value } of securityHeaders) expect(answer.headers[key], key).toBe(value);
    expect(answer.headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(answer.body.toString()).toContain('<html lang="da">');
    expect(answer.body.toString()).toContain("Dine svar står stadig i formularen");
    expect(refusal("method").headers.Allow).toBe("GET, HEAD, POST, OPTIONS");
    for (const file of Object.keys(NGINX_ERROR_PAGES)) expect(nginxErrorPage(file), file).toMatch(/^<!doctype html><html lang="da">.*<h1>[^<]+<\/h1>/);
  });
});

describe("the guard in front of a server", () => {
  let upstream: http.Server;
  let guard: http.Server;
  let port = 0;
  const seen: { url?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        seen.push({ url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() });
        if (req.url === "/fails") return res.writeHead(500, { "content-type": "text/html" }).end("<h1>Internal Server Error</h1>");
        if (req.url === "/plain-error") return res.writeHead(409, { "content-type": "text/plain" }).end("Server Action unavailable.");
        if (req.url === "/empty-405") return res.writeHead(405, { allow: "POST" }).end();
        if (req.url === "/busy") return res.writeHead(503, { "content-type": "text/html; charset=utf-8", "retry-after": "10" }).end('<!doctype html><html lang="da"><h1>Prøv igen om lidt</h1></html>');
        if (req.url === "/busy-gzip") return res.writeHead(503, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync('<html lang="da"><h1>Prøv igen om lidt</h1></html>'));
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "x-frame-options": "SAMEORIGIN" }).end("<p>ok</p>");
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    guard = createGuard({ upstream: { host: "127.0.0.1", port: (upstream.address() as AddressInfo).port }, log: () => {} });
    await new Promise<void>((resolve) => guard.listen(0, "127.0.0.1", resolve));
    port = (guard.address() as AddressInfo).port;
  });
  afterAll(() => {
    guard.close();
    upstream.close();
  });

  const get = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, path, method: init.method ?? "GET", headers: init.headers, agent: false }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      });
      request.on("error", reject);
      request.end(init.body);
    });

  it("passes a good request on, and adds the security headers the answer lacks without replacing its own", async () => {
    const answer = await get("/page?x=1");
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("<p>ok</p>");
    expect(answer.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(seen.at(-1)?.url).toBe("/page?x=1");
  });

  it("gives a failure of the server or its bare English errors the Danish page, with every header", async () => {
    const failed = await get("/fails");
    expect(failed.status).toBe(500);
    expect(failed.body).toContain("Der skete en fejl");
    expect(failed.body).not.toContain("Internal Server Error");
    const plain = await get("/plain-error");
    expect(plain.status).toBe(409);
    expect(plain.body).toContain("Siden er blevet opdateret");
    expect(plain.headers["x-nextjs-action-not-found"]).toBe("1");
    const empty = await get("/empty-405", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=1" });
    expect(empty.status).toBe(405);
    expect(empty.headers.allow).toBe("POST");
    expect(empty.body).toContain('lang="da"');
    for (const answer of [failed, plain, empty]) for (const { key } of securityHeaders) expect(answer.headers[key.toLowerCase()], key).toBeTruthy();
  });

  it("passes on the site's own Danish page for a 5xx, such as a busy route's 503, with its Retry-After", async () => {
    const busy = await get("/busy");
    expect(busy.status).toBe(503);
    expect(busy.headers["retry-after"]).toBe("10");
    expect(busy.body).toContain("Prøv igen om lidt");
    expect(busy.headers["strict-transport-security"]).toBeTruthy();
    const compressed = await new Promise<{ status: number; body: Buffer }>((resolve) => {
      http.get({ host: "127.0.0.1", port, path: "/busy-gzip", agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
      });
    });
    expect(compressed.status).toBe(503);
    expect(gunzipSync(compressed.body).toString()).toContain("Prøv igen om lidt");
  });

  it("answers the refused requests itself: they never reach the server", async () => {
    const before = seen.length;
    expect((await get("/%ff")).status).toBe(400);
    expect((await get("/", { method: "TRACE" })).status).toBe(405);
    expect((await get("/", { method: "OPTIONS" })).status).toBe(204);
    expect((await get("/x", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" }, body: "a=1" })).status).toBe(403);
    expect((await get("/x", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(415);
    expect((await get("/x", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x\r\nbroken" })).status).toBe(400);
    expect((await get("/x", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(MAX_REQUEST_BODY + 1) } })).status).toBe(413);
    expect(seen.length).toBe(before);
  });

  it("answers headers over the limit with a Danish 431 on the socket itself", async () => {
    const raw = await new Promise<string>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => socket.write(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"b".repeat(20_000)}\r\n\r\n`));
      let text = "";
      socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
      socket.on("close", () => resolve(text));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 431 /);
    expect(raw).toContain("Strict-Transport-Security: max-age=");
    expect(raw).toContain("Adressen er for lang");
  });
});
