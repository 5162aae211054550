import { expect, it } from "vitest";
import { highlight, prepare, search, type SearchDocument } from "@/lib/search/search";
import { stem, tokens } from "@/lib/search/text";

const doc = (url: string, title: string, text: string, description = "En side i guiden."): SearchDocument => ({
  url,
  title,
  section: "Guide",
  description,
  headings: "",
  text,
});

const index = prepare([
  doc("/jura/inhabilitet", "Inhabilitet og neutralisering", "En virksomhed kan blive inhabil i et senere udbud. Del oplysninger med alle."),
  doc("/jura/udbudsfri-opi", "Udbudsfri OPI og § 22", "Udbudsreglerne gælder ikke, når I deler resultaterne."),
  doc("/opi-processen/ide", "Idé", "Tal med borgerne i ældreplejen om behovet."),
  doc("/om-opi", "Om OPI", "OPI er et samarbejde. Læs også om inhabilitet på juraside."),
]);

it("stems Danish inflections so inhabil, inhabile and inhabilitet meet", () => {
  expect(stem("inhabilitet")).toBe("inhabil");
  expect(tokens("inhabile inhabiliteten Inhabil")).toEqual(["inhabil", "inhabil", "inhabil"]);
});

it("finds the legal page on inhabilitet first, whichever form the reader types", () => {
  for (const query of ["inhabilitet", "inhabil", "Inhabiliteten"]) {
    const hits = search(index, query);
    expect(hits[0]?.url, query).toBe("/jura/inhabilitet");
    expect(hits.map((hit) => hit.url), query).toContain("/om-opi");
  }
});

it("matches æ, ø and å whether typed or written as ae, oe and aa, and words inside compounds", () => {
  expect(search(index, "aeldrepleje").map((hit) => hit.url)).toEqual(["/opi-processen/ide"]);
  expect(search(index, "ældrepleje").map((hit) => hit.url)).toEqual(["/opi-processen/ide"]);
  expect(search(index, "regler").map((hit) => hit.url)).toEqual(["/jura/udbudsfri-opi"]);
});

it("requires every word of the query and returns nothing for an empty query", () => {
  expect(search(index, "inhabil borgerne")).toEqual([]);
  expect(search(index, "   ")).toEqual([]);
});

it("gives a snippet from the text that matched and marks the matching words", () => {
  const hits = search(index, "udbud");
  expect(hits.map((h) => h.url)).toEqual(["/jura/udbudsfri-opi", "/jura/inhabilitet"]);
  expect(hits[1]?.snippet).toBe("En virksomhed kan blive inhabil i et senere udbud.");
  expect(highlight("Et senere udbud.", "udbud")).toEqual([
    { text: "Et senere ", match: false },
    { text: "udbud", match: true },
    { text: ".", match: false },
  ]);
});
