import { expect, it } from "vitest";
import { filterUrl, parseFilter, prepareCases, projectsLike, queryCatalogue, similarCases, type CaseSummary } from "@/lib/cases/catalogue";
import { AREAS, CASE_STATUSES, OPI_TYPES, PARTNER_KINDS, PHASES } from "@/lib/content/schema";

/** Generated fixtures: deterministic, so counts are known exactly. */
function generate(n: number): CaseSummary[] {
  return Array.from({ length: n }, (_, i) => ({
    slug: `case-${i}`,
    url: `/cases/case-${i}`,
    title: i % 10 === 0 ? `Robot i ældreplejen ${i}` : `Projekt ${i}`,
    summary: i % 7 === 0 ? "En test af sensorer i hjemmeplejen." : "Et samarbejde om velfærd.",
    date: `2026-${String((i % 12) + 1).padStart(2, "0")}-01`,
    phases: [PHASES[i % 5]!, ...(i % 3 === 0 ? [PHASES[(i + 1) % 5]!] : [])],
    area: AREAS[i % AREAS.length]!,
    opiType: OPI_TYPES[i % OPI_TYPES.length]!,
    status: CASE_STATUSES[i % CASE_STATUSES.length]!,
    example: i % 2 === 0,
    partners: PARTNER_KINDS.filter((_, k) => (i >> k) % 2 === 1),
    parties: [`Kommune ${i % 4}`],
  }));
}

const cases = prepareCases(generate(3000));

