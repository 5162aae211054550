/**
 * The guard: a small HTTP server in front of the Next.js standalone server (docs/deploy.md, "The guard"). It
 * answers what Next.js would answer with a 500, an English text or no security headers, and it bounds how long
 * a client may take, before the request reaches Next.js:
 * - a method other than GET, HEAD, POST or OPTIONS: 405; an address with a broken percent-escape: 400;
 * - a POST from another site (its Origin is not this host): 403;
 * - a body over MAX_REQUEST_BODY: 413; a form or server-action reply that does not parse: 400 (lib/guard/body.ts);
 * - headers over MAX_HEADER_BYTES: 431; a client that stops sending: 408;
 * and every answer, its own or the server's, leaves with the security headers. An error status from Next.js that
 * comes without a page of its own (plain text, or nothing) gets the Danish page for it, and a 5xx is logged.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { checkBody } from "./body";
import { checkOrigin, checkPostHeaders, checkTarget, forwardedHeaders, isTrustedPeer } from "./checks";
import {
  BODY_IDLE_TIMEOUT_MS,
  HEADERS_TIMEOUT_MS,
  LINGER_BYTES,
  MAX_HEADER_BYTES,
  MAX_REQUEST_BODY,
  REQUEST_TIMEOUT_MS,
  SEND_IDLE_TIMEOUT_MS,
  UPSTREAM_TIMEOUT_MS,
} from "./limits";
import { ALLOWED_METHODS, reasonFor, refusal, withSecurityHeaders, type Answer, type Refusal } from "./pages";

export interface GuardOptions {
  /** Where the Next.js server listens (loopback). */
  upstream: { host: string; port: number };
  /** How long an idle connection stays open (KEEP_ALIVE_TIMEOUT). */
  keepAliveTimeout?: number;
  /** The ids of the build's server functions; a request for any other gets 409 without reaching Next.js. */
  actions?: ReadonlySet<string>;
  log?: (message: string) => void;
}

const STATUS_TEXT = http.STATUS_CODES;

/** An answer written straight to the socket, for requests Node's parser refused before there was a response. */
function rawAnswer(answer: Answer): string {
  const lines = [`HTTP/1.1 ${answer.status} ${STATUS_TEXT[answer.status] ?? ""}`, ...Object.entries(answer.headers).map(([name, value]) => `${name}: ${value}`), "Connection: close"];
  return `${lines.join("\r\n")}\r\n\r\n${answer.body.toString("utf8")}`;
}

function send(res: ServerResponse, answer: Answer, method = "GET") {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(answer.status, answer.headers);
  res.end(method === "HEAD" ? undefined : answer.body);
}

/**
 * Refuses a request whose body is not (all) read. Node reads the rest and drops it after the answer, so the
 * browser, still sending, gets to show the page; a body that goes on past LINGER_BYTES loses its connection, and
 * requestTimeout bounds the time. A client that went quiet gets the answer and loses its connection at once.
 */
function refuseBeforeBody(req: IncomingMessage, res: ServerResponse, answer: Answer, closeAfter = false) {
  if (closeAfter) answer.headers.Connection = "close";
  send(res, answer, req.method);
  if (closeAfter) {
    res.once("finish", () => req.socket.destroy());
    return;
  }
  let dropped = 0;
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) req.socket.destroy();
  });
  req.resume();
}

/** Reads the body whole, at most MAX_REQUEST_BODY, with a pause of at most BODY_IDLE_TIMEOUT_MS between chunks. */
function readBody(req: IncomingMessage): Promise<Buffer | "too-large" | "too-slow" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: Buffer | "too-large" | "too-slow" | "aborted") => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      req.off("data", onData);
      req.pause();
      resolve(result);
    };
    let idle = setTimeout(() => finish("too-slow"), BODY_IDLE_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BODY) return finish("too-large");
      chunks.push(chunk);
      clearTimeout(idle);
      idle = setTimeout(() => finish("too-slow"), BODY_IDLE_TIMEOUT_MS);
    };
    req.on("data", onData);
    req.once("end", () => finish(Buffer.concat(chunks, size)));
    req.once("aborted", () => finish("aborted"));
    req.once("error", () => finish("aborted"));
  });
}

