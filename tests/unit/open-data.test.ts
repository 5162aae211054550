import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020.js";
import { loadContent } from "@/lib/content/load";
import { CASE_COLUMNS, casesCsv, casesDocument, casesJsonSchema, csvCell, type OpenCase } from "@/lib/cases/open-data";
import { casesAtom } from "@/lib/cases/export";

const absolute = (path: string) => `https://opi.example${path}`;

async function casesOf(root: string) {
  const { entries, problems } = await loadContent(root, { today: "2026-12-06" });
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  return entries.filter((e) => e.kind === "case");
}

/** An independent validator: ajv reads the published JSON Schema; nothing of ours takes part in the check. */
function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(casesJsonSchema(absolute));
}

describe("cases.json as a dataset", () => {
  it("validates against the published JSON Schema, for the fixtures and for the site's own cases", async () => {
    const validate = validator();
    for (const root of ["tests/fixtures/content/good", "content"]) {
      const document = casesDocument(await casesOf(root), absolute);
      expect(validate(document), `${root}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(document.count).toBe(document.cases.length);
    }
  });

  it("has a schema that refuses what the data must never hold", async () => {
    const validate = validator();
    const document = casesDocument(await casesOf("tests/fixtures/content/good"), absolute);
    const real = document.cases.find((c) => c.slug === "sensor-i-hjemmeplejen")!;
    const broken: [string, (c: OpenCase) => unknown][] = [
      ["an unknown status", (c) => ({ ...c, status: { ...c.status, value: "maaske" } })],
      ["a party without its source field", (c) => ({ ...c, companies: [{ name: "Sensor A/S" }] })],
      ["a field the schema does not know", (c) => ({ ...c, secret: "x" })],
      ["an example flag that is not true or false", (c) => ({ ...c, example: "nej" })],
      ["a source dated in words", (c) => ({ ...c, sources: [{ ...c.sources[0], date: "februar 2021" }] })],
    ];
    for (const [what, change] of broken) {
      expect(validate({ ...document, cases: [change(real)] }), what).toBe(false);
    }
    expect(validate({ ...document, license: { name: "Alle rettigheder forbeholdes", url: "https://example.org" } }), "another licence").toBe(false);
  });

  it("states its licence, its date of last change and where it is documented", async () => {
    const document = casesDocument(await casesOf("tests/fixtures/content/good"), absolute);
    expect(document.license).toEqual({ name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.da" });
    expect(document.modified).toBe("2026-12-06");
    expect(document.$schema).toBe("https://opi.example/cases.schema.json");
    expect(document.documentation).toBe("https://opi.example/cases/aabne-data");
  });

  it("keeps the source of every fact and the sources themselves, and marks examples", async () => {
    const document = casesDocument(await casesOf("tests/fixtures/content/good"), absolute);
    const real = document.cases.find((c) => c.slug === "sensor-i-hjemmeplejen")!;
    expect(real.example).toBe(false);
    expect(real.status).toEqual({ value: "afsluttet", source: "rapport-2022", note: null });
    expect(real.companies).toEqual([{ name: "Sensor A/S", source: "fiktiv-2021" }, { name: "Data ApS", source: "rapport-2022" }]);
    expect(real.figures).toEqual([{ text: "41 sensorer med GPS i hjemmeplejens biler", source: "fiktiv-2021" }]);
    expect(real.sources.map((s) => s.id)).toEqual(["fiktiv-2021", "rapport-2022"]);
    expect(real.sources[1]).toEqual({ id: "rapport-2022", title: "Slutrapport om sensorer i hjemmeplejen", publisher: "Fiktiv Kommune", date: null, url: null });
    expect(real.partnerKinds).toEqual(["flere-offentlige", "flere-virksomheder"]);
    const example = document.cases.find((c) => c.slug === "robot-i-plejen")!;
    expect(example.example).toBe(true);
    expect(example.illustrates).toMatch(/robot/);
    expect(example.publicParties).toEqual([{ name: "Eksempelkommune", source: null }]);
  });
});

/** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, line breaks and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      endCell();
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += c;
    }
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

describe("cases.csv", () => {
  /** The leaf fields of a case record, read from the published JSON Schema: nested objects by path, lists as one field. */
  function schemaLeaves(): string[] {
    const schema = casesJsonSchema(absolute) as { properties: { cases: { items: Schema } } };
    type Schema = { type?: string | string[]; properties?: Record<string, Schema>; anyOf?: Schema[] };
    const objectOf = (s: Schema): Schema | undefined => (s.properties ? s : s.anyOf?.find((option) => option.properties));
    const walk = (s: Schema, prefix: string): string[] =>
      Object.entries(objectOf(s)?.properties ?? {}).flatMap(([key, child]) => {
        const object = objectOf(child);
        return object && child.type !== "array" ? walk(object, `${prefix}${key}.`) : [`${prefix}${key}`];
      });
    return walk(schema.properties.cases.items, "");
  }

  it("has one column for every field of a case in cases.json, in the same order", () => {
    expect(CASE_COLUMNS.map((c) => c.path)).toEqual(schemaLeaves());
  });

  it("writes the fixture cases with a byte order mark, the columns as header and each fact with its source", async () => {
    const csv = casesCsv(casesDocument(await casesOf("tests/fixtures/content/good"), absolute).cases);
    expect(csv.startsWith("\ufeff")).toBe(true);
    const [columns, ...rows] = parseCsv(csv.slice(1));
    expect(columns).toEqual(CASE_COLUMNS.map((c) => c.path));
    expect(rows.every((row) => row.length === columns!.length)).toBe(true);
    const cells = (slug: string) => Object.fromEntries(rows.find((row) => row[0] === slug)!.map((value, i) => [columns![i], value]));
    const real = cells("sensor-i-hjemmeplejen");
    expect(real).toMatchObject({
      url: "https://opi.example/cases/sensor-i-hjemmeplejen",
      example: "nej",
      phases: "opstart | innovation",
      "status.value": "afsluttet",
      "status.source": "rapport-2022",
      companies: "Sensor A/S [fiktiv-2021] | Data ApS [rapport-2022]",
      "period.value": "2020–2021",
      "period.source": "fiktiv-2021",
      "results.citizen.text": "",
      "results.publicBody.source": "rapport-2022",
      sources: "[fiktiv-2021] OPI gav en hurtig test af ny teknologi – Fiktivt Videncenter – 2021-02-10 – https://example.org/fiktiv-kommune/opi-test | [rapport-2022] Slutrapport om sensorer i hjemmeplejen – Fiktiv Kommune",
    });
    expect(cells("skoletoilet-i-fiktiv-by")).toMatchObject({
      "status.value": "ukendt",
      "status.note": "Kilden er fra februar 2018. Den siger ikke, om toiletterne blev bygget på flere skoler.",
      lessons: "",
      sources: "[avis-2018] Nye toiletter på skolen – Fiktiv Lokalavis – 2018-02 – https://example.org/fiktiv-by/toiletter | [rapport] Tis og trivsel – Fiktiv Professionshøjskole – 2019",
    });
    expect(cells("robot-i-plejen")).toMatchObject({ example: "ja", "status.value": "afsluttet", "status.source": "", publicParties: "Eksempelkommune" });
  });

  it("makes cells safe against formula injection", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+45 12 34")).toBe("'+45 12 34");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("Ærø, Sølund")).toBe('"Ærø, Sølund"');
    expect(csvCell("Almindelig tekst")).toBe("Almindelig tekst");
  });
});

it("marks an example in the feed, and states the licence", async () => {
  const feed = casesAtom(await casesOf("tests/fixtures/content/good"), absolute);
  expect(feed).toContain("<title>Eksempel: Robot i plejen</title>");
  expect(feed).toContain('<category term="eksempel" label="Eksempel"/>');
  expect(feed).toContain("<title>Sensorer i hjemmeplejens biler i Fiktiv Kommune</title>");
  expect(feed).toContain("<rights>CC BY 4.0</rights>");
});