it("reads filters from the URL, ignores unknown values and writes the same state back as one address", () => {
  const filter = parseFilter({ fase: ["ide", "hacker"], omraade: "sundhed", q: "robot", sortering: "titel", side: "2", status: "<script>" });
  expect(filter).toEqual({
    selected: { slags: [], fase: ["ide"], parter: [], omraade: ["sundhed"], type: [], status: [] },
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

it("lists every real project before any example, whichever the order", () => {
  const some = prepareCases(generate(200));
  for (const sortering of ["nyeste", "titel"]) {
    const all = queryCatalogue(some, { ...parseFilter({ sortering }), page: 1 });
    const realCount = some.filter((c) => !c.example).length;
    const pages = Array.from({ length: all.pages }, (_, i) => queryCatalogue(some, parseFilter({ sortering, side: String(i + 1) })).items).flat();
    expect(pages).toHaveLength(some.length);
    expect(pages.slice(0, realCount).every((c) => !c.example), sortering).toBe(true);
    expect(pages.slice(realCount).every((c) => c.example), sortering).toBe(true);
  }
});

it("filters by the kinds of partners, whose counts tell the cases apart", () => {
  const result = queryCatalogue(cases, parseFilter({ parter: "videninstitution" }));
  expect(result.total).toBe(cases.filter((c) => c.partners.includes("videninstitution")).length);
  const counts = Object.fromEntries(result.facets.parter.map((f) => [f.value, f.count]));
  expect(counts).toEqual(Object.fromEntries(PARTNER_KINDS.map((kind) => [kind, cases.filter((c) => c.partners.includes(kind)).length])));
  expect(Object.values(counts).every((n) => n > 0 && n < cases.length)).toBe(true);
});

it("reads the role switch's ?maalgruppe= as the partner kind of that role; roles every case has, alle and nonsense select nothing", () => {
  expect(parseFilter({ maalgruppe: "videninstitution" }).selected.parter).toEqual(["videninstitution"]);
  expect(parseFilter({ maalgruppe: "videninstitution", parter: "flere-offentlige" }).selected.parter).toEqual(["flere-offentlige", "videninstitution"]);
  for (const maalgruppe of ["offentlig", "virksomhed", "alle", "<script>", ""]) expect(parseFilter({ maalgruppe }).selected.parter, maalgruppe).toEqual([]);
  expect(filterUrl(parseFilter({ maalgruppe: "videninstitution" }))).toBe("/cases?parter=videninstitution");
});

it("filters by real project or example", () => {
  expect(queryCatalogue(cases, parseFilter({ slags: "virkelig" })).total).toBe(cases.filter((c) => !c.example).length);
  expect(queryCatalogue(cases, parseFilter({ slags: "eksempel" })).items.every((c) => c.example)).toBe(true);
});

it("suggests similar cases: real projects before examples, more in common first, never the case itself", () => {
  const base: CaseSummary = {
    slug: "current", url: "/cases/current", title: "Nu", summary: "", date: "2026-01-01", phases: ["ide", "opstart"],
    area: "sundhed", opiType: "eksplorativ", status: "afsluttet", example: false, partners: [], parties: [],
  };
  const variant = (slug: string, change: Partial<CaseSummary>): CaseSummary => ({ ...base, slug, url: `/cases/${slug}`, title: slug, ...change });
  const all = [
    base,
    variant("intet-til-faelles", { area: "dagtilbud", opiType: "strategisk", phases: ["implementering"] }),
    variant("kun-en-fase", { area: "dagtilbud", opiType: "strategisk", phases: ["ide"] }),
    variant("samme-omraade", { opiType: "strategisk", phases: ["implementering"] }),
    variant("samme-omraade-og-type", { phases: ["implementering"] }),
    variant("alt-til-faelles-eksempel", { example: true }),
    variant("samme-type-og-faser", { area: "dagtilbud" }),
    variant("alt-til-faelles", {}),
  ];
  const similar = similarCases(all, base, 10).map((c) => c.slug);
  expect(similar).not.toContain("current");
  // Nothing in common, or a single phase, is not similar.
  expect(similar).not.toContain("intet-til-faelles");
  expect(similar).not.toContain("kun-en-fase");
  // Among real projects: everything in common, then area and type, then area and phases … ; the example comes last.
  expect(similar.indexOf("alt-til-faelles")).toBe(0);
  expect(similar.indexOf("samme-omraade-og-type")).toBeLessThan(similar.indexOf("samme-omraade"));
  expect(similar.at(-1)).toBe("alt-til-faelles-eksempel");
  expect(similarCases(all, base, 3).map((c) => c.slug)).toEqual(similar.slice(0, 3));
});

it("breaks ties between equally similar cases in Danish title order (aa as å)", () => {
  const base = generate(1)[0]!;
  const twins = ["Åben data", "Ældre", "Zoneterapi", "Øjne", "Aalborg"].map((title, i) => ({ ...base, slug: `twin-${i}`, url: `/cases/twin-${i}`, title }));
  expect(similarCases([base, ...twins], base, 5).map((c) => c.title)).toEqual(["Zoneterapi", "Ældre", "Øjne", "Åben data", "Aalborg"]);
});

it("lists as projects like yours only real projects of the phase or the type, those with a known outcome first, then newest", () => {
  const all = generate(400);
  const { real, examples } = projectsLike(all, { phase: "innovation" });
  const matching = all.filter((c) => c.phases.includes("innovation"));
  expect(projectsLike(all, { opiType: "strategisk" }).real.every((c) => c.opiType === "strategisk" && !c.example)).toBe(true);
  expect(real.map((c) => c.slug).sort()).toEqual(matching.filter((c) => !c.example).map((c) => c.slug).sort());
  expect(examples).toBe(matching.filter((c) => c.example).length);
  expect(real.length).toBeGreaterThan(4);
  const firstUnknown = real.findIndex((c) => c.status === "ukendt");
  expect(firstUnknown).toBeGreaterThan(0);
  expect(real.slice(firstUnknown).every((c) => c.status === "ukendt")).toBe(true);
  for (const part of [real.slice(0, firstUnknown), real.slice(firstUnknown)]) {
    expect(part.map((c) => c.date)).toEqual(part.map((c) => c.date).sort().reverse());
  }
});

it("counts every facet right over a catalogue the size of the guide's, real projects and examples together", () => {
  const some = prepareCases(generate(40));
  const result = queryCatalogue(some, parseFilter({}));
  expect(result.total).toBe(40);
  const count = (facet: keyof typeof result.facets) => Object.fromEntries(result.facets[facet].map((f) => [f.value, f.count]));
  const expected = <T extends string>(values: readonly T[], has: (c: CaseSummary, value: T) => boolean) =>
    Object.fromEntries(values.map((v) => [v, some.filter((c) => has(c, v)).length]));
  expect(count("fase")).toEqual(expected(PHASES, (c, v) => c.phases.includes(v)));
  expect(count("omraade")).toEqual(expected(AREAS, (c, v) => c.area === v));
  expect(count("type")).toEqual(expected(OPI_TYPES, (c, v) => c.opiType === v));
  expect(count("status")).toEqual(expected(CASE_STATUSES, (c, v) => c.status === v));
  expect(count("parter")).toEqual(expected(PARTNER_KINDS, (c, v) => c.partners.includes(v)));
  expect(count("slags")).toEqual({ virkelig: some.filter((c) => !c.example).length, eksempel: some.filter((c) => c.example).length });
});
