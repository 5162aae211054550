/**
 * Hostile input over HTTP, against the server as it is deployed: the standalone build behind its guard
 * (lib/guard). A bounded, seeded set of requests per class; every answer must be below 500, carry the security
 * headers, and be a Danish page when it is an error. FUZZ_SEED picks another set.
 */
import net from "node:net";
import { deflateRawSync, crc32 } from "node:zlib";
import { test, expect } from "@playwright/test";
import { sitemapPaths } from "./helpers";
import { actionForms, expectSafe, expectSecurityHeaders, multipart, portOf, send, seeded, type Answer, type Part, type Sent } from "./http";

const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const BODIES_PER_PAGE = 500;

/** Every page whose forms post to a server action; a test below checks the list against the sitemap. */
const ACTION_PAGES = [
  "/vaerktoejer/samarbejdsaftale",
  "/vaerktoejer/hensigtserklaering",
  "/vaerktoejer/fortrolighedsaftale",
  "/vaerktoejer/databehandleraftale",
  "/vaerktoejer/vejvalg",
  "/vaerktoejer/behovsscreening",
  "/vaerktoejer/partnerscreening",
  "/vaerktoejer/business-case",
  "/opi-processen/ide",
  "/opi-processen/opstart",
  "/opi-processen/markedsmodning",
  "/cases/indsend",
  "/markedsplads/opret",
];

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  "{{constructor.constructor('return process')()}}",
  "${process.env}",
  "../../etc/passwd",
  "\u0000\uffff\ud800",
  "\u202egnp.exe",
  "💥".repeat(400),
  "a".repeat(10_000),
  "$F1",
  "$@5",
  "$Q1",
  "$$",
  "__proto__",
  "-1",
  "1e309",
  "goto:99999",
  "remove-company:-1",
  "",
];

const deep = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

/** The previous state (the bound argument list) as a tampered request may send it. */
const STATES = [
  "null",
  "[null]",
  "[]",
  "not json",
  "{}",
  '"a string"',
  deep(10_000),
  `[${deep(40)}]`,
  '["$F1"]',
  '["$Q1"]',
  '["$W1"]',
  '["$B1"]',
  '["$@5"]',
  '["$h1"]',
  '["$T"]',
  '["$R1"]',
  '["$X1"]',
  '["$i1"]',
  '["$A1"]',
  '["$1:x"]',
  '["$0"]',
  '["$"]',
  '[{"then":"$1:then","status":"resolved_model"}]',
  '[{"__proto__":{"polluted":1}}]',
  JSON.stringify(["x".repeat(1_000_000)]),
  `["$n${"9".repeat(400)}"]`,
  '["$nabc"]',
  '["$Dnot a date"]',
  "[{}]",
  '[{"document":"samarbejdsaftale","step":-5,"answers":"x","errors":[],"revision":"NaN"}]',
  '[{"tool":"vejvalg","answers":{"a":{"b":{"c":["$Q1"]}}},"errors":{},"done":false,"revision":0}]',
  JSON.stringify([Array.from({ length: 600_000 }, () => 0)]),
  "[1,2,3]",
];

const descriptors = (id: string) => [
  "not json",
  `{"id":"${"0".repeat(42)}","bound":"$@1"}`,
  '{"id":"abc","bound":"$@1"}',
  `{"id":"${id}","bound":null}`,
  `{"id":"${id}","bound":"$@9"}`,
  '{"id":"$@1","bound":"$@1"}',
  `{"id":"${id}","bound":"$@1","x":"$Q1"}`,
  `{"id":"${id}","bound":"$Q1"}`,
  "[1]",
  '{"id":1}',
  "",
];

type Rng = ReturnType<typeof seeded>;

/** Random JSON with the decoder's special strings mixed in. */
function randomJson(rng: Rng, depth = 0): unknown {
  const roll = rng.int(depth > 4 ? 4 : 7);
  if (roll === 0) return rng.pick(HOSTILE);
  if (roll === 1) return rng.pick(["$K1", "$undefined", "$Infinity", "$-0", "$NaN", "$D2026-01-01T00:00:00.000Z", "$n42", "$$x", "$@1", "$1", "$h2", "$Q3"]);
  if (roll === 2) return rng.pick([0, -1, 1e308, 3.5, true, false, null]);
  if (roll === 3) return rng.int(1000).toString(36);
  if (roll < 6) return Array.from({ length: rng.int(4) }, () => randomJson(rng, depth + 1));
  return Object.fromEntries(Array.from({ length: rng.int(4) }, () => [rng.pick(["document", "tool", "kind", "answers", "errors", "revision", "step", "then", "__proto__", "x"]), randomJson(rng, depth + 1)]));
}

