import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { OPI_TYPES } from "@/lib/content/vocabulary";
import { QUESTIONS } from "@/lib/agreements/questions";
import { legalReviewText } from "@/lib/content/legal";
import { AGREEMENT_LABELS, answersFromQuery, optionValues, QUESTION_IDS, RIGHTS_LABELS, ROUTES, UNDECIDED, UNKNOWN, vejvalgQuery, type QuestionId, type VejvalgAnswers, type VejvalgDecision } from "@/lib/planning/vejvalg";
import { checkVejvalg, checkVejvalgFolder } from "@/lib/planning/vejvalg-check";
import { builderPrefill } from "@/lib/planning/vejvalg-prefill";
import { decideVejvalg, decisiveQuestions } from "@/lib/planning/vejvalg-rules";
import { readVejvalgFolder, type VejvalgTable } from "@/lib/planning/vejvalg-table";
import { validateVejvalg } from "@/lib/planning/schemas";
import { exploratoryAnswers } from "./helpers/vejvalg";

// Tests run against a copy of the table (tests/fixtures/vejvalg/good), never against live content.
const FIXTURES = "tests/fixtures/vejvalg";
const options = { today: "2026-12-15", pageExists: () => true };

let table: VejvalgTable;
beforeAll(async () => {
  const read = await readVejvalgFolder(`${FIXTURES}/good`);
  expect(read.problems).toEqual([]);
  table = read.table!;
});

/** An exploratory project: no payment, results shared, maybe a tender later. */
const base: VejvalgAnswers = exploratoryAnswers;
const answers = (change: Partial<VejvalgAnswers>): VejvalgAnswers => ({ ...base, ...change }) as VejvalgAnswers;
const decide = (change: Partial<VejvalgAnswers>) => decideVejvalg(table, answers(change));

/** Every combination of the answers the decision tables look at, the others as in base. */
function* sweep(varied: readonly QuestionId[], from: VejvalgAnswers = base): Generator<VejvalgAnswers> {
  const walk = function* (index: number, current: Record<string, string>): Generator<VejvalgAnswers> {
    if (index === varied.length) {
      yield { ...from, ...current } as VejvalgAnswers;
      return;
    }
    for (const value of optionValues(varied[index]!)) yield* walk(index + 1, { ...current, [varied[index]!]: value });
  };
  yield* walk(0, {});
}
const decisive = () => [...decisiveQuestions(table)];

