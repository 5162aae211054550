import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import fc from "fast-check";
import { POST } from "@/app/vaerktoejer/hent/route";
import { planningStep } from "@/components/tools/planning/actions";
import { parseAmount, parseDraft, readForm } from "@/lib/planning/form";
import type { PlanningState, PlanningToolId } from "@/lib/planning/ids";
import { computeBusinessCase } from "@/lib/planning/business-case";
import { rankNeeds, type Need } from "@/lib/planning/behovsscreening";
import { validateBehovsscreening, validateBusinessCase, validatePartnerscreening } from "@/lib/planning/schemas";
import { docxPart, docxText } from "./helpers/documents";

const vejvalg = { need: "klart", market: "nej", payment: "delvis", otherValue: "nej", purchase: "senere", benefit: "virksomhed", risk: "middel", competition: "nej", results: "meget", background: "lidt", publication: "delvis", personalData: "ja", scale: "projekt" };
const need = (title: string, ratings: number[], extra: Record<string, string> = {}) => ({
  title,
  description: `Beskrivelse af ${title}`,
  targetGroup: "Ældre i eget hjem",
  solutions: "nej",
  ...Object.fromEntries(["teknologi", "strategi", "organisation", "forretningsudvikling", "markedsudvikling"].map((id, i) => [id, String(ratings[i])])),
  ...extra,
});
const behov = { project: "Hjemmeplejen", needs: [need("Færre fald", [3, 3, 3, 3, 3]), need("Bedre søvn på plejecentre", [5, 5, 4, 4, 5], { others: "Alle kommuner" })] };
const partnere = {
  project: "Fald",
  goal: "Færre fald hos ældre i eget hjem",
  partners: [
    { name: "Æblerød Kommune", kind: "offentlig", status: "kendt", brings: "Adgang til borgere og hjemmeplejen", goals: "Færre indlæggelser", reach: "Via sundhedschefen" },
    { name: "=HYPERLINK(\"x\")", kind: "virksomhed", status: "oensket", brings: "Sensorer; og \"data\"" },
  ],
};
const business = {
  title: "Faldsensorer",
  period: "3",
  rate: "3,5",
  qualityNote: "Mere tryghed for borgeren",
  years: [
    { citizenCost: "0", citizenGain: "10.000", publicCost: "250000", publicGain: "50000", companyCost: "100000", companyGain: "" },
    { publicCost: "50000", publicGain: "150000", companyGain: "80000" },
    { publicCost: "50000", publicGain: "200000", companyGain: "120000" },
  ],
};

function post(fields: Record<string, string>, headers?: Record<string, string>): Promise<Response> {
  const body = new URLSearchParams(fields);
  return POST(new Request("http://localhost/vaerktoejer/hent", { method: "POST", body, headers }));
}

async function download(tool: PlanningToolId, format: string, answers: unknown): Promise<Response> {
  return post({ tool, format, answers: JSON.stringify(answers) });
}

const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