function breakMultipart(rng: Rng, body: Buffer, type: string): { body: Buffer; type: string } {
  const boundary = /boundary=(.*)$/.exec(type)?.[1] ?? "";
  switch (rng.int(10)) {
    case 0:
      return { body, type: "multipart/form-data" };
    case 1:
      return { body, type: "multipart/form-data; boundary=" };
    case 2:
      return { body, type: "multipart/form-data; boundary=somethingelse" };
    case 3:
      return { body: body.subarray(0, Math.max(1, Math.floor(body.length * rng.next()))), type };
    case 4:
      return { body: body.subarray(0, body.lastIndexOf(`--${boundary}--`)), type };
    case 5:
      return { body: Buffer.from(`--${boundary}\r\n\r\nno headers\r\n--${boundary}--\r\n`), type };
    case 6:
      return { body, type: 'multipart/form-data; boundary="a b c\u00e9"' };
    case 7:
      return { body: Buffer.from(body.toString("latin1").replace(/\r\n/g, "\n"), "latin1"), type };
    case 8:
      return { body: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n${"X-Pad: y\r\n".repeat(3000)}\r\nv\r\n`), body]), type };
    default:
      return { body: Buffer.concat([body.subarray(0, 40), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), body.subarray(40)]), type };
  }
}

interface Generated {
  label: string;
  sent: Sent;
  /** The status this request must get, when it is known exactly. */
  status?: number;
}

/** One request against a page with a server action form. */
function generate(rng: Rng, path: string, form: ReturnType<typeof actionForms>[number]): Generated {
  const fieldNames = form.names.length ? form.names : ["intent"];
  const ordinary = (): Part[] => fieldNames.map((name) => [name, rng.next() < 0.7 ? "" : rng.pick(HOSTILE)] as Part);
  const bound = form.fields.find(([name]) => /^\$ACTION_\d+:1$/.test(name));
  const stateJson = bound?.[1] ?? "[{}]";
  const kind = rng.int(12);
  const post = (parts: Part[], extra: Record<string, string> = {}): Sent => {
    const { body, type } = multipart(parts);
    return { method: "POST", path, body, headers: { "content-type": type, ...extra } };
  };
  switch (kind) {
    case 0:
    case 1: {
      // The form as a browser without JavaScript sends it, with hostile answers.
      return { label: "form with hostile answers", sent: post([...form.fields, ...ordinary()]), status: 200 };
    }
    case 2: {
      const state = rng.next() < 0.8 ? rng.pick(STATES) : JSON.stringify([randomJson(rng)]);
      return { label: `bound state ${state.slice(0, 60)}`, sent: post([...form.fields.map(([name, value]): Part => [name, name === bound?.[0] ? state : value]), ...ordinary()]) };
    }
    case 3: {
      const descriptor = rng.pick(descriptors(form.actionId));
      return { label: `descriptor ${descriptor.slice(0, 60)}`, sent: post([...form.fields.map(([name, value]): Part => [name, /^\$ACTION_\d+:0$/.test(name) ? descriptor : value]), ...ordinary()]) };
    }
    case 4: {
      const variant = rng.int(6);
      const fields = form.fields;
      if (variant === 0) return { label: "bound state twice", sent: post([...fields, ...(bound ? [[bound[0], rng.pick(STATES)] as Part] : []), ...ordinary()]) };
      if (variant === 1) return { label: "bound state as a file", sent: post([...fields.filter(([name]) => name !== bound?.[0]), [bound?.[0] ?? "$ACTION_1:1", { data: Buffer.from(stateJson), filename: "x.json" }]]) };
      if (variant === 2) return { label: "three action references", sent: post([...fields, ["$ACTION_REF_7", ""], ["$ACTION_REF_8", ""], ["$ACTION_REF_9", ""]]) };
      if (variant === 3) return { label: "one field 5000 times", sent: post([...fields, ...Array.from({ length: 5000 }, (): Part => [fieldNames[0]!, "x"])]), status: 400 };
      if (variant === 4) return { label: "1,500 distinct fields", sent: post([...fields, ...Array.from({ length: 1500 }, (_, i): Part => [`felt${i}`, "x"])]), status: 200 };
      const broken = Buffer.concat([Buffer.from(stateJson.slice(0, 10)), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from(stateJson.slice(10))]);
      return { label: "invalid UTF-8 in the state", sent: post([...fields.map(([name, value]): Part => [name, name === bound?.[0] ? broken : value]), ...ordinary()]) };
    }
    case 5: {
      const { body, type } = breakMultipart(rng, multipart([...form.fields, ...ordinary()]).body, multipart([]).type);
      return { label: `malformed multipart (${type.slice(0, 50)}, ${body.length} B)`, sent: { method: "POST", path, body, headers: { "content-type": type } } };
    }
    case 6:
    case 7:
    case 8: {
      // A reply sent by the page's script: Next-Action names the function, part "0" lists the arguments.
      const state = (JSON.parse(stateJson) as unknown[])[0] ?? {};
      const roots = [JSON.stringify([state, "$K1"]), rng.pick(STATES), JSON.stringify([randomJson(rng), "$K1"]), JSON.stringify(randomJson(rng))];
      const root = kind === 6 ? roots[0]! : rng.pick(roots);
      const parts: Part[] = [["0", root], ...fieldNames.map((name): Part => [`_1_${name}`, rng.pick(HOSTILE)])];
      const id = rng.next() < 0.85 ? form.actionId : rng.pick(["0".repeat(42), "<script>", "x".repeat(1000), ""]);
      const variant = rng.int(8);
      if (variant === 0) return { label: `reply as text ${root.slice(0, 40)}`, sent: { method: "POST", path, body: root, headers: { "content-type": "text/plain;charset=UTF-8", "next-action": id } } };
      if (variant === 1) return { label: "reply as JSON", sent: { method: "POST", path, body: root, headers: { "content-type": "application/json", "next-action": id } }, status: id === form.actionId ? 415 : 409 };
      if (variant === 2) return { label: "reply urlencoded", sent: { method: "POST", path, body: new URLSearchParams({ 0: root }).toString(), headers: { "content-type": "application/x-www-form-urlencoded", "next-action": id } } };
      if (variant === 3) return { label: "root twice", sent: post([...parts, ["0", rng.pick(STATES)]], { "next-action": id }) };
      if (variant === 4) return { label: "root as a file", sent: post([["0", { data: Buffer.from(root), filename: "0" }]], { "next-action": id }) };
      return { label: `reply ${root.slice(0, 60)} to ${id.slice(0, 12)}`, sent: post(parts, { "next-action": id, accept: "text/x-component" }), ...(kind === 6 && id === form.actionId && variant === 5 ? { status: 200 } : {}) };
    }
    case 9: {
      const origin = rng.pick(["http://evil.example", "null", "https://127.0.0.1.evil.example", "not a url", "http://127.0.0.1:1"]);
      return { label: `Origin ${origin}`, sent: post([...form.fields, ...ordinary()], { origin }), status: 403 };
    }
    case 10: {
      const type = rng.pick(["application/json", "text/xml", "", "multipart/mixed; boundary=x", "application/x-www-form-urlencoded"]);
      const body = type === "application/x-www-form-urlencoded" ? new URLSearchParams({ intent: "next", x: rng.pick(HOSTILE) }).toString() : JSON.stringify(randomJson(rng));
      return { label: `body of type "${type}"`, sent: { method: "POST", path, body, headers: type ? { "content-type": type } : {} } };
    }
    default: {
      // "Fortsæt fra en fil" and the other file fields: a file that is not what it claims to be.
      const data = rng.pick([Buffer.from("PK\u0003\u0004broken"), Buffer.from(JSON.stringify({ answers: randomJson(rng) })), Buffer.alloc(rng.int(4096), 0x41), Buffer.from([0xff, 0xd8, 0xff])]);
      return { label: `uploaded file of ${data.length} B`, sent: post([...form.fields, ["intent", "resume"], ["file", { data, filename: rng.pick(["udkast.docx", "../../x.json", "<b>.docx", "a".repeat(300)]) }]]) };
    }
  }
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

test("the list of pages with a server action is every such page in the sitemap", async ({ request }) => {
  const found: string[] = [];
  for (const path of await sitemapPaths(request)) {
    if ((await (await request.get(path)).text()).includes("$ACTION_REF_")) found.push(path);
  }
  expect(found.sort()).toEqual([...ACTION_PAGES].sort());
});

for (const [index, path] of ACTION_PAGES.entries()) {
  test(`${path}: ${BODIES_PER_PAGE} hostile bodies get no 5xx, and every refusal is a Danish page with every header`, async ({ baseURL }) => {
    // Generous: 500 requests take about a minute on two idle cores, and far longer on a busy machine.
    test.setTimeout(600_000);
    const port = portOf(baseURL);
    const page = await send(port, { path });
    expect(page.status).toBe(200);
    const forms = actionForms(page.body);
    expect(forms.length, "forms with a server action").toBeGreaterThan(0);
    const rng = seeded(SEED + index);
    const cases = Array.from({ length: BODIES_PER_PAGE }, () => generate(rng, path, rng.pick(forms)));
    const statuses = new Map<number, number>();
    await pool(cases, 3, async ({ label, sent, status }) => {
      const answer = await send(port, sent);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      expectSafe(answer, `${path}: ${label}`, sent.method);
      if (status !== undefined) expect(answer.status, `${path}: ${label}`).toBe(status);
    });
    test.info().annotations.push({ type: "statuses", description: JSON.stringify(Object.fromEntries(statuses)) });
  });
}

test("odd addresses and methods get a Danish 4xx with every header, never a 5xx", async ({ baseURL }) => {
  const port = portOf(baseURL);
  const rng = seeded(SEED);
  const paths = [
    "/%ff",
    "/%",
    "/%E0%A4%A",
    "/cases/%E0%A4%A",
    "/for/virksomhed/%E0%A4%A",
    "/opi-processen/%c0%af",
    "/_next/static/%ff",
    "/vaerktoejer/dokument/%ff",
    "/..%2f..%2fetc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/%00",
    "/a%00b",
    "/.env",
    "/.git/config",
    "/server.js",
    "/guard.mjs",
    "/.next/BUILD_ID",
    "/error-pages/413.html",
    "/_next/static/..%2f..%2fserver.js",
    "/_next/image?url=http://127.0.0.1:1/x&w=64&q=75",
    `/${"a".repeat(8_000)}`,
    `/cases/${"b".repeat(8_000)}`,
    "/cases?side=%ff&q=%",
    "/soeg?q=%E0%A4%A",
    "//evil.example/",
    "http://evil.example/",
    "*",
    ...Array.from({ length: 60 }, () => `/${Array.from({ length: 1 + rng.int(4) }, () => rng.pick(["%", "%f", "%ff", "%c3", "%C3%28", "a", "cases", "%2F", "%%", "%zz", "~", "."])).join("")}`),
  ];
  for (const path of paths) expectSafe(await send(port, { path }), path);
  const long = await send(port, { path: `/${"a".repeat(20_000)}` });
  expect(long.status).toBe(431);
  expectSafe(long, "20 KB path");
  const header = await send(port, { path: "/", headers: { "x-big": "b".repeat(20_000) } });
  expect(header.status).toBe(431);
  expectSafe(header, "20 KB header");

  for (const path of ["/", "/cases", "/vaerktoejer/dokument", "/vaerktoejer/hent", "/indsend/fil", "/vaerktoejer/vejvalg", "/findes-ikke"]) {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND", "MKCOL", "FOO", "TRACK"]) {
      const answer = await send(port, { method, path });
      expect(answer.status, `${method} ${path}`).toBe(405);
      expectSafe(answer, `${method} ${path}`);
      expect(answer.headers.allow, `${method} ${path}`).toContain("POST");
    }
    for (const method of ["GET", "HEAD", "OPTIONS"]) expectSafe(await send(port, { method, path }), `${method} ${path}`, method);
  }
  for (const path of ["/%ff", "/cases/%E0%A4%A"]) {
    const answer = await send(port, { path });
    expect(answer.status, path).toBe(400);
    expect(answer.body).toContain("Adressen er ikke gyldig");
  }
});

test("a form from another site gets 403 on every POST, the file routes included", async ({ baseURL }) => {
  const port = portOf(baseURL);
  for (const path of ["/vaerktoejer/dokument", "/vaerktoejer/hent", "/indsend/fil", "/vaerktoejer/samarbejdsaftale", "/cases/indsend", "/"]) {
    for (const origin of ["http://evil.example", "null", `http://localhost:${port}.evil.example`]) {
      const answer = await send(port, { method: "POST", path, body: "document=samarbejdsaftale&format=json&answers=%7B%7D", headers: { "content-type": "application/x-www-form-urlencoded", origin } });
      expect(answer.status, `${path} from ${origin}`).toBe(403);
      expectSafe(answer, `${path} from ${origin}`);
      expect(answer.body).toContain("Formularen kom fra et andet websted");
    }
  }
  // The site's own origin is welcome.
  const own = await send(port, { method: "POST", path: "/vaerktoejer/dokument", body: "document=samarbejdsaftale&format=json&answers=%7B%7D", headers: { "content-type": "application/x-www-form-urlencoded", origin: `http://127.0.0.1:${port}` } });
  expect(own.status).toBe(200);
});

