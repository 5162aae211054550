import { expect, it } from "vitest";
import { filterUrl, parseFilter, prepareCases, queryCatalogue, similarCases, type CaseSummary } from "@/lib/cases/catalogue";
import { AREAS, CASE_STATUSES, OPI_TYPES, PHASES } from "@/lib/content/schema";
import { csvCell, casesCsv } from "@/lib/cases/export";
import { loadContent } from "@/lib/content/load";

/** Generated fixtures: deterministic, so counts are known exactly. */
function generate(n: number): CaseSummary[] {
  return Array.from({ length: n }, (_, i) => ({
    slug: `case-${i}`,
    url: `/cases/case-${i}`,
    title: i % 10 === 0 ? `Robot i ældreplejen ${i}` : `Projekt ${i}`,
    summary: i % 7 === 0 ? "En test af sensorer i hjemmeplejen." : "Et samarbejde om velfærd.",
    date: `2026-${String((i % 12) + 1).padStart(2, "0")}-01`,
    phases: [PHASES[i % 5]!, ...(i % 3 === 0 ? [PHASES[(i + 1) % 5]!] : [])],
    audience: ["offentlig"],
    area: AREAS[i % AREAS.length]!,
    opiType: OPI_TYPES[i % OPI_TYPES.length]!,
    status: CASE_STATUSES[i % CASE_STATUSES.length]!,
    example: i % 2 === 0,
    parties: [`Kommune ${i % 4}`],
  }));
}

const cases = prepareCases(generate(3000));

it("reads filters from the URL, ignores unknown values and writes the same state back as one address", () => {
  const filter = parseFilter({ fase: ["ide", "hacker"], omraade: "sundhed", q: "robot", sortering: "titel", side: "2", status: "<script>" });
  expect(filter).toEqual({
    selected: { fase: ["ide"], maalgruppe: [], omraade: ["sundhed"], type: [], status: [] },
    q: "robot",
    sort: "titel",
    page: 2,
  });
  expect(filterUrl(filter)).toBe("/cases?fase=ide&omraade=sundhed&q=robot&sortering=titel&side=2");
  expect(filterUrl(parseFilter({}))).toBe("/cases");
  expect(parseFilter({ side: "-5" }).page).toBe(1);
});

it("filters with facets: OR within a facet, AND between facets, and counts that ignore the facet's own choice", () => {
  const result = queryCatalogue(cases, parseFilter({ fase: "ide", omraade: ["sundhed", "aeldrepleje"] }));
  const expected = cases.filter((c) => c.phases.includes("ide") && ["sundhed", "aeldrepleje"].includes(c.area));
  expect(result.total).toBe(expected.length);
  expect(result.items).toHaveLength(20);
  expect(result.items.every((c) => c.phases.includes("ide") && ["sundhed", "aeldrepleje"].includes(c.area))).toBe(true);
  // The area counts apply the phase filter but not the area filter.
  const dagtilbud = result.facets.omraade.find((f) => f.value === "dagtilbud");
  expect(dagtilbud?.count).toBe(cases.filter((c) => c.phases.includes("ide") && c.area === "dagtilbud").length);
  expect(dagtilbud?.selected).toBe(false);
  expect(result.facets.omraade.find((f) => f.value === "sundhed")?.selected).toBe(true);
});

it("combines free text with facets, and finds Danish words in any inflection", () => {
  const result = queryCatalogue(cases, parseFilter({ q: "ældrepleje", status: "afsluttet" }));
  const expected = cases.filter((c) => c.title.startsWith("Robot") && c.status === "afsluttet");
  expect(result.total).toBe(expected.length);
  expect(queryCatalogue(cases, parseFilter({ q: "sensorerne" })).total).toBe(cases.filter((_, i) => i % 7 === 0).length);
});

it("sorts and pages, and clamps a page beyond the last", () => {
  const byTitle = queryCatalogue(cases, parseFilter({ sortering: "titel" }));
  expect(byTitle.items[0]?.title).toBe("Projekt 1");
  const newest = queryCatalogue(cases, parseFilter({}));
  expect(newest.items[0]?.date).toBe("2026-12-01");
  const beyond = queryCatalogue(cases, parseFilter({ side: "9999" }));
  expect(beyond.page).toBe(150);
  expect(beyond.items).toHaveLength(20);
});

it("suggests similar cases by area, type and phases", () => {
  const [first] = generate(1);
  const similar = similarCases(generate(40), first!);
  expect(similar).toHaveLength(3);
  expect(similar.every((c) => c.area === first!.area || c.opiType === first!.opiType)).toBe(true);
});

it("picks the same similar cases as scoring and sorting them all would, ties in Danish title order", () => {
  const all = generate(300).map((c, i) => ({ ...c, title: ["Åben data", "Ældre", "Zoneterapi", "Øjne", "Aalborg"][i % 5]! + ` ${i % 7}` }));
  const collator = new Intl.Collator("da");
  for (const current of all.filter((_, i) => i % 13 === 0)) {
    const score = (c: CaseSummary) =>
      (c.area === current.area ? 3 : 0) + (c.opiType === current.opiType ? 2 : 0) + c.phases.filter((p) => current.phases.includes(p)).length + (c.example ? 0 : 0.5);
    const expected = all
      .filter((c) => c.slug !== current.slug && score(c) >= 2)
      .sort((a, b) => score(b) - score(a) || collator.compare(a.title, b.title))
      .slice(0, 3);
    expect(similarCases(all, current).map((c) => `${c.title} (${score(c)})`), current.slug).toEqual(expected.map((c) => `${c.title} (${score(c)})`));
  }
});

it("makes CSV cells safe against formula injection", () => {
  expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
  expect(csvCell("+45 12 34")).toBe("'+45 12 34");
  expect(csvCell("-1")).toBe("'-1");
  expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  expect(csvCell("Ærø, Sølund")).toBe('"Ærø, Sølund"');
  expect(csvCell("Almindelig tekst")).toBe("Almindelig tekst");
});

it("writes the fixture cases as CSV with a header, a UTF-8 byte order mark and absolute addresses", async () => {
  const { entries } = await loadContent("tests/fixtures/content/good");
  const csv = casesCsv(entries.filter((e) => e.kind === "case"), (path) => `https://opi.example${path}`);
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("\ufefftitel,resumé,dato,eksempel,faser,område,opi-type,status,offentlige parter,virksomheder,videninstitutioner,adresse");
  expect(lines[1]).toBe(
    "Robot i plejen,En opdigtet kommune afprøver en robot i plejen sammen med en mindre virksomhed og lærer af forløbet.,2026-10-01,ja,Idé | Opstart,Ældrepleje,Eksplorativ OPI,Afsluttet,Eksempelkommune,,,https://opi.example/cases/robot-i-plejen",
  );
});