describe("the vejvalg's table", () => {
  it("is accepted whole: total, without a dead rule, and every test case gives what it expects", async () => {
    expect(await checkVejvalgFolder(`${FIXTURES}/good`, options)).toEqual([]);
    expect(await checkVejvalgFolder(`${FIXTURES}/lille`, options)).toEqual([]);
  });

  it("decides on the answers to nine questions, and only those", () => {
    expect(decisive().sort()).toEqual(["benefit", "competition", "market", "otherValue", "payment", "publication", "purchase", "risk", "scale"]);
  });

  // The fifteen answer sets a legal review of the old rules ran, and the outcome each now gets.
  const ANNEX: [string, Partial<VejvalgAnswers>, Partial<Pick<VejvalgDecision, "route" | "basis" | "type" | "agreement" | "rights">>][] = [
    ["A", { payment: "fuldt", benefit: "virksomhed" }, { route: "afklar", agreement: "vent" }],
    ["B", { payment: "fuldt", benefit: "alle" }, { route: "afklar" }],
    ["C", { payment: "fuldt", benefit: UNKNOWN }, { route: "afklar" }],
    ["D", { payment: UNKNOWN }, { route: "afklar" }],
    ["E", { market: "ja", payment: "fuldt", benefit: "deles", purchase: "nej" }, { route: "udbud", agreement: "udbud" }],
    ["F", { market: "tilpasses", payment: "fuldt", benefit: "deles" }, { route: "dialog" }],
    ["G", { payment: "fuldt", benefit: "offentlig", purchase: "nej" }, { route: "udbud" }],
    ["H", { competition: "ja", payment: "nej" }, { route: "afklar" }],
    ["I", { scale: "kort", risk: "lav", market: "ja", personalData: "ja" }, { route: "udbudsfri", basis: "ikke-gensidigt-bebyrdende", type: "mini-afproevning", agreement: "testaftale" }],
    ["J", { payment: "fuldt", benefit: "offentlig", market: UNKNOWN }, { route: "markedsdialog", type: UNDECIDED }],
    ["K", { market: "ja", purchase: "nej", payment: "delvis", benefit: "offentlig" }, { route: "udbud" }],
    ["L", { payment: "fuldt", benefit: "offentlig", competition: "ja" }, { route: "udbud" }],
    ["M", { market: "ja", purchase: UNKNOWN, payment: "fuldt", benefit: "virksomhed" }, { route: "udbud" }],
    ["N", { scale: "kort", risk: "lav", market: "ja", purchase: "nej" }, { route: "udbudsfri", type: "mini-afproevning" }],
    ["O", { payment: "fuldt", benefit: "deles", publication: "nej" }, { route: "afklar" }],
  ];
  it.each(ANNEX)("answer set %s gets the outcome the law allows", (_, change, expected) => {
    const decision = decide(change);
    for (const [key, value] of Object.entries(expected)) expect(decision[key as keyof VejvalgDecision], key).toEqual(value);
  });

  it("names the databehandleraftale for a mini-afprøvning with personal data, and not without", () => {
    const mini = decide({ scale: "kort", risk: "lav", market: "ja", personalData: "ja" });
    expect(mini.type).toBe("mini-afproevning");
    expect(mini.risks.map((r) => r.title)).toContain("Databehandleraftale før testen");
    expect(mini.risks.find((r) => r.id === "databehandleraftale-test")!.text).toMatch(/databehandleraftale.*artikel 28, stk\. 3/);
    expect(mini.rule.reasons.join(" ")).not.toMatch(/kræver ikke en juridisk aftale/);
    expect(decide({ scale: "kort", risk: "lav", market: "ja", personalData: "nej" }).risks.map((r) => r.id)).not.toContain("databehandleraftale-test");
  });

  it("explains an »afklar først« with the rule's reasons, its sources and what to find out", () => {
    const decision = decide({ payment: "fuldt", benefit: "virksomhed" });
    expect(decision.rule.id).toBe("fuld-betaling-deling");
    expect(decision.rule.reasons.join(" ")).toMatch(/§ 2, stk\. 2/);
    expect(decision.rule.reasons.join(" ")).toMatch(/statsstøtte/);
    expect(decision.rule.sources.map((s) => s.reference).join(" ")).toMatch(/CELEX 52022XC1028\(03\)/);
    expect(decision.rule.sources.map((s) => s.reference).join(" ")).toMatch(/lov nr\. 1564 af 15\. december 2015 med senere ændringer.*§ 22/);
    expect(decision.rule.basedOn.map((b) => `${b.question}=${b.answer}`)).toEqual(["market=Nej", "payment=Ja, fuldt ud", "benefit=Virksomheden, som vil sælge løsningen", "competition=Nej"]);
    expect(decision.findOutFirst.join(" ")).toMatch(/jurist/);
    expect(decision.rights).toBeUndefined();
  });

  it("turns each »Ved ikke« into a line of what to find out, and only those", () => {
    const decision = decide({ personalData: UNKNOWN, need: UNKNOWN });
    expect(decision.findOutFirst).toEqual([table.findOut.need, table.findOut.personalData]);
    expect(decision.provisional).toBe(false);
    expect(decide({}).findOutFirst).toEqual([]);
  });

  it("says the rules are not reviewed by a jurist until the table names one and a date", () => {
    expect(decide({}).legalReview).toEqual({ status: "ikke-gennemgaaet" });
    expect(legalReviewText(decide({}).legalReview)).toBe("Ikke gennemgået af en jurist endnu.");
    const reviewed: VejvalgTable = { ...table, legalReview: { status: "gennemgaaet", reviewer: "Jurist Jensen, advokat", date: "2026-12-01" } };
    expect(legalReviewText(decideVejvalg(reviewed, base).legalReview)).toBe("Juridisk gennemgået af Jurist Jensen, advokat (1. december 2026).");
  });
});