test("with X-Forwarded-Proto: https every rewritten address answers, and asks the browser to upgrade", async ({ baseURL }) => {
  const port = portOf(baseURL);
  const rewritten = ["/cases?fase=ide", "/cases?side=2", "/cases?q=robot", "/cases?sortering=nyeste&omraade=aeldrepleje", "/opi-processen/ide?maalgruppe=virksomhed", "/jura/inhabilitet?maalgruppe=offentlig"];
  for (const path of rewritten) {
    for (const proto of ["https", "http", "https, http", "gopher", ""]) {
      const answer = await send(port, { path, headers: { "x-forwarded-proto": proto, "x-forwarded-host": "opi-guiden.example.dk", "x-forwarded-for": "203.0.113.9, nonsense" } });
      expect(answer.status, `${path} (${proto})`).toBe(200);
      expectSafe(answer, `${path} (${proto})`);
      const csp = String(answer.headers["content-security-policy"]);
      if (proto.startsWith("https")) expect(csp, `${path} (${proto})`).toContain("upgrade-insecure-requests");
      else expect(csp, `${path} (${proto})`).not.toContain("upgrade-insecure-requests");
    }
  }
  const odd: Record<string, string>[] = [{ forwarded: "for=1.2.3.4;proto=https;host=evil" }, { "x-forwarded-host": "evil.example, x" }, { "x-forwarded-port": "99999" }, { host: "evil.example" }];
  for (const headers of odd) {
    expectSafe(await send(port, { path: "/cases?fase=ide", headers }), JSON.stringify(headers));
  }
});

