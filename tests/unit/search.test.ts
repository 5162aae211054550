import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildIndex, loadIndex, search, serializeIndex, snippet, type SearchDocument } from "@/lib/search/search";
import { compoundTerms, term, tokens, words } from "@/lib/search/text";
import { checkRelevance, loadRelevanceSet, relevanceSchema } from "@/lib/search/relevance";
import { searchDocuments } from "@/lib/search/documents";
import { loadContent } from "@/lib/content/load";

const doc = (url: string, title: string, text: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  url,
  title,
  section: "Guide",
  description: "En side i guiden.",
  headings: "",
  text,
  ...extra,
});

const documents = [
  doc("/jura", "Jura i OPI", "Udbud, inhabilitet, statsstøtte og rettigheder. Et udbud kan være nødvendigt. Læs om inhabilitet.", {
    overview: true,
    headings: "Udbud\nInhabilitet\nStatsstøtte",
  }),
  doc(
    "/jura/inhabilitet",
    "Inhabilitet og neutralisering (§ 39 og § 136)",
    "En virksomhed kan blive inhabil i et senere udbud. Efter § 39 skal ordregiveren dele oplysninger med alle. Inhabiliteten kan fjernes.",
  ),
  doc("/jura/udbudsfri-opi", "Udbudsfri OPI og § 22", "Udbudsreglerne gælder ikke, når I deler resultaterne. Et udbud er ikke altid nødvendigt."),
  doc("/jura/innovationspartnerskab", "Innovationspartnerskab (§§ 73–79)", "Reglerne står i udbudsloven §§ 73–79. Udvikling og køb i ét udbud."),
  doc("/opi-processen/ide", "Idé", "Tal med borgerne i ældreplejen om behovet."),
  doc("/vaerktoejer/samarbejdsaftale", "OPI-samarbejdsaftale", "Lav et udkast til samarbejdsaftalen. Hav CVR-nummer klar."),
  doc("/om-opi", "Om OPI", "OPI er et samarbejde mellem parter. De skriver en aftale. Det er ikke et udbud."),
];
const index = buildIndex(documents);
const urls = (query: string) => search(index, query).map((hit) => hit.url);

describe("Danish analysis", () => {
  it("stems inflections with the Snowball stemmer, so the forms of a word meet", () => {
    expect(new Set(tokens("udbud udbuddet udbuddene"))).toEqual(new Set(["udbud"]));
    expect(new Set(tokens("aftale aftalen aftaler"))).toEqual(new Set([term("aftale")]));
  });

  it("folds æ, ø and å after stemming, so words typed without them match", () => {
    expect(term("ældrepleje")).toBe(term("aeldrepleje"));
    expect(term("støtte")).toBe(term("stoette"));
    expect(term("gå")).toBe(term("gaa"));
  });

  it("reads a section reference as one word however it is spaced, and the sections of a §§ list and range", () => {
    expect(words("efter § 39 og §39").map((w) => w.text)).toEqual(["efter", "§39", "og", "§39"]);
    expect(tokens("udbudsloven §§ 2, 22 og 24")).toEqual(["udbudslov", "§2", "§22", "§24"]);
    expect(tokens("§§ 73–79")).toEqual(["§73", "§74", "§75", "§76", "§77", "§78", "§79"]);
    expect(tokens("§§ 73–79")).not.toContain("§80");
    // After a single § a following number is a number, not a section.
    expect(tokens("§ 22 og 35 kommuner")).toEqual(["§22", "35", term("kommuner")]);
    expect(words("§§ 73–79", { ranges: false }).map((w) => w.text)).toEqual(["§73", "§79"]);
  });

  it("leaves out the commonest words", () => {
    expect(tokens("og i at det er en")).toEqual([]);
  });

  it("indexes a compound by its last part only when both parts are words of the text", () => {
    const vocabulary = new Set(tokens("samarbejde aftale"));
    expect(compoundTerms("samarbejdsaftalen", vocabulary)).toEqual([term("samarbejdsaftalen"), term("aftale")]);
    expect(compoundTerms("samarbejdsaftalen", new Set(tokens("aftale")))).toEqual([term("samarbejdsaftalen")]);
    expect(compoundTerms("virksomheden", vocabulary)).toEqual([term("virksomheden")]);
  });
});