async function sheetXml(xlsx: Buffer, sheet = 1): Promise<{ sheet: string; strings: string }> {
  const zip = await JSZip.loadAsync(xlsx);
  return { sheet: await zip.file(`xl/worksheets/sheet${sheet}.xml`)!.async("string"), strings: (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "" };
}

describe("planning tool downloads", () => {
  it("vejvalg: »Begrundelse og risici« as Word holds the recommendation, each rule's reasons and sources, the risks, the review status and every answer", async () => {
    const response = await download("vejvalg", "docx", vejvalg);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("Begrundelse%20og%20risici.docx");
    const docx = await bytes(response);
    const text = await docxText(docx);
    expect(text).toContain("Begrundelse og risici");
    expect(text).toContain("Vejvalgets regler: Ikke gennemgået af en jurist endnu. Reglernes version: 2.0.2.");
    expect(text).toMatch(/Type OPI\s*Eksplorativ OPI/);
    expect(text).toContain("Udbudsfri OPI (undtagelsen i udbudslovens § 22 kan gælde)");
    expect(text).toContain("Virksomheden ejer resultaterne mod markedspris");
    expect(text).toContain("Undtagelsen gælder kun egentlig forskning og udvikling med de CPV-koder, § 22 nævner.");
    expect(text).toMatch(/Bygger på jeres svar: .*Betaler den offentlige part virksomheden for udviklingen\? Delvis\./);
    expect(text).toMatch(/Kilde: Udbudsloven § 22 \(forsknings- og udviklingsydelser\)\. Udbudsloven, lov nr\. 1564 af 15\. december 2015 med senere ændringer, § 22, nr\. 1 og 2: https:\/\/www\.retsinformation\.dk\/eli\/lta\/2015\/1564/);
    expect(text).toContain("CELEX 52022XC1028(03)");
    expect(text).toContain("/jura/udbudsfri-opi");
    expect(text).toContain("Statsstøtte og hjemmel:");
    expect(text).toContain("Persondata:");
    expect(text).toMatch(/Skal I behandle personoplysninger i projektet\?\s*Ja/);
    expect(await docxPart(docx, "word/document.xml")).toContain('<w:pStyle w:val="Heading1"/>');
    expect(await docxPart(docx, "word/styles.xml")).toContain('w:val="da-DK"');
  });

  it("vejvalg: an »afklar først« report says the answers do not decide the route, why, and what to find out", async () => {
    const text = await docxText(await bytes(await download("vejvalg", "docx", { ...vejvalg, payment: "fuldt", benefit: "virksomhed", personalData: "nej" })));
    expect(text).toContain("Afklar først – kontakt en jurist");
    expect(text).toContain("Jeres svar afgør ikke vejen endnu.");
    expect(text).toMatch(/Afklar først\s*Få en jurist til at vurdere betalingen/);
    expect(text).toContain("Det kan være ulovlig statsstøtte, medmindre virksomheden er valgt i en åben konkurrence");
    expect(text).not.toContain("Udbudsfri OPI");
  });

  it("behovsscreening: the Word summary ranks the needs, and the spreadsheet has them side by side with a live sum", async () => {
    const docx = await bytes(await download("behovsscreening", "docx", behov));
    const text = await docxText(docx);
    expect(text.indexOf("Bedre søvn på plejecentre: 23 af 25 point")).toBeGreaterThan(-1);
    expect(text.indexOf("Bedre søvn på plejecentre: 23")).toBeLessThan(text.indexOf("Færre fald: 15 af 25"));
    expect(text).toContain("Alle kommuner");
    const response = await download("behovsscreening", "xlsx", behov);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const { sheet, strings } = await sheetXml(await bytes(response));
    expect(strings).toContain("Bedre søvn på plejecentre");
    expect(strings).toContain("Markedsudvikling");
    expect(sheet).toContain("<f>SUM(C2:G2)</f>");
    expect(sheet).toMatch(/<c r="C2"[^>]*><v>5<\/v>/);
  });

  it("partnerscreening: spreadsheet and CSV have one row per partner, and CSV neutralises formulas", async () => {
    const { strings } = await sheetXml(await bytes(await download("partnerscreening", "xlsx", partnere)));
    expect(strings).toContain("Æblerød Kommune");
    expect(strings).toContain("Ønsket partner");
    const csv = await (await download("partnerscreening", "csv", partnere)).text();
    const lines = csv.replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Partner;Type;Status;Bidrager med;Egne mål;Sådan når I dem");
    expect(lines[1]).toBe("Æblerød Kommune;Offentlig part;Kendt partner;Adgang til borgere og hjemmeplejen;Færre indlæggelser;Via sundhedschefen");
    expect(lines[2]).toBe(`"'=HYPERLINK(""x"")";Virksomhed;Ønsket partner;"Sensorer; og ""data""";;`);
    const docx = await docxText(await bytes(await download("partnerscreening", "docx", partnere)));
    expect(docx).toContain("Færre fald hos ældre i eget hjem");
    expect(docx).toContain("Overvej en videninstitution");
  });

  it("business case: the spreadsheet computes with formulas, the Word file states net value and payback", async () => {
    const { sheet, strings } = await sheetXml(await bytes(await download("business-case", "xlsx", business)));
    expect(strings).toContain("Kvalitet for borgeren: omkostninger");
    expect(sheet).toContain("<f>B3+B5+B7-(B2+B4+B6)</f>");
    expect(sheet).toContain("<f>B9+C8</f>");
    // The rate is a fraction shown as a percentage, so the formula divides by (1 + rate).
    expect(sheet).toMatch(/<f>B8\/\(1\+\$B\$10\)\^0<\/f>/);
    expect(sheet).toMatch(/<v>250000<\/v>/);
    const text = await docxText(await bytes(await download("business-case", "docx", business)));
    expect(text).toContain("Omkostninger i alt: 450.000 kr.");
    expect(text).toContain("Gevinster i alt: 610.000 kr.");
    expect(text).toContain("Nettoværdi: 160.000 kr.");
    expect(text).toContain("Investeringen er tjent hjem i år 3.");
    expect(text).toContain("3,5 % diskonteringsrente");
    expect(text).toContain("Mere tryghed for borgeren");
  });
});

describe("the download route refuses bad input in Danish, never with a 5xx", () => {
  it.each([
    ["unknown tool", { tool: "x", format: "docx", answers: "{}" }, 400, "Ukendt værktøj"],
    ["format the tool does not offer", { tool: "vejvalg", format: "xlsx", answers: JSON.stringify(vejvalg) }, 400, "Ukendt filformat"],
    ["missing answers", { tool: "partnerscreening", format: "csv", answers: "{}" }, 422, "Skriv jeres fælles mål"],
    ["broken JSON", { tool: "business-case", format: "xlsx", answers: "{" }, 422, "Skriv projektets navn"],
  ])("%s", async (_, fields, status, text) => {
    const response = await post(fields);
    expect(response.status).toBe(status);
    expect(await response.text()).toContain(text);
  });

  it("answers 413 to a body over 100 KB and 415 to JSON", async () => {
    expect((await post({ tool: "vejvalg", format: "docx", answers: "x".repeat(110_000) })).status).toBe(413);
    const json = await POST(new Request("http://localhost/vaerktoejer/hent", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }));
    expect(json.status).toBe(415);
  });

  it("survives generated hostile bodies", async () => {
    const tools = fc.constantFrom("vejvalg", "behovsscreening", "partnerscreening", "business-case", "", "__proto__");
    await fc.assert(
      fc.asyncProperty(tools, fc.constantFrom("docx", "xlsx", "csv", "pdf"), fc.oneof(fc.json(), fc.string(), fc.constant(JSON.stringify(behov))), async (tool, format, answers) => {
        const response = await post({ tool, format, answers });
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the planning tools' server action", () => {
  const start = (tool: PlanningToolId): PlanningState => ({ tool, answers: {}, errors: {}, done: false, revision: 0 });
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.append(key, value);
    return data;
  };

  it("keeps every answer after a failed check and names each problem in Danish", async () => {
    const state = await planningStep(start("behovsscreening"), form({ tool: "behovsscreening", intent: "check", "needs.0.title": "Fald", "needs.0.teknologi": "9", "needs.0.description": "" }));
    expect(state.done).toBe(false);
    expect(state.answers).toEqual({ needs: [{ title: "Fald", teknologi: "9", description: "" }] });
    expect(state.errors["needs.0.description"]).toBe("Beskriv behovet");
    expect(state.errors["needs.0.teknologi"]).toBe("Giv teknologi en score fra 1 til 5");
    expect(state.errors["needs.0.solutions"]).toBe("Vælg, om der findes løsninger i dag");
  });

  it("adds and removes rows without JavaScript, within the limit", async () => {
    let state = await planningStep(start("partnerscreening"), form({ tool: "partnerscreening", intent: "add", goal: "Mål", "partners.0.name": "A" }));
    expect(state.answers.partners).toEqual([{ name: "A" }, {}]);
    expect(state.errors).toEqual({});
    state = await planningStep(state, form({ tool: "partnerscreening", intent: "remove:0", goal: "Mål", "partners.0.name": "A", "partners.1.name": "B" }));
    expect(state.answers.partners).toEqual([{ name: "B" }]);
    const full = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`partners.${i}.name`, `P${i}`]));
    state = await planningStep(state, form({ tool: "partnerscreening", intent: "add", ...full }));
    expect(state.answers.partners).toHaveLength(12);
  });

  it("marks valid answers as done, and restores saved answers", async () => {
    const fields = Object.fromEntries(Object.entries(vejvalg));
    const done = await planningStep(start("vejvalg"), form({ tool: "vejvalg", intent: "check", ...fields }));
    expect(done.done).toBe(true);
    const restored = await planningStep(start("vejvalg"), form({ tool: "vejvalg", intent: "restore", answers: JSON.stringify(vejvalg) }));
    expect(restored.done).toBe(true);
    expect(restored.notice).toContain("kun gemt i denne browser");
    // Deleting asks first and keeps everything, the result included; »Nej« leaves the tool as it was; »Ja« deletes.
    const asked = await planningStep(done, form({ tool: "vejvalg", intent: "reset" }));
    expect(asked.confirm).toBe("reset");
    expect(asked.answers).toEqual(done.answers);
    expect(asked.done).toBe(true);
    expect(asked.decision?.route).toBe(done.decision?.route);
    const kept = await planningStep(asked, form({ tool: "vejvalg", intent: "keep" }));
    expect(kept.confirm).toBeUndefined();
    expect(kept.answers).toEqual(done.answers);
    const reset = await planningStep(asked, form({ tool: "vejvalg", intent: "reset-confirmed" }));
    expect(reset.answers).toEqual({});
    expect(reset.confirm).toBeUndefined();
  });
});

describe("reading forms and numbers", () => {
  it("reads nested answers and ignores control fields and dangerous names", () => {
    const data = new FormData();
    data.append("tool", "x");
    data.append("needs.1.title", "B");
    data.append("__proto__.polluted", "yes");
    data.append("needs.0.constructor", "x");
    data.append("goal", "Mål");
    expect(readForm(data)).toEqual({ needs: [{}, { title: "B" }], goal: "Mål" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("parses stored answers to strings, arrays and objects only", () => {
    expect(parseDraft('{"a":"x","b":1,"c":{"d":["y",{"e":"z"}]},"__proto__":{"p":"1"}}')).toEqual({ a: "x", c: { d: ["y", { e: "z" }] } });
    expect(parseDraft("[1]")).toEqual({});
    expect(parseDraft("not json")).toEqual({});
  });

  it.each([
    ["25000", 25000],
    ["25.000", 25000],
    ["1.250.000", 1250000],
    ["12 500 kr.", 12500],
    ["3,5", 3.5],
    ["1.234,50", 1234.5],
    ["", undefined],
  ])("reads the amount %s", (text, value) => expect(parseAmount(text)).toBe(value));

  it("rejects amounts that are not numbers", () => {
    expect(parseAmount("mange")).toBeNaN();
    const checked = validateBusinessCase({ ...business, years: [{ publicCost: "mange" }] });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors["years.0.publicCost"]).toMatch(/^Effektivitet for den offentlige part, omkostninger, år 1: skriv et beløb i hele kroner/);
  });
});

describe("the calculations", () => {
  it("computes net value, cumulative value, present value and payback", () => {
    const checked = validateBusinessCase(business);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const result = computeBusinessCase(checked.data);
    expect(result.years.map((y) => y.net)).toEqual([-290000, 180000, 270000]);
    expect(result.years.map((y) => y.cumulative)).toEqual([-290000, -110000, 160000]);
    expect(result.paybackYear).toBe(3);
    expect(result.presentValue).toBeCloseTo(-290000 + 180000 / 1.035 + 270000 / 1.035 ** 2, 0);
    expect(result.perLine.find((l) => l.id === "company")!.net).toBe(100000);
  });

  it("has no payback year when the investment is not earned back, and follows the chosen period", () => {
    const checked = validateBusinessCase({ title: "X", period: "2", years: [{ publicCost: "100" }, { publicGain: "50" }, { publicGain: "999" }] });
    expect(checked.ok && computeBusinessCase(checked.data).paybackYear).toBeUndefined();
    expect(checked.ok && checked.data.years).toHaveLength(2);
  });

  it("ranks needs by total, ties in the order written", () => {
    const ratings = (n: number) => ({ teknologi: n, strategi: n, organisation: n, forretningsudvikling: n, markedsudvikling: n });
    const needs: Need[] = [
      { title: "A", description: "", targetGroup: "", solutions: "nej", ratings: ratings(2) },
      { title: "B", description: "", targetGroup: "", solutions: "ja", ratings: ratings(4) },
      { title: "C", description: "", targetGroup: "", solutions: "nej", ratings: ratings(2) },
    ];
    const ranked = rankNeeds(needs);
    expect(ranked.map((n) => `${n.rank}${n.title}${n.score}`)).toEqual(["1B20", "2A10", "3C10"]);
    expect(ranked[0]!.advice).toContain("købe den");
  });

  it("validates the partner list and the needs list limits", () => {
    expect(validatePartnerscreening({ goal: "x", partners: [] }).ok).toBe(false);
    expect(validateBehovsscreening({ needs: Array.from({ length: 7 }, () => need("x", [1, 1, 1, 1, 1])) }).ok).toBe(false);
  });
});