test("an upload over the limit gets the Danish 413 page, and one just under it the builder's own message", async ({ baseURL }) => {
  const port = portOf(baseURL);
  const path = "/vaerktoejer/samarbejdsaftale";
  const [form] = actionForms((await send(port, { path })).body);
  const upload = (size: number) => multipart([...form!.fields, ["document", "samarbejdsaftale"], ["intent", "resume"], ["file", { data: Buffer.alloc(size, 0x50), filename: "udkast.docx" }]]);
  for (const chunked of [false, true]) {
    const { body, type } = upload(3 * 1024 * 1024);
    const answer = await send(port, { method: "POST", path, body, chunked, headers: { "content-type": type } });
    expect(answer.status, `chunked: ${chunked}`).toBe(413);
    expectSafe(answer, `3 MB upload (chunked: ${chunked})`);
    expect(answer.body).toContain("Filen er for stor");
    expect(answer.body).toContain("Dine svar står stadig i formularen");
  }
  // 2.1 MB: through the guard, refused by the builder with its field message, answers kept.
  const { body, type } = upload(2.1 * 1024 * 1024);
  const answer = await send(port, { method: "POST", path, body, headers: { "content-type": type } });
  expect(answer.status).toBe(200);
  expect(answer.body).toContain("Filen er for stor. Den må højst fylde 2 MB");
  // The file routes too: over the limit, the Danish page.
  const route = await send(port, { method: "POST", path: "/vaerktoejer/dokument", body: `answers=${"x".repeat(3 * 1024 * 1024)}`, headers: { "content-type": "application/x-www-form-urlencoded" } });
  expect(route.status).toBe(413);
  expectSafe(route, "3 MB to /vaerktoejer/dokument");
});

