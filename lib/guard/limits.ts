/**
 * What the guard in front of the Next.js server allows (lib/guard/server.ts). deploy/nginx.conf sets the same body
 * limit and comparable timeouts for the requests that pass through nginx first; docs/deploy.md lists both.
 */
import { MAX_UPLOAD } from "@/lib/agreements/upload";

/** A request body: a builder's upload (MAX_UPLOAD) with room for the form's other fields. nginx: 2560k. */
export const MAX_REQUEST_BODY = MAX_UPLOAD + 512 * 1024;

/** The request line and headers together (Node's own default). Above it: 431. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** From the first byte of a request to the end of its headers. */
export const HEADERS_TIMEOUT_MS = 10_000;

/** From the first byte of a request to the end of its body. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** The longest pause while a body arrives. */
export const BODY_IDLE_TIMEOUT_MS = 10_000;

/** The longest pause while the client reads the answer (a client that stops reading holds a connection). */
export const SEND_IDLE_TIMEOUT_MS = 60_000;

/** The longest wait for the Next.js server's answer: documents are made per request. */
export const UPSTREAM_TIMEOUT_MS = 60_000;

/** After a refusal, at most this much of the rest of the body is read and dropped, so the browser gets to show the answer. */
export const LINGER_BYTES = 8 * 1024 * 1024;

/** Server-action payloads: how deep their JSON may nest, and how many arguments and form parts they may hold. */
export const MAX_JSON_DEPTH = 32;
export const MAX_ACTION_ARGUMENTS = 100;
export const MAX_FORM_PARTS = 2_000;
