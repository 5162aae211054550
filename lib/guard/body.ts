/**
 * The body of a POST, read whole (at most MAX_REQUEST_BODY) before it reaches the Next.js server, which answers a
 * body it cannot parse with a 500. A form must parse with the parser Next.js will use on it: the platform's
 * FormData parser for pages and routes, and also busboy for a server action sent by the page's script. A server
 * action's reply (React's Flight format) must be JSON that React's decoder turns into plain values.
 *
 * What the decoder could be made to do, and the bound set here:
 * - References ("$1:path", "$@1" promises, "$h" server functions, "$Q"/"$W" maps and sets, "$B" blobs, "$R"/"$X"
 *   streams and iterators, "$A"…"$V" typed arrays, "$T" temporary references) build a graph of values from other
 *   parts, call module loaders and create promises that never settle; the actions here take a plain state and a
 *   form, so none is allowed. Left: "$$" (an escaped dollar), "$K" (the form), "$u", "$I", "$-", "$N", "$D" and
 *   "$n" with at most 300 digits: values without references.
 * - Nesting: the decoder revives a value recursively, so deep nesting overflows its stack; JSON here nests at
 *   most MAX_JSON_DEPTH levels, checked without recursion.
 * - Size: strings and arrays are bounded by the body limit; an array tree also by React's own count.
 * - The action's descriptor (a page's form without JavaScript) must name a function by id and bind its state
 *   through one "$@" part that exists.
 */
import busboy from "next/dist/compiled/busboy";
import type { IncomingHttpHeaders } from "node:http";
import { header, parseContentType } from "./checks";
import { MAX_ACTION_ARGUMENTS, MAX_FORM_PARTS, MAX_JSON_DEPTH, MAX_REQUEST_BODY } from "./limits";
import type { Refusal } from "./pages";

/** React's decoder throws when an array tree holds more than this many slots (strings count by length). */
const ARRAY_SLOTS = 1_000_000;

/** Strings the decoder reads as a value without looking anything up. */
const PLAIN_VALUE = /^\$(?:\$|u|I|-|N|D|K|n-?\d{1,300}$)/s;

type Fields = Map<string, (string | null)[]>; // null: a file part

/** Checks a model (one JSON text of a reply). `promise`: "$@<hex>" is allowed at the top (a descriptor's bound). */
export function isPlainModel(json: string, options: { array?: boolean; promiseKey?: string } = {}): { ok: true; value: unknown } | { ok: false } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false };
  }
  if (options.array && (!Array.isArray(value) || value.length > MAX_ACTION_ARGUMENTS)) return { ok: false };
  const stack: { node: unknown; depth: number; inArray: boolean; key?: string }[] = [{ node: value, depth: 0, inArray: false }];
  let slots = 0;
  while (stack.length > 0) {
    const { node, depth, inArray, key } = stack.pop()!;
    if (typeof node === "string") {
      if (node.startsWith("$") && !PLAIN_VALUE.test(node) && !(options.promiseKey !== undefined && depth === 1 && key === options.promiseKey && /^\$@[0-9a-f]{1,8}$/i.test(node))) return { ok: false };
      if (inArray) slots += node.length;
    } else if (node !== null && typeof node === "object") {
      if (depth >= MAX_JSON_DEPTH) return { ok: false };
      if (Array.isArray(node)) {
        slots += node.length + 1;
        for (const item of node) stack.push({ node: item, depth: depth + 1, inArray: true });
      } else {
        for (const [name, item] of Object.entries(node)) stack.push({ node: item, depth: depth + 1, inArray: false, key: name });
      }
    }
    if (slots > ARRAY_SLOTS / 2) return { ok: false };
  }
  return { ok: true, value };
}

/** The only value of a text field, or null when it is missing, repeated or a file. */
function single(fields: Fields, name: string): string | null {
  const values = fields.get(name);
  return values?.length === 1 && typeof values[0] === "string" ? values[0] : null;
}

/** A reply sent by the page's script: its first part, "0", is the list of the action's arguments. */
function checkFetchReply(fields: Fields): Refusal | null {
  const root = single(fields, "0");
  return root !== null && isPlainModel(root, { array: true }).ok ? null : "bad-form";
}

/**
 * A form without JavaScript: "$ACTION_REF_<n>" names a descriptor "$ACTION_<n>:0" whose "bound" part holds the state,
 * or "$ACTION_ID_<id>" names a function with nothing bound. `actions`: the build's function ids, when known.
 */