const ERROR_BODY_TYPES = /^(text\/html|text\/x-component|application\/json)/i;

/** The most of a 5xx page that is read to see whose it is. */
const MAX_ERROR_PAGE = 256 * 1024;

/** The whole body if it is at most `limit` bytes, otherwise null (the rest is dropped). */
function readSome(stream: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    stream.on("end", () => resolve(size <= limit ? Buffer.concat(chunks) : null));
    stream.on("error", () => resolve(null));
  });
}

/** Whether an HTML body, compressed as its Content-Encoding says, is one of the site's Danish pages. */
function isDanishPage(bytes: Buffer, encoding: string): boolean {
  try {
    const plain = encoding === "gzip" ? gunzipSync(bytes) : encoding === "br" ? brotliDecompressSync(bytes) : encoding === "deflate" ? inflateSync(bytes) : encoding ? null : bytes;
    return plain !== null && /<html[^>]*\blang="da"/i.test(plain.subarray(0, 4096).toString("utf8"));
  } catch {
    return false;
  }
}

export function createGuard({ upstream, keepAliveTimeout = 5_000, actions, log = (message) => console.error(message) }: GuardOptions): http.Server {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: Math.max(1_000, keepAliveTimeout - 1_000) });
  const inFlight = new WeakMap<Socket, ServerResponse>();

  function proxy(req: IncomingMessage, res: ServerResponse, headers: Record<string, string | string[]>, body: Buffer | null, retried = false) {
    if (body) {
      headers["content-length"] = String(body.length);
    }
    let clientGone = false;
    // A retry opens a connection of its own: the pool may hold more connections that the server has closed.
    const upstreamRequest = http.request({ ...upstream, agent: retried ? false : agent, method: req.method, path: req.url, headers, timeout: UPSTREAM_TIMEOUT_MS }, (upstreamResponse) => {
      const status = upstreamResponse.statusCode ?? 502;
      const type = String(upstreamResponse.headers["content-type"] ?? "");
      const passOn = (bytes?: Buffer) => {
        const out: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(upstreamResponse.headers)) {
          if (value !== undefined && name !== "connection" && name !== "keep-alive" && name !== "transfer-encoding") out[name] = value;
        }
        if (bytes) out["content-length"] = String(bytes.length);
        return out;
      };
      const replace = () => {
        // Next.js answered an error without a page of its own, or failed: the Danish page for that status.
        const answer = refusal(reasonFor(status), status);
        for (const name of ["Allow", "Retry-After", "x-nextjs-action-not-found"]) {
          const value = upstreamResponse.headers[name.toLowerCase()];
          if (value) answer.headers[name] = String(value);
        }
        send(res, answer, req.method);
      };
      if (status >= 500) {
        log(`guard: ${req.method} ${req.url?.slice(0, 200)} answered ${status} by the Next.js server`);
        // The site's own Danish page for a 5xx (a route that is busy answers 503 with one) is passed on; anything
        // else, such as the framework's English error, is replaced.
        if (!/^text\/html/i.test(type)) {
          upstreamResponse.resume();
          return replace();
        }
        readSome(upstreamResponse, MAX_ERROR_PAGE).then((bytes) => {
          if (!bytes || !isDanishPage(bytes, String(upstreamResponse.headers["content-encoding"] ?? ""))) return replace();
          res.writeHead(status, withSecurityHeaders(passOn(bytes) as Record<string, string>));
          res.end(req.method === "HEAD" ? undefined : bytes);
        });
        return;
      }
      if (status >= 400 && !ERROR_BODY_TYPES.test(type)) {
        upstreamResponse.resume();
        return replace();
      }
      const out = passOn();
      res.writeHead(status, withSecurityHeaders(out as Record<string, string>));
      // A client that stops reading the answer holds the connection only this long; waiting for Next.js is
      // bounded by UPSTREAM_TIMEOUT_MS instead, and an idle kept-alive connection by keepAliveTimeout.
      res.setTimeout(SEND_IDLE_TIMEOUT_MS);
      res.once("finish", () => res.socket?.setTimeout(0));
      upstreamResponse.pipe(res);
      upstreamResponse.on("error", () => res.destroy());
    });
    upstreamRequest.on("timeout", () => upstreamRequest.destroy(new Error("upstream timeout")));
    upstreamRequest.on("error", (error: NodeJS.ErrnoException) => {
      // The client left before the answer: nothing to answer, and nothing to report.
      if (clientGone) return;
      // A kept-alive connection the server closed just as it was reused: the request was not read; send it again.
      if (!retried && upstreamRequest.reusedSocket && error.code === "ECONNRESET") {
        proxy(req, res, headers, body, true);
        return;
      }
      log(`guard: ${req.method} ${req.url?.slice(0, 200)}: no answer from the Next.js server (${error.message}${upstreamRequest.reusedSocket ? ", on a reused connection" : ""}${retried ? ", sent again" : ""})`);
      send(res, refusal("unavailable", error.message === "upstream timeout" ? 504 : 502), req.method);
    });
    res.once("close", () => {
      if (res.writableFinished) return;
      clientGone = true;
      upstreamRequest.destroy();
    });
    if (body) upstreamRequest.end(body);
    else upstreamRequest.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    inFlight.set(req.socket, res);
    res.on("finish", () => inFlight.delete(req.socket));
    const method = req.method ?? "";
    const refuse = (reason: Refusal) => send(res, refusal(reason), method);

    const target = checkTarget(method, req.url ?? "");
    if (target === "options") {
      res.writeHead(204, withSecurityHeaders({ Allow: ALLOWED_METHODS, "Cache-Control": "no-store" }));
      res.end();
      return;
    }
    if (target) return refuse(target);
    const trusted = isTrustedPeer(req.socket.remoteAddress);
    const headers = forwardedHeaders(req.headers, trusted);

    if (method !== "POST") {
      // GET and HEAD carry no body the site reads; one that is sent anyway is dropped.
      delete headers["content-length"];
      req.resume();
      return proxy(req, res, headers, null);
    }
    const refused = checkOrigin(req.headers, trusted) ?? checkPostHeaders(req.headers, actions);
    if (refused) return refuseBeforeBody(req, res, refusal(refused));
    const body = await readBody(req);
    if (body === "aborted") return req.socket.destroy();
    if (body === "too-large" || body === "too-slow") return refuseBeforeBody(req, res, refusal(body), body === "too-slow");
    const bad = await checkBody(body, headers, actions);
    if (bad) return send(res, refusal(bad), method);
    proxy(req, res, headers, body);
  }

  // Node checks the two timeouts every connectionsCheckingInterval (30 s by default): once a second here.
  const options = { maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 1_000 };
  const server = http.createServer(options, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`guard: ${req.method} ${req.url?.slice(0, 200)}: ${error instanceof Error ? error.message : String(error)}`);
      send(res, refusal("server-error"), req.method);
    });
  });
  server.keepAliveTimeout = keepAliveTimeout;

  // Requests Node's parser refuses before there is a request object: too large headers, a malformed request line,
  // a request that took too long. Node's own answer would be bare; this one is the Danish page with every header.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    const reason: Refusal =
      error.code === "HPE_HEADER_OVERFLOW" ? "headers-too-large" : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? "too-slow" : error.code === "HPE_INVALID_METHOD" ? "method" : "bad-request";
    const res = inFlight.get(socket);
    if (res && !res.headersSent) {
      res.setHeader("Connection", "close");
      send(res, refusal(reason));
      res.on("finish", () => socket.destroy());
      return;
    }
    if (socket.writable && !res) socket.end(rawAnswer(refusal(reason)));
    else socket.destroy();
  });
  // No WebSocket or other protocol switch is served.
  server.on("upgrade", (_req: IncomingMessage, socket: Socket) => socket.end(rawAnswer(refusal("bad-request"))));
  server.on("close", () => agent.destroy());
  return server;
}