describe("the vejvalg over every combination of the answers that decide it", () => {
  it("never gives advice the law rules out", () => {
    const violations: string[] = [];
    let count = 0;
    for (const a of sweep(decisive())) {
      count++;
      const d = decideVejvalg(table, a);
      const fail = (rule: string) => violations.length < 20 && violations.push(`${rule}: ${JSON.stringify(a)} → ${d.rule.id}`);
      // An existing or adapted product is never sent down § 22.
      if ((a.market === "ja" || a.market === "tilpasses") && d.basis === "paragraf-22") fail("§ 22 for a product that exists");
      // Full public payment with company-owned or shared results is never udbudsfri.
      if (a.payment === "fuldt" && d.route === "udbudsfri") fail("udbudsfri with full payment");
      // Full payment for the public party's own sole benefit always goes to a tender (or to finding out first).
      if (a.payment === "fuldt" && a.benefit === "offentlig" && !["udbud", "innovationspartnerskab", "dialog", "markedsdialog"].includes(d.route)) fail("§ 22 full purchase");
      // An innovation partnership only with an intended purchase in the same procedure.
      if (d.route === "innovationspartnerskab" && a.purchase !== "samlet") fail("innovationspartnerskab without a purchase");
      // PCP only when the public party pays.
      if (d.route === "pcp" && (a.payment === "nej" || a.payment === UNKNOWN)) fail("unpaid PCP");
      // »Not mutually binding« only when neither money nor other value changes hands.
      if (d.basis === "ikke-gensidigt-bebyrdende" && (a.payment !== "nej" || a.otherValue !== "nej")) fail("not burdensome");
      // § 22 only for known partial payment, known shared benefit and a solution that must be developed.
      if (d.basis === "paragraf-22" && (a.payment !== "delvis" || a.market !== "nej" || !["alle", "deles", "virksomhed"].includes(a.benefit))) fail("§ 22 basis");
      // Develop-and-buy or competing paid developers always need a procedure.
      if (a.purchase === "samlet" && a.market !== UNKNOWN && d.route === "udbudsfri") fail("develop and buy without a procedure");
      if (d.route === "udbudsfri" && !d.basis) fail("udbudsfri without a basis");
      if ((d.agreement === "samarbejdsaftale") !== (d.rights !== undefined)) fail("rights only with the samarbejdsaftale");
      if (d.rule.reasons.length === 0 || d.rule.sources.length === 0 || d.typeRule.sources.length === 0) fail("reasons and sources");
      if (d.provisional !== decisive().some((id) => a[id] === UNKNOWN)) fail("provisional");
      if ((d.route === "afklar" || d.route === "markedsdialog") && d.findOutFirst.length === 0) fail("afklar without anything to find out");
    }
    expect(violations).toEqual([]);
    expect(count).toBe(decisive().reduce((n, id) => n * optionValues(id).length, 1));
  });

  it("never turns »Ved ikke« into a fact: a rule that looks at an unknown answer says what to find out", () => {
    const violations: string[] = [];
    for (const a of sweep(decisive())) {
      const d = decideVejvalg(table, a);
      for (const b of [...d.rule.basedOn, ...d.typeRule.basedOn, ...(d.rightsRule?.basedOn ?? [])]) {
        if (a[b.question] !== UNKNOWN) continue;
        const undecided = d.route === "afklar" || d.route === "markedsdialog" || d.type === UNDECIDED || d.rights === UNDECIDED;
        if (!undecided && violations.length < 10) violations.push(`${b.question}: ${JSON.stringify(a)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("reaches every route, type, agreement and rights option", () => {
    const seen = { route: new Set<string>(), type: new Set<string>(), agreement: new Set<string>(), rights: new Set<string>() };
    for (const a of sweep(decisive())) {
      const d = decideVejvalg(table, a);
      seen.route.add(d.route);
      seen.type.add(d.type);
      seen.agreement.add(d.agreement);
      if (d.rights) seen.rights.add(d.rights);
    }
    expect([...seen.route].sort()).toEqual([...ROUTES].sort());
    expect([...seen.type].sort()).toEqual([...OPI_TYPES, UNDECIDED].sort());
    expect([...seen.agreement].sort()).toEqual(Object.keys(AGREEMENT_LABELS).sort());
    expect([...seen.rights].sort()).toEqual([...Object.keys(RIGHTS_LABELS), UNDECIDED].sort());
  });

  it("shows every risk for some answers, each with a source", () => {
    const shown = new Set<string>();
    const others: QuestionId[] = ["need", "personalData", "background", "risk", "publication"];
    for (const from of [base, answers({ scale: "kort", risk: "lav", market: "ja" }), answers({ benefit: "virksomhed" }), answers({ market: UNKNOWN, payment: "fuldt", benefit: "offentlig" }), answers({ payment: "delvis" })]) {
      for (const a of sweep(others, from)) for (const risk of decideVejvalg(table, a).risks) {
        shown.add(risk.id);
        expect(risk.sources.length, risk.id).toBeGreaterThan(0);
      }
    }
    expect([...shown].sort()).toEqual(table.risks.map((r) => r.id).sort());
  });
});

describe("content:check on a bad table names file, field and fix in Danish", () => {
  const bad = (name: string) => `${FIXTURES}/bad/${name}`;
  const messages = async (name: string) => (await checkVejvalgFolder(bad(name), options)).map((p) => `${p.severity}: ${p.file}: ${p.field}: ${p.message}`);
  const file = (name: string, which = "regler.yaml") => path.join(bad(name), which);

  it("has a fixture for every check below", () => {
    expect(readdirSync(`${FIXTURES}/bad`).sort()).toEqual(
      ["afklar-uden-skridt", "betingelser", "doed-regel", "gennemgang-i-fremtiden", "gennemgang-uden-dato", "hul", "kilder", "lovnummer", "mangler-afklar", "mangler-begrundelse", "testtilfaelde", "udbudsfri-uden-grundlag", "ukendt-kilde", "ved-ikke-blandet", "ved-ikke-som-fakta", "yaml-tag"].sort(),
    );
  });

  it("answers that reach no rule, with an example to paste into a test case", async () => {
    expect(await messages("hul")).toEqual([
      `error: ${file("hul")}: rules: disse svar rammer ingen regel for vejen: payment: nej, competition: ja eller ved-ikke (fx need: klart, market: ja, payment: nej, otherValue: nej, purchase: samlet, benefit: alle, risk: lav, competition: ja, results: meget, background: meget, publication: ja, personalData: ja, scale: kort). Tilføj en regel, der dækker dem, eller udvid en betingelse`,
    ]);
  });

  it("a rule that can never hold, and the rule that hides it", async () => {
    expect(await messages("doed-regel")).toEqual([
      `error: ${file("doed-regel")}: rules.2: rules.2 (fuld-betaling) kan aldrig gælde: reglerne før den (betalt) dækker allerede alle dens svar. Flyt den op, eller gør betingelserne snævrere`,
      `error: ${file("doed-regel")}: rules.2: intet testtilfælde i ${file("doed-regel", "testtilfaelde.yaml")} rammer reglen »fuld-betaling«. Tilføj et`,
    ]);
  });

  it("»Ved ikke« beside a known answer, or leading to a route as if it were known", async () => {
    expect(await messages("ved-ikke-blandet")).toEqual([
      `error: ${file("ved-ikke-blandet")}: rules.1.when.payment: »ved-ikke« står sammen med andre svar i rules.1 (gratis). »Ved ikke« må ikke føre til det samme som et kendt svar. Lav en særskilt regel med payment: [ved-ikke], der siger, hvad der skal afklares`,
    ]);
    expect(await messages("ved-ikke-som-fakta")).toEqual([
      `error: ${file("ved-ikke-som-fakta")}: rules.0: rules.0 (betaling-ukendt) gælder for payment: ved-ikke, men en regel for »Ved ikke« skal føre til afklar eller markedsdialog, så læseren får at vide, hvad der skal afklares. Ret route`,
    ]);
  });

  it("a rule without reason or source, an unknown source, and sources that are not cited as primary sources", async () => {
    expect(await messages("mangler-begrundelse")).toEqual([
      `error: ${file("mangler-begrundelse")}: rules.1.reasons: mangler. Skriv mindst én begrundelse i klarsprog`,
      `error: ${file("mangler-begrundelse")}: rules.1.sources: mangler. Skriv mindst én kilde fra sources, fx [udbl-22]`,
    ]);
    expect(await messages("ukendt-kilde")).toEqual([
      `error: ${file("ukendt-kilde")}: rules.2.sources: kilden »udbudsloven« findes ikke under sources. Tilføj den, eller ret id'et. Kendte kilder: udbl-22, typer`,
    ]);
    expect(await messages("kilder")).toEqual([
      `error: ${file("kilder")}: sources.gdpr.reference: en EU-retsakt skal citeres med sit CELEX-nummer, fx »CELEX 32016R0679«`,
      `error: ${file("kilder")}: sources.kfst.publisher: mangler. Skriv, hvem der har udgivet vejledningen, fx »Konkurrence- og Forbrugerstyrelsen«`,
      `error: ${file("kilder")}: sources.udbl-22.reference: en lov skal citeres med paragraf, fx »§ 22, nr. 1 og 2« eller »§ 2, stk. 2«`,
      `error: ${file("kilder")}: sources.udbl-22.reference: en lov skal citeres med sit nummer, fx »lov nr. 1564 af 15. december 2015 med senere ændringer« eller »LBK nr. 230 af 29. februar 2024«`,
    ]);
  });

  it("an act cited by another number or address than the one the guide has confirmed", async () => {
    const found = await messages("lovnummer");
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^error: .*lovnummer\/regler\.yaml: sources\.udbl-22\.reference: »lovbekendtgørelse nr\. 10 af 6\. januar 2023« er ikke et lovnummer, guiden kender\. Brug lovens nummer og adresse fra tabellen »Lovenes numre« i content\/README\.md\./);
    expect(found[1]).toBe(`error: ${file("lovnummer")}: sources.udbl-22.url: https://www.retsinformation.dk/eli/lta/2023/10 er ikke adressen på en lov, guiden citerer. Brug lovens nummer og adresse fra tabellen »Lovenes numre« i content/README.md`);
    expect(found[2]).toBe(`error: ${file("lovnummer")}: sources.udbl-22.reference: citerer ingen lov med det nummer, guiden bruger. Skriv fx »Udbudsloven, lov nr. 1564 af 15. december 2015 med senere ændringer, § …«`);
  });

  it("no outcome for »Ved ikke«: a question without a find-out line, a find-out rule without a step", async () => {
    expect(await messages("mangler-afklar")).toEqual([`error: ${file("mangler-afklar")}: findOut.otherValue: mangler. Feltet skal udfyldes (se content/README.md)`]);
    expect(await messages("afklar-uden-skridt")).toEqual([`error: ${file("afklar-uden-skridt")}: rules.0.findOutFirst: mangler i rules.0 (betaling-ukendt). Skriv, hvad læseren skal finde ud af først`]);
  });

  it("conditions on an unknown question or answer, or open to every answer", async () => {
    expect(await messages("betingelser")).toEqual([
      `error: ${file("betingelser")}: rules.1.when.payment: »lidt« er ikke et muligt svar i rules.1 (betalt). Tilladte værdier: nej, delvis, fuldt, ved-ikke`,
      `error: ${file("betingelser")}: rules.1.when.betaling: »betaling« er hverken et spørgsmål eller noget, vejen kan afhænge af. Brug et af: ${QUESTION_IDS.join(", ")}`,
      `error: ${file("betingelser")}: rules.1.when.personalData: tillader alle svar i rules.1 (betalt), så betingelsen siger ingenting. Slet den`,
      `error: ${file("betingelser")}: rules.1.when.personalData: »ved-ikke« står sammen med andre svar i rules.1 (betalt). »Ved ikke« må ikke føre til det samme som et kendt svar. Lav en særskilt regel med personalData: [ved-ikke], der siger, hvad der skal afklares`,
    ]);
    expect(await messages("udbudsfri-uden-grundlag")).toEqual([
      `error: ${file("udbudsfri-uden-grundlag")}: rules.2.basis: mangler i rules.2 (gratis). En udbudsfri vej skal sige hvorfor: ikke-gensidigt-bebyrdende eller paragraf-22`,
    ]);
  });

  it("a test case that expects another outcome, and a rule no case reaches", async () => {
    const cases = file("testtilfaelde", "testtilfaelde.yaml");
    expect(await messages("testtilfaelde")).toEqual([
      `error: ${cases}: cases.1.expect.route: »Med betaling«: forventede route »udbudsfri«, men reglerne giver »udbud« (regel »betalt«). Ret reglen i ${file("testtilfaelde")} eller forventningen her`,
      `error: ${cases}: cases.1.expect.rights: »Med betaling«: forventede rights »fuld-aabenhed«, men reglerne giver »ingen« (regel »betalt«). Ret reglen i ${file("testtilfaelde")} eller forventningen her`,
      `error: ${file("testtilfaelde")}: rights.0: intet testtilfælde i ${cases} rammer reglen »gavn-ukendt«. Tilføj et`,
    ]);
  });

  it("a legal review needs both a jurist and a date that has passed", async () => {
    expect(await messages("gennemgang-uden-dato")).toEqual([
      `error: ${file("gennemgang-uden-dato")}: legalReview.date: mangler. Skriv den dag, juristen blev færdig med gennemgangen, fx date: 2026-12-10`,
    ]);
    expect(await messages("gennemgang-i-fremtiden")).toEqual([
      `error: ${file("gennemgang-i-fremtiden")}: legalReview.date: 2099-01-01 ligger efter i dag. Skriv den dag, juristen blev færdig med gennemgangen`,
    ]);
  });

  it("a YAML tag, refused by the content's one strict YAML reader, with its line", async () => {
    expect(await messages("yaml-tag")).toEqual([`error: ${file("yaml-tag")}: yaml: YAML-tagget "!!str" (linje 2) er ikke tilladt. Skriv værdien som almindelig tekst, et tal, en dato eller en liste; sæt anførselstegn om tekst, der skal begynde med !`]);
  });

  it("a link to a page the guide does not have", () => {
    const problems = checkVejvalg(table, undefined, { rules: "regler.yaml", cases: "testtilfaelde.yaml" }, { today: "2026-12-15", pageExists: (url) => url !== "/jura/markedsdialog" });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      "rules.0.link: /jura/markedsdialog er ikke en side i guiden. Ret adressen",
      "rules.3.link: /jura/markedsdialog er ikke en side i guiden. Ret adressen",
      "rules.7.link: /jura/markedsdialog er ikke en side i guiden. Ret adressen",
      "rules.8.link: /jura/markedsdialog er ikke en side i guiden. Ret adressen",
    ]);
  });
});

