import { mkdtemp, mkdir, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { loadContent, formatProblem } from "@/lib/content/load";
import { checkActCitations, checkActSource, citedActs, DANISH_ACTS, isLegalPage, isPrimaryLegalSource } from "@/lib/content/legal";
import { pageSchema, formatIssue } from "@/lib/content/schema";
import { LegalReviewStatus } from "@/components/layout/LegalReviewStatus";

const problemsIn = async (root: string, file: string, today = "2026-11-23") =>
  (await loadContent(root, { today })).problems.filter((p) => p.file.endsWith(file)).map((p) => `${p.severity}: ${formatProblem(p)}`);

describe("primary legal sources", () => {
  it("counts a Danish act by its LOV or LBK number, and an EU act by CELEX or ELI", () => {
    for (const source of [
      { title: "Udbudsloven, lov nr. 1564 af 15. december 2015 med senere ændringer" },
      { title: "Lov om erhvervsfremme, LBK nr. 230 af 29. februar 2024" },
      { title: "Offentlighedsloven", url: "https://www.retsinformation.dk/eli/lta/2013/606" },
      { title: "Direktiv 2014/24/EU, CELEX 32014L0024" },
      { title: "De minimis-forordningen (EU) 2023/2831", url: "http://data.europa.eu/eli/reg/2023/2831/oj" },
      { title: "GDPR", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj" },
      { title: "Rammebestemmelserne 2022", url: "https://eur-lex.europa.eu/legal-content/DA/TXT/?uri=CELEX:52022XC1028(03)" },
    ]) {
      expect(isPrimaryLegalSource(source), source.title).toBe(true);
    }
  });

  it("does not count guidance, commentary, mirrors or an act's name without its number", () => {
    for (const source of [
      { title: "Udbudsloven § 22", url: "https://danskelove.dk/udbudsloven/22" },
      { title: "Udbudsloven på Retsinformation", url: "https://www.retsinformation.dk/" },
      { title: "Spørgsmål og svar om forsknings- og udviklingsydelser", url: "https://statensindkob.dk/" },
      { title: "Rammebestemmelser for statsstøtte til forskning, udvikling og innovation (2022/C 414/01)" },
      { title: "Lovguiden", url: "https://www.lovguiden.dk/loven/bekendtgørelse-af-lov-om-erhvervsfremme/14" },
    ]) {
      expect(isPrimaryLegalSource(source), source.title).toBe(false);
    }
  });

  it("treats /jura and every page under it as legal pages, and nothing else", () => {
    expect([isLegalPage("/jura"), isLegalPage("/jura/statsstoette"), isLegalPage("/juraen"), isLegalPage("/om-opi")]).toEqual([true, true, false, false]);
  });

  it("refuses a page under /jura that cites no primary law and does not state its legal review", async () => {
    expect(await problemsIn("tests/fixtures/content/bad", "jura/uden-retskilde.mdx")).toEqual([
      "error: tests/fixtures/content/bad/pages/jura/uden-retskilde.mdx: frontmatter.legalReview: mangler; en side under /jura skal sige, om en jurist har gennemgået den. Skriv legalReview: med status: ikke-gennemgaaet, eller med status: gennemgaaet, reviewer og date, når en navngiven jurist har gennemgået siden",
      'error: tests/fixtures/content/bad/pages/jura/uden-retskilde.mdx: frontmatter.sources: en side under /jura skal nævne mindst én primær retskilde med nummer: en dansk lov (»lov nr. …« eller »LBK nr. …«) eller en EU-retsakt (CELEX-nummer eller ELI-adresse). Tilføj fx { title: "Udbudsloven, lov nr. 1564 af 15. december 2015 med senere ændringer", url: "https://www.retsinformation.dk/eli/lta/2015/1564" }',
    ]);
  });
});

describe("act citations", () => {
  it("accepts every act in the guide's one form, also when a line break falls inside it", () => {
    const text = DANISH_ACTS.map((act) => `${act.name}, ${act.citation}, § 1 (${act.eli})`).join("\n");
    expect(checkActCitations(text)).toEqual([]);
    expect(checkActCitations("udbudsloven (lov nr. 1564 af 15. december\n2015 med senere ændringer) og Lov nr. 606 af 12. juni 2013 med senere ændringer")).toEqual([]);
    expect(citedActs("Offentlighedsloven, lov nr. 606 af 12. juni 2013 med senere ændringer, § 30").map((act) => act.name)).toEqual(["Offentlighedsloven"]);
  });

  it("refuses another consolidation, a dropped »med senere ændringer«, another date form and an unknown act, by line", () => {
    const found = checkActCitations(
      [
        "Udbudsloven, jf. lovbekendtgørelse nr. 10 af 6. januar 2023.",
        "Udbudsloven (lov nr. 1564 af 15. december 2015).",
        "Lov om erhvervsfremme, LBK nr. 230 af 29/02/2024.",
        "Lov nr. 309 af 25. april 2018 om forretningshemmeligheder.",
      ].join("\n"),
    );
    expect(found.map((problem) => [problem.line, problem.message.slice(0, 70)])).toEqual([
      [1, "»lovbekendtgørelse nr. 10 af 6. januar 2023« er ikke et lovnummer, gui"],
      [2, "»lov nr. 1564 af 15. december 2015« er ikke den form, guiden citerer U"],
      [3, "»LBK nr. 230 af 29/02/2024« er ikke den form, guiden citerer Lov om er"],
      [4, "»Lov nr. 309 af 25. april 2018« er ikke et lovnummer, guiden kender. B"],
    ]);
    expect(found[1]?.message).toContain("Skriv »lov nr. 1564 af 15. december 2015 med senere ændringer«");
  });

  it("lists every act with its citation and address in the editors' guide, which the messages point to", () => {
    const table = readFileSync("content/README.md", "utf8").split("### Lovenes numre")[1]?.split("\n\n")[2] ?? "";
    const rows = table.split("\n").filter((row) => row.startsWith("| ") && !row.startsWith("| Lov |"));
    expect(rows.map((row) => row.split(" | ").slice(1).map((cell) => cell.replace(/ \|$/, "")))).toEqual(DANISH_ACTS.map((act) => [act.citation, act.eli]));
  });

  it("refuses a Retsinformation address that is not the address of a cited act's number", () => {
    expect(checkActCitations("https://www.retsinformation.dk/eli/lta/2023/10")).toEqual([
      { line: 1, message: "https://www.retsinformation.dk/eli/lta/2023/10 er ikke adressen på en lov, guiden citerer. Brug lovens nummer og adresse fra tabellen »Lovenes numre« i content/README.md" },
    ]);
    expect(checkActCitations("http://retsinformation.dk/eli/lta/2015/1564")).toEqual([]);
  });

  it("makes a source that links an act name that act by its number, and not another act", () => {
    const udbl = "https://www.retsinformation.dk/eli/lta/2015/1564";
    expect(checkActSource({ title: "Udbudsloven, lov nr. 1564 af 15. december 2015 med senere ændringer, § 22", url: udbl })).toBeUndefined();
    expect(checkActSource({ title: "Udbudsloven § 22", url: "https://danskelove.dk/udbudsloven/22" })).toBeUndefined();
    expect(checkActSource({ title: "Udbudsloven §§ 2, 39, 40 og 136", url: udbl })).toMatch(/^linker til Udbudsloven på Retsinformation, men nævner ikke lovens nummer/);
    expect(checkActSource({ title: "Offentlighedsloven, lov nr. 606 af 12. juni 2013 med senere ændringer", url: udbl })).toMatch(/^citerer Offentlighedsloven, men adressen er til Udbudsloven\. .*eli\/lta\/2013\/606$/);
  });

  it("reports each wrong citation in a content file with its line or source", async () => {
    const found = await problemsIn("tests/fixtures/content/bad", "jura/forkert-lovnummer.mdx");
    expect(found.map((line) => line.replace(/^error: tests\/fixtures\/content\/bad\/pages\/jura\/forkert-lovnummer\.mdx: /, "").slice(0, 60))).toEqual([
      "linje 8: »lovbekendtgørelse nr. 10 af 6. januar 2023« er ikk",
      "linje 18: »lov nr. 606 af 12. juni 2013« er ikke den form, g",
      "linje 9: https://www.retsinformation.dk/eli/lta/2023/10 er i",
      "frontmatter.sources.1.title: linker til Udbudsloven på Retsi",
      "frontmatter.sources.2.title: citerer Offentlighedsloven, men",
    ]);
  });
});

describe("legal review", () => {
  it("refuses a claimed review that names no jurist and no date", async () => {
    expect(await problemsIn("tests/fixtures/content/bad", "jura/gennemgang-uden-navn.mdx")).toEqual([
      'error: tests/fixtures/content/bad/pages/jura/gennemgang-uden-navn.mdx: frontmatter.legalReview.reviewer: mangler. Skriv juristens navn og organisation, fx reviewer: "Anne Eksempel, advokat, Eksempel Advokater"',
      "error: tests/fixtures/content/bad/pages/jura/gennemgang-uden-navn.mdx: frontmatter.legalReview.date: mangler. Skriv den dag, juristen blev færdig med gennemgangen, fx date: 2026-12-10",
    ]);
  });

  it("refuses a review dated after today", async () => {
    expect(await problemsIn("tests/fixtures/content/bad", "jura/gennemgang-i-fremtiden.mdx")).toEqual([
      "error: tests/fixtures/content/bad/pages/jura/gennemgang-i-fremtiden.mdx: frontmatter.legalReview.date: 2027-01-15 ligger efter i dag. Skriv den dag, juristen blev færdig med gennemgangen",
    ]);
  });

  it("names the allowed statuses for a misspelt one, and keeps a reviewer off a page nobody reviewed", () => {
    const base = { title: "Statsstøtte", description: "En side om statsstøtte, som bruges til at teste feltet legalReview.", reviewed: "2026-11-01" };
    const issues = (legalReview: unknown) =>
      (pageSchema.safeParse({ ...base, legalReview }, { reportInput: true }).error?.issues ?? []).map(formatIssue).map(({ field, message }) => `${field}: ${message}`);
    expect(issues({ status: "gennemgået" })).toEqual(["frontmatter.legalReview.status: har en ukendt værdi. Tilladte værdier: ikke-gennemgaaet, gennemgaaet"]);
    expect(issues({})).toEqual(["frontmatter.legalReview.status: mangler. Vælg en af: ikke-gennemgaaet, gennemgaaet"]);
    expect(issues({ status: "ikke-gennemgaaet", reviewer: "Anne Eksempel, advokat" })).toEqual([
      "frontmatter.legalReview.reviewer: hører kun til status: gennemgaaet. Slet feltet, eller ret status, hvis en jurist har gennemgået siden",
    ]);
    expect(issues({ status: "ikke-gennemgaaet" })).toEqual([]);
  });

  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("warns when the page was reviewed again after the jurist's review", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "opi-legal-"));
    dirs.push(root);
    await mkdir(path.join(root, "pages/jura"), { recursive: true });
    const page = (title: string, reviewed: string, extra = "") =>
      `---\ntitle: "${title}"\ndescription: "En side, der bruges til at teste advarslen om en forældet juridisk gennemgang."\nreviewed: ${reviewed}\n${extra}---\n\nTekst.\n`;
    await writeFile(path.join(root, "pages/index.mdx"), page("Forside", "2026-11-01"));
    await writeFile(
      path.join(root, "pages/jura/index.mdx"),
      page(
        "Jura",
        "2026-12-01",
        'sources:\n  - title: "Udbudsloven, lov nr. 1564 af 15. december 2015 med senere ændringer"\nlegalReview:\n  status: gennemgaaet\n  reviewer: "Anne Eksempel, advokat"\n  date: 2026-11-10\n',
      ),
    );
    const { problems } = await loadContent(root, { today: "2026-12-06" });
    expect(problems.map((p) => `${p.severity}: ${p.field}: ${p.message}`)).toEqual([
      "warning: frontmatter.legalReview.date: siden er gennemgået 2026-12-01, efter den juridiske gennemgang 2026-11-10. Bed juristen se ændringerne igennem, og ret så legalReview.date, eller skriv status: ikke-gennemgaaet",
    ]);
  });

  it("says plainly that no jurist has reviewed the page, and names the jurist and date when one has", () => {
    const notReviewed = renderToStaticMarkup(createElement(LegalReviewStatus, { review: { status: "ikke-gennemgaaet" } }));
    expect(notReviewed).toContain("Ikke gennemgået af en jurist endnu.");
    expect(notReviewed).not.toContain("Juridisk gennemgået");

    const review = { status: "gennemgaaet" as const, reviewer: "Anne Eksempel, advokat, Eksempel Advokater", date: "2026-12-10" };
    const reviewed = renderToStaticMarkup(createElement(LegalReviewStatus, { review, reviewed: "2026-12-10" }));
    expect(reviewed).toContain('Juridisk gennemgået af Anne Eksempel, advokat, Eksempel Advokater (<time dateTime="2026-12-10">10. december 2026</time>).');
    expect(reviewed).not.toContain("igen");
    expect(renderToStaticMarkup(createElement(LegalReviewStatus, { review, reviewed: "2027-01-05" }))).toContain("Redaktionen har gennemgået siden igen siden da.");
  });
});