function checkFormAction(fields: Fields, actions: ReadonlySet<string> | undefined): Refusal | null {
  const refs = [...fields.keys()].filter((name) => name.startsWith("$ACTION_REF_"));
  if (refs.length > 2) return "bad-form";
  for (const name of fields.keys()) {
    if (name.startsWith("$ACTION_ID_") && actions && !actions.has(name.slice("$ACTION_ID_".length))) return "outdated";
  }
  for (const ref of refs) {
    const prefix = `$ACTION_${ref.slice("$ACTION_REF_".length)}:`;
    const descriptor = single(fields, `${prefix}0`);
    if (descriptor === null) return "bad-form";
    const parsed = isPlainModel(descriptor, { promiseKey: "bound" });
    if (!parsed.ok || !parsed.value || typeof parsed.value !== "object" || Array.isArray(parsed.value)) return "bad-form";
    const { id, bound } = parsed.value as { id?: unknown; bound?: unknown };
    if (typeof id !== "string" || id.startsWith("$") || id.length > 200) return "bad-form";
    // A function this build does not have: most often a page from before the last deploy.
    if (actions && !actions.has(id)) return "outdated";
    if (bound === null || bound === undefined) continue;
    if (typeof bound !== "string" || !bound.startsWith("$@")) return "bad-form";
    const state = single(fields, `${prefix}${parseInt(bound.slice(2), 16)}`);
    if (state === null || !isPlainModel(state, { array: true }).ok) return "bad-form";
  }
  return null;
}

async function platformFields(body: Buffer, contentType: string): Promise<Fields | null> {
  try {
    const form = await new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), { headers: { "content-type": contentType } }).formData();
    const fields: Fields = new Map();
    let parts = 0;
    for (const [name, value] of form.entries()) {
      if (++parts > MAX_FORM_PARTS) return null;
      fields.set(name, [...(fields.get(name) ?? []), typeof value === "string" ? value : null]);
    }
    return fields;
  } catch {
    return null;
  }
}

function busboyFields(body: Buffer, headers: Record<string, string | string[]>): Promise<Fields | null> {
  return new Promise((resolve) => {
    const fields: Fields = new Map();
    let parts = 0;
    let failed = false;
    const fail = () => {
      failed = true;
      resolve(null);
    };
    const add = (name: string, value: string | null) => {
      if (++parts > MAX_FORM_PARTS) fail();
      fields.set(name, [...(fields.get(name) ?? []), value]);
    };
    let parser: ReturnType<typeof busboy>;
    try {
      // The options Next.js uses for a server action's body.
      parser = busboy({ headers, defParamCharset: "utf8", limits: { fieldSize: MAX_REQUEST_BODY } });
    } catch {
      fail();
      return;
    }
    parser.on("field", (name, value) => add(name, value));
    parser.on("file", (name, stream, info) => {
      // React refuses a base64-encoded file part.
      if (info.encoding.toLowerCase() === "base64") fail();
      add(name, null);
      stream.resume();
    });
    parser.on("error", fail);
    parser.on("close", () => {
      if (!failed) resolve(fields);
    });
    parser.end(body);
  });
}

/**
 * Checks a POST body against what Next.js and React will do with it. `headers` are those passed on; `actions`
 * the ids of the build's server functions (.next/server/server-reference-manifest.json), when known.
 */
export async function checkBody(body: Buffer, headers: Record<string, string | string[]>, actions?: ReadonlySet<string>): Promise<Refusal | null> {
  const contentType = header(headers as IncomingHttpHeaders, "content-type") ?? "";
  const { type } = parseContentType(contentType);
  const fetchAction = header(headers as IncomingHttpHeaders, "next-action") !== undefined;
  if (type === "multipart/form-data") {
    const fields = await platformFields(body, contentType);
    if (!fields) return "bad-form";
    if (fetchAction) {
      const parsed = await busboyFields(body, headers);
      return parsed ? checkFetchReply(parsed) : "bad-form";
    }
    return checkFormAction(fields, actions);
  }
  if (fetchAction) {
    // A reply that needed no parts: the whole body is the list of arguments.
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      return "bad-form";
    }
    return isPlainModel(text, { array: true }).ok ? null : "bad-form";
  }
  return null;
}