describe("search", () => {
  it("finds the legal page on inhabilitet first, whichever form or misspelling the reader types", () => {
    for (const query of ["inhabilitet", "inhabil", "Inhabiliteten", "inhabillitet"]) expect(urls(query)[0], query).toBe("/jura/inhabilitet");
  });

  it("finds the same pages for § 39 and §39, and a section inside a range", () => {
    expect(urls("§ 39")).toEqual(["/jura/inhabilitet"]);
    expect(urls("§39")).toEqual(urls("§ 39"));
    expect(urls("§ 74")).toEqual(["/jura/innovationspartnerskab"]);
  });

  it("finds abbreviations, words typed without æøå and compounds by their last part", () => {
    expect(urls("CVR")).toEqual(["/vaerktoejer/samarbejdsaftale"]);
    expect(urls("aeldrepleje")).toEqual(["/opi-processen/ide"]);
    expect(urls("aftale")).toContain("/vaerktoejer/samarbejdsaftale");
    // A typo is forgiven in a long word: "statsstotte" is one letter from "statsstøtte".
    expect(urls("statsstotte")).toEqual(["/jura"]);
  });

  it("puts the overview first for a broad word, and the page of its own first for a narrow one", () => {
    expect(urls("udbud")[0]).toBe("/jura");
    expect(urls("udbud").length).toBeGreaterThan(documents.length / 2);
    expect(urls("inhabilitet")[0]).toBe("/jura/inhabilitet");
  });

  it("keeps the overview first for a broad word however many cases the guide tells", () => {
    const cases = Array.from({ length: 60 }, (_, i) =>
      doc(`/cases/case-${i}`, `Projekt ${i}`, i % 10 === 0 ? "Kommunen købte løsningen efter et udbud." : "Borgerne testede en sensor.", { section: "Cases" }),
    );
    const withCases = buildIndex([...documents, ...cases]);
    expect(search(withCases, "udbud")[0]?.url).toBe("/jura");
    expect(search(withCases, "inhabilitet")[0]?.url).toBe("/jura/inhabilitet");
  });

  it("requires every word of the query and returns nothing for an empty query", () => {
    expect(urls("inhabil borgerne")).toEqual([]);
    expect(urls("   ")).toEqual([]);
  });

  it("shows the matched words in their context, marked, and the description when only the title matched", () => {
    const [hit] = search(index, "neutralisering");
    expect(hit?.snippet).toEqual([{ text: "En side i guiden.", match: false }]);
    const [cvr] = search(index, "cvr");
    expect(cvr?.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(["CVR"]);
    expect(cvr?.snippet.map((part) => part.text).join("")).toBe("Lav et udkast til samarbejdsaftalen. Hav CVR-nummer klar.");
  });

  it("cuts a long text to a passage around the matches, with an ellipsis where text is left out", () => {
    const filler = Array.from({ length: 80 }, (_, i) => `ord${i}`).join(" ");
    const parts = snippet({ text: `${filler}. Her står udbuddet midt i teksten. ${filler}`, description: "" }, new Set(["udbud"]));
    const text = parts.map((part) => part.text).join("");
    expect(text.startsWith("… ")).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(["udbuddet"]);
    expect(text.split(" ").length).toBeLessThan(45);
  });

  it("ranks exactly alike in the browser: the serialised index gives the same list for the same query", () => {
    const loaded = loadIndex(serializeIndex(index));
    for (const query of ["udbud", "inhabillitet", "§ 39", "aftale", "inha", "statsstotte", "ældrepleje", "cvr", "xyz"]) {
      expect(search(loaded, query), query).toEqual(search(index, query));
    }
  });
});

describe("search documents", () => {
  it("index every visible page and case, with the example label apart from the title", async () => {
    const { entries } = await loadContent("tests/fixtures/content/good");
    const docs = searchDocuments(entries);
    const example = docs.find((d) => d.url.startsWith("/cases/"));
    expect(example?.title.startsWith("Eksempel")).toBe(false);
    expect(docs.find((d) => d.url === "/jura")?.overview).toBe(true);
    expect(docs.find((d) => d.url === "/jura/inhabilitet")?.overview).toBe(false);
    expect(docs.some((d) => d.url.startsWith("/markedsplads#"))).toBe(false);
  });
});

describe("relevance set", () => {
  const file = "content/soegning/relevans.yaml";
  const known = new Set(documents.map((d) => d.url));

  it("passes when every search finds its pages", () => {
    const set = relevanceSchema.parse({ queries: [{ query: "§39", first: "/jura/inhabilitet" }, { query: "udbud", expect: ["/jura/udbudsfri-opi"] }] });
    expect(checkRelevance(set, index, file, known)).toEqual([]);
  });

  it("tells the editor which search lost its page, where the page ranks now and what ranks above it", () => {
    const set = relevanceSchema.parse({ queries: [{ query: "udbud", first: "/om-opi" }, { query: "cvr", expect: ["/jura"], top: 3 }] });
    const problems = checkRelevance(set, index, file, known);
    expect(problems).toHaveLength(2);
    expect(problems[0]?.field).toBe("queries.0 (»udbud«)");
    expect(problems[0]?.message).toMatch(/^\/om-opi skal komme først, men er nr\. \d+\. Nu øverst: \/jura, /);
    expect(problems[1]?.message).toMatch(/^\/jura skal være blandt de første 3, men findes slet ikke blandt resultaterne\. Nu øverst: \/vaerktoejer\/samarbejdsaftale\./);
  });

  it("refuses an address that is no page, and an entry without an expectation", async () => {
    const set = relevanceSchema.parse({ queries: [{ query: "udbud", first: "/jura/findes-ikke" }] });
    expect(checkRelevance(set, index, file, known)[0]?.message).toBe("/jura/findes-ikke er ikke en side, søgningen kan finde. Ret adressen, eller slet linjen");

    const root = await mkdtemp(path.join(tmpdir(), "relevans-"));
    await mkdir(path.join(root, "soegning"));
    await writeFile(path.join(root, "soegning", "relevans.yaml"), "queries:\n  - query: udbud\n");
    const loaded = await loadRelevanceSet(root);
    expect(loaded.set).toBeUndefined();
    expect(loaded.problems.map((p) => `${p.field}: ${p.message}`)).toEqual(["queries.0: skal have first eller expect: hvilken side skal søgningen finde?"]);
  });
});
