import { expect, it } from "vitest";
import { analyseBody } from "@/lib/content/mdx-rules";

const analyse = (body: string, contentPath = "pages/test.mdx") => analyseBody(body, { contentPath });

it("rejects a prop written as an expression, even a harmless one", () => {
  const { problems } = analyse('<Callout variant={"tip"}>Tekst</Callout>');
  expect(problems).toEqual([{ line: 1, message: '<Callout> egenskaben "variant" skal være en tekst i anførselstegn, fx variant="info"' }]);
});

it("rejects export statements and expressions inside component children", () => {
  const { problems } = analyse('export const x = 1\n\n<Callout>{process.env.SECRET}</Callout>');
  expect(problems.map((p) => p.line)).toEqual([1, 3]);
  expect(problems[0]?.message).toMatch(/^import og export er ikke tilladt/);
  expect(problems[1]?.message).toMatch(/^JavaScript-udtryk/);
});

it("rejects data: and vbscript: links and protocol-relative links", () => {
  const { problems } = analyse("[a](data:text/html,x) [b](vbscript:x) [c](//evil.example)");
  expect(problems.map((p) => p.message)).toEqual([
    'linket "data:text/html,x" er ikke tilladt. Brug en adresse, der begynder med https://, mailto: eller / (en side i guiden)',
    'linket "vbscript:x" er ikke tilladt. Brug en adresse, der begynder med https://, mailto: eller / (en side i guiden)',
    'linket "//evil.example" mangler https:. Skriv den fulde adresse, fx https://evil.example',
  ]);
});

it("only lets the glossary define terms", () => {
  expect(analyse('<Definition id="opi" term="OPI">x</Definition>').problems[0]?.message).toBe("<Definition> må kun bruges i pages/ordliste.mdx");
  expect(analyse('<Definition id="opi" term="OPI">x</Definition>', "pages/ordliste.mdx").problems).toEqual([]);
});

it("collects internal links, terms and ASCII heading anchors for the cross-file checks", () => {
  const facts = analyse('## Hvornår gælder det?\n\nSe [siden](/jura/inhabilitet) og <Term id="opi">OPI</Term>.\n\n## Hvornår gælder det?');
  expect(facts.problems).toEqual([]);
  expect(facts.links).toEqual([{ url: "/jura/inhabilitet", line: 3 }]);
  expect(facts.terms).toEqual([{ id: "opi", line: 3 }]);
  expect(facts.headings.map((h) => h.id)).toEqual(["hvornaar-gaelder-det", "hvornaar-gaelder-det-1"]);
});

it("reports a syntax error with its line instead of throwing", () => {
  const { problems } = analyse("## Titel\n\n<Callout>\n\nTekst uden slutmærke");
  expect(problems).toHaveLength(1);
  expect(problems[0]?.message).toMatch(/^MDX kan ikke læses: .*Tjek at alle komponenter er lukket/);
});