/** A ZIP whose directory says its part unpacks to 100 bytes, while it unpacks to `inflated` bytes. */
function lyingZip(inflated: number): Buffer {
  const name = Buffer.from("customXml/item1.xml");
  const data = deflateRawSync(Buffer.alloc(inflated, 0x20), { level: 9 });
  const crc = crc32(Buffer.alloc(100, 0x20));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(100, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(100, 24);
  central.writeUInt16LE(name.length, 28);
  const directoryAt = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

test("a ZIP that lies about its size is refused with the builder's own message", async ({ baseURL }) => {
  const port = portOf(baseURL);
  const path = "/vaerktoejer/samarbejdsaftale";
  const [form] = actionForms((await send(port, { path })).body);
  for (const inflated of [2 * 1024 * 1024, 50 * 1024 * 1024]) {
    const { body, type } = multipart([...form!.fields, ["document", "samarbejdsaftale"], ["intent", "resume"], ["file", { data: lyingZip(inflated), filename: "udkast.docx" }]]);
    const answer = await send(port, { method: "POST", path, body, headers: { "content-type": type } });
    expectSafe(answer, `lying ZIP, ${inflated} B inflated`);
    expect(answer.status).toBe(200);
    // The file field's own message, not the action's last resort.
    expect(answer.body.includes("Noget gik galt"), "the action's last-resort message").toBe(false);
    expect(/-fejl"[^>]*><span class="sr-only">Fejl: <\/span>Filen /.test(answer.body), "the file field's message").toBe(true);
  }
});

test("MDX that is slow to analyse gets a Danish 422 with every header, never a 5xx", async ({ baseURL }) => {
  const port = portOf(baseURL);
  const frontMatter = "---\ntitle: Test\n---\n\n";
  // Each close to the form routes' 100 KB once encoded; 90 KB of "*a" used to keep the server busy for 18 s.
  for (const body of ["*a".repeat(45_000), "_a".repeat(45_000), "[a](".repeat(7_000), "> ".repeat(20_000) + "x", "<".repeat(25_000)]) {
    const answer = await send(port, {
      method: "POST",
      path: "/indsend/fil",
      body: new URLSearchParams({ kind: "case", mdx: frontMatter + body }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
      timeoutMs: 60_000,
    });
    expectSafe(answer, `MDX ${body.slice(0, 10)}…`);
    expect(answer.status, `MDX ${body.slice(0, 10)}…`).toBe(422);
  }
});

/** Opens a connection, sends `first`, then goes quiet; resolves with what the server sent before closing. */
function goQuiet(port: number, first: string, waitMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(first));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
    socket.on("error", reject);
    setTimeout(() => (socket.destroy(), reject(new Error(`the connection stayed open for ${waitMs} ms`))), waitMs);
  });
}

test("a client that stops sending gets a Danish 408 and loses its connection, while others are served", async ({ baseURL }) => {
  test.setTimeout(90_000);
  const port = portOf(baseURL);
  const host = `Host: 127.0.0.1:${port}\r\n`;
  const quiet = [
    goQuiet(port, `GET / HTTP/1.1\r\n${host}X-Slow: 1\r\n`, 40_000),
    goQuiet(port, `POST /vaerktoejer/dokument HTTP/1.1\r\n${host}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 20000\r\n\r\n${"a=".padEnd(10_000, "x")}`, 40_000),
    goQuiet(port, `POST /vaerktoejer/vejvalg HTTP/1.1\r\n${host}Content-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n--x\r\nContent-Dis`, 40_000),
  ];
  // Meanwhile the site answers everyone else.
  const others: Answer = await send(port, { path: "/robots.txt" });
  expect(others.status).toBe(200);
  for (const raw of await Promise.all(quiet)) {
    expect(raw).toMatch(/^HTTP\/1\.1 408 /);
    const [head = "", body = ""] = raw.split("\r\n\r\n");
    const headers = Object.fromEntries(head.split("\r\n").slice(1).map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
    expectSecurityHeaders(headers, "408");
    expect(body).toContain("Det tog for lang tid at sende formularen");
  }
});