describe("vejvalg answers and the samarbejdsaftale", () => {
  it("rejects a missing answer with a Danish message that offers »Ved ikke«", () => {
    const { need: _, ...rest } = base;
    const checked = validateVejvalg({ ...rest, market: "måske" });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.need).toMatch(/^Vælg, hvor klart behovet er\. Vælg »Ved ikke«/);
    expect(checked.errors.market).toMatch(/^Vælg, om der findes en løsning/);
  });

  it("carries every answer in the link, and reads them back", () => {
    const a = answers({ payment: "delvis", benefit: "virksomhed", personalData: "ja", otherValue: UNKNOWN });
    const query = vejvalgQuery(a);
    expect(query).toBe("behov=klart&marked=nej&betaling=delvis&anden-vaerdi=ved-ikke&koeb=senere&gavn=virksomhed&risiko=middel&konkurrence=nej&resultater=meget&baggrund=lidt&offentliggoerelse=delvis&persondata=ja&omfang=projekt");
    expect(answersFromQuery(Object.fromEntries(new URLSearchParams(query)))).toEqual(a);
  });

  it("drops tampered values from the link one by one", () => {
    expect(answersFromQuery({ betaling: "<script>", gavn: "alle", persondata: ["nej", "ja"], x: "y" })).toEqual({ benefit: "alle", personalData: "nej" });
  });

  it("fills in the builder from the reader's own answers, and says which value is the vejvalg's recommendation", () => {
    const a = answers({ payment: "delvis", benefit: "virksomhed", personalData: "ja" });
    const { draft, carried } = builderPrefill(a, decideVejvalg(table, a));
    expect(draft).toEqual({ money: { publicPays: "delvis" }, procurement: { laterTender: true }, data: { personalData: true }, rights: { model: "virksomhed-ejer" }, vejvalg: a });
    expect(carried.map((c) => `${c.question}: ${c.answer} → ${c.value}${c.recommended ? " (anbefalet)" : ""}`)).toEqual([
      "payment: Delvis → Delvis",
      "purchase: Måske, i et senere udbud → Ja",
      "personalData: Ja → Ja",
      "benefit: Virksomheden, som vil sælge løsningen → Virksomheden ejer resultaterne (anbefalet)",
    ]);
    // Every pre-filled answer is a question the builder asks, with a value among its choices; the vejvalg answers travel as given.
    const { vejvalg, ...asked } = draft!;
    expect(vejvalg).not.toBe(a);
    for (const [section, values] of Object.entries(asked)) {
      for (const [field, value] of Object.entries(values as Record<string, unknown>)) {
        const question = QUESTIONS[section as keyof typeof QUESTIONS].fields[field];
        expect(question, `${section}.${field}`).toBeDefined();
        if (question!.options) expect(question!.options.map((o) => o.value)).toContain(value);
      }
    }
  });

  it("leaves out what the reader did not know, and a rights model the rules leave open", () => {
    const a = answers({ payment: UNKNOWN, personalData: UNKNOWN, benefit: UNKNOWN });
    const { draft, carried } = builderPrefill(a, decideVejvalg(table, a));
    expect(draft).toEqual({ procurement: { laterTender: true }, vejvalg: a });
    expect(carried.map((c) => c.question)).toEqual(["purchase"]);
    expect(builderPrefill({}, undefined)).toEqual({ draft: null, carried: [] });
    // Only a complete set of vejvalg answers travels: one missing answer, and the rest are not carried as the reader's vejvalg.
    const { scale: _scale, ...partial } = a;
    expect(builderPrefill(partial, undefined).draft?.vejvalg).toBeUndefined();
  });
});
