import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DECISIVE, QUESTION_IDS, type QuestionId, recommend, prefillQuery, UNKNOWN, VEJVALG_QUESTIONS, type Recommendation, type VejvalgAnswers } from "@/lib/planning/vejvalg";
import { prefillFromQuery, validateVejvalg } from "@/lib/planning/schemas";
import { OWN_ROUTES } from "@/lib/content/routes";
import { QUESTIONS } from "@/lib/agreements/questions";

/** An exploratory project: no payment, results shared, maybe a tender later. */
const base: VejvalgAnswers = {
  need: "klart",
  market: "nej",
  payment: "nej",
  purchase: "senere",
  benefit: "deles",
  risk: "middel",
  competition: "nej",
  results: "meget",
  background: "lidt",
  publication: "delvis",
  personalData: "nej",
  scale: "projekt",
};
const answers = (change: Partial<VejvalgAnswers>): VejvalgAnswers => ({ ...base, ...change }) as VejvalgAnswers;

type Expected = Partial<Pick<Recommendation, "type" | "route" | "basis" | "agreement" | "rights" | "provisional">> & { risks?: string[]; noRisks?: string[] };

// Every recommendation the guide can give, with the answers that lead to it.
const TABLE: [string, Partial<VejvalgAnswers>, Expected][] = [
  ["an exploratory project without payment", {}, { type: "eksplorativ", route: "udbudsfri", basis: "ikke-gensidigt-bebyrdende", agreement: "samarbejdsaftale", rights: "delvis-aabenhed", provisional: false, risks: ["Inhabilitet i et senere udbud"] }],
  ["partial payment: the R&D exception", { payment: "delvis" }, { route: "udbudsfri", basis: "paragraf-22", risks: ["Statsstøtte", "Undtagelsen i § 22 kræver en vurdering"] }],
  ["full payment but shared results: still the R&D exception", { payment: "fuldt" }, { route: "udbudsfri", basis: "paragraf-22", agreement: "samarbejdsaftale" }],
  ["full payment, results only for the public party, nothing on the market", { payment: "fuldt", benefit: "offentlig" }, { type: "innovativt-indkoeb", route: "innovationspartnerskab", agreement: "udbud", rights: undefined }],
  ["full payment, results only for the public party, a solution to adapt", { payment: "fuldt", benefit: "offentlig", market: "tilpasses" }, { type: "innovativt-indkoeb", route: "dialog", agreement: "udbud" }],
  ["full payment, results only for the public party, a solution exists", { payment: "fuldt", benefit: "offentlig", market: "ja" }, { type: "innovativt-indkoeb", route: "markedsdialog", agreement: "udbud" }],
  ["develop and buy in one procedure", { purchase: "samlet" }, { type: "innovativt-indkoeb", route: "innovationspartnerskab", agreement: "udbud" }],
  ["develop and buy, a solution to adapt", { purchase: "samlet", market: "tilpasses" }, { route: "dialog", agreement: "udbud" }],
  ["competing developers, nothing on the market", { competition: "ja" }, { type: "innovativt-indkoeb", route: "pcp", agreement: "udbud" }],
  ["competing developers who should also deliver", { competition: "ja", purchase: "samlet" }, { route: "innovationspartnerskab" }],
  ["competing developers, fully paid for the public party alone", { competition: "ja", payment: "fuldt", benefit: "offentlig" }, { route: "innovationspartnerskab" }],
  ["competing developers, a solution to adapt", { competition: "ja", market: "tilpasses" }, { route: "dialog" }],
  ["competing developers, a solution exists", { competition: "ja", market: "ja" }, { route: "markedsdialog", agreement: "udbud" }],
  ["nobody knows whether a solution exists", { market: UNKNOWN }, { type: "eksplorativ", route: "markedsdialog", agreement: "vent", provisional: true, rights: undefined }],
  ["a solution exists and may be bought later", { market: "ja", purchase: "senere" }, { type: "innovativt-indkoeb", route: "markedsdialog", agreement: "udbud" }],
  ["a solution exists, no purchase planned", { market: "ja", purchase: "nej" }, { type: "eksplorativ", route: "udbudsfri", agreement: "samarbejdsaftale", noRisks: ["Inhabilitet i et senere udbud"] }],
  ["a quick unpaid test of a product that exists", { market: "ja", scale: "kort", risk: "lav" }, { type: "mini-afproevning", route: "udbudsfri", agreement: "hensigtserklaering", rights: undefined }],
  ["a quick unpaid test of a product to adapt", { market: "tilpasses", scale: "kort", risk: "lav" }, { type: "mini-afproevning", agreement: "hensigtserklaering" }],
  ["a quick test with payment is not a mini test", { scale: "kort", risk: "lav", payment: "delvis" }, { type: "eksplorativ", agreement: "samarbejdsaftale" }],
  ["a quick test with a real development risk is not a mini test", { scale: "kort", risk: "hoej" }, { type: "eksplorativ", risks: ["Høj udviklingsrisiko"] }],
  ["a long partnership", { scale: "strategisk" }, { type: "strategisk", route: "udbudsfri", agreement: "samarbejdsaftale" }],
  ["a long partnership that develops and buys", { scale: "strategisk", purchase: "samlet" }, { type: "strategisk", route: "innovationspartnerskab", agreement: "udbud" }],
  ["unknown size", { scale: UNKNOWN }, { type: "eksplorativ", provisional: true }],
  ["the company will sell the solution", { benefit: "virksomhed" }, { rights: "virksomhed-ejer", risks: ["Statsstøtte", "Rettigheder og et senere udbud"] }],
  ["results for everyone", { benefit: "alle" }, { rights: "fuld-aabenhed" }],
  ["results for the public party, all published", { benefit: "offentlig", publication: "ja" }, { rights: "fuld-aabenhed" }],
  ["results for the public party, nothing published, strong background", { benefit: "offentlig", publication: "nej", background: "meget", results: "lidt" }, { rights: "virksomhed-ejer", risks: ["Fortrolighed og aktindsigt", "Baggrundsviden"] }],
  ["results for the public party, nothing published, little at stake", { benefit: "offentlig", publication: "nej", results: "lidt" }, { rights: "delvis-aabenhed" }],
  ["results for the public party, partly published", { benefit: "offentlig" }, { rights: "delvis-aabenhed" }],
  ["unknown beneficiary, unknown publication, results matter little", { benefit: UNKNOWN, publication: UNKNOWN, results: "lidt" }, { rights: "fuld-aabenhed", provisional: true }],
  ["unknown beneficiary and publication, results matter", { benefit: UNKNOWN, publication: UNKNOWN }, { rights: "delvis-aabenhed", provisional: true }],
  ["unknown payment: treated as none, but provisional", { payment: UNKNOWN }, { route: "udbudsfri", basis: "ikke-gensidigt-bebyrdende", provisional: true }],
  ["unknown purchase: inhabilitet is still flagged", { purchase: UNKNOWN }, { route: "udbudsfri", provisional: true, risks: ["Inhabilitet i et senere udbud"] }],
  ["unknown competition", { competition: UNKNOWN }, { route: "udbudsfri", provisional: true }],
  ["personal data", { personalData: "ja" }, { risks: ["Persondata"] }],
  ["an unclear need", { need: "uklart" }, { provisional: false, risks: ["Behovet er ikke klart"] }],
  ["no later purchase", { purchase: "nej" }, { noRisks: ["Inhabilitet i et senere udbud"] }],
];

describe("vejvalg recommendations", () => {
  it.each(TABLE)("%s", (_, change, expected) => {
    const result = recommend(answers(change));
    const { risks, noRisks, ...fields } = expected;
    for (const [key, value] of Object.entries(fields)) expect(result[key as keyof Recommendation], key).toEqual(value);
    const titles = result.risks.map((r) => r.title);
    for (const title of risks ?? []) expect(titles).toContain(title);
    for (const title of noRisks ?? []) expect(titles).not.toContain(title);
  });

  it("gives a reason for the route, the type and the agreement, each naming the reader's answer", () => {
    const result = recommend(answers({ payment: "delvis", benefit: "virksomhed" }));
    expect(result.reasons.length).toBeGreaterThanOrEqual(3);
    const payment = result.reasons.find((r) => r.question === "payment")!;
    expect(payment.answer).toBe("Delvis");
    expect(payment.text).toContain("§ 22");
    expect(payment.text).toContain("kontakt en jurist");
    expect(result.reasons.find((r) => r.question === "benefit")!.answer).toBe("Virksomheden, som vil sælge løsningen");
  });

  it("asks the reader to clarify every »Ved ikke«, and only those", () => {
    const result = recommend(answers({ market: UNKNOWN, personalData: UNKNOWN, need: UNKNOWN }));
    expect(result.clarify).toHaveLength(3);
    expect(result.clarify.join(" ")).toMatch(/markedsdialog/);
    expect(result.clarify.join(" ")).toMatch(/DPO/);
    expect(recommend(base).clarify).toEqual([]);
  });
});

// Every combination of the answers that decide type, route, agreement and rights.
// Route and type depend on the first eight; rights also on results and background, which a second sweep varies.
function* combinations(): Generator<VejvalgAnswers> {
  yield* sweep(["market", "payment", "purchase", "benefit", "competition", "scale", "risk", "publication"]);
  yield* sweep(["benefit", "publication", "results", "background", "personalData", "need"]);
}

function* sweep(varied: readonly QuestionId[]): Generator<VejvalgAnswers> {
  const options = (id: string) => VEJVALG_QUESTIONS.find((q) => q.id === id)!.options.map((o) => o.value as string);
  const walk = function* (index: number, current: Record<string, string>): Generator<VejvalgAnswers> {
    if (index === varied.length) {
      yield { ...base, ...current } as VejvalgAnswers;
      return;
    }
    for (const value of options(varied[index]!)) yield* walk(index + 1, { ...current, [varied[index]!]: value });
  };
  yield* walk(0, {});
}

describe("vejvalg over every combination that changes the outcome", () => {
  const tenderRoutes = new Set(["innovationspartnerskab", "pcp", "dialog"]);
  const seen = { type: new Set<string>(), route: new Set<string>(), agreement: new Set<string>(), rights: new Set<string>() };
  let count = 0;

  it("never recommends a route the procurement rules rule out, and keeps agreement, rights and pre-fill consistent", () => {
    const violations: string[] = [];
    for (const a of combinations()) {
      count++;
      const r = recommend(a);
      seen.type.add(r.type);
      seen.route.add(r.route);
      seen.agreement.add(r.agreement);
      if (r.rights) seen.rights.add(r.rights);
      const fail = (rule: string) => violations.length < 20 && violations.push(`${rule}: ${JSON.stringify(a)}`);
      // § 22: full payment for the public party's sole benefit is never udbudsfri.
      if (a.payment === "fuldt" && a.benefit === "offentlig" && r.route === "udbudsfri") fail("§ 22");
      // Developing and buying in one go, or competing developers, always needs a procedure.
      if ((a.purchase === "samlet" || a.competition === "ja") && r.route === "udbudsfri") fail("procedure");
      if (tenderRoutes.has(r.route) && r.agreement !== "udbud") fail("tender agreement");
      if ((r.route === "udbudsfri") !== (r.basis !== undefined)) fail("basis");
      if (r.basis === "ikke-gensidigt-bebyrdende" && a.payment !== "nej" && a.payment !== UNKNOWN) fail("not burdensome");
      if ((r.agreement === "samarbejdsaftale") !== (r.rights !== undefined)) fail("rights");
      if ((r.agreement === "samarbejdsaftale") !== (r.prefill !== undefined)) fail("prefill");
      if (r.prefill && r.prefill.rights !== r.rights) fail("prefill rights");
      if (r.type === "mini-afproevning" && [a.scale, a.risk, a.payment, r.route].join() !== "kort,lav,nej,udbudsfri") fail("mini");
      if (r.provisional !== DECISIVE.some((id) => a[id] === UNKNOWN)) fail("provisional");
      if (r.clarify.length !== QUESTION_IDS.filter((id) => a[id] === UNKNOWN).length) fail("clarify");
      if (r.reasons.length < 2) fail("reasons");
      if (a.payment !== "nej" && a.payment !== UNKNOWN && !r.risks.some((x) => x.title === "Statsstøtte")) fail("state aid");
    }
    expect(violations).toEqual([]);
    expect(count).toBeGreaterThan(60_000);
  });

  it("reaches every type, route, agreement and rights option", () => {
    expect([...seen.type].sort()).toEqual(["eksplorativ", "innovativt-indkoeb", "mini-afproevning", "strategisk"]);
    expect([...seen.route].sort()).toEqual(["dialog", "innovationspartnerskab", "markedsdialog", "pcp", "udbudsfri"]);
    expect([...seen.agreement].sort()).toEqual(["hensigtserklaering", "samarbejdsaftale", "udbud", "vent"]);
    expect([...seen.rights].sort()).toEqual(["delvis-aabenhed", "fuld-aabenhed", "virksomhed-ejer"]);
  });

  it("links only to pages the guide has", () => {
    const links = new Set<string>();
    for (const a of [base, answers({ market: UNKNOWN }), answers({ scale: "kort", risk: "lav" }), answers({ purchase: "samlet" }), answers({ competition: "ja" }), answers({ market: "tilpasses", purchase: "samlet" }), answers({ need: "uklart", personalData: "ja", publication: "nej", risk: "hoej", background: "meget", payment: "delvis" })]) {
      const r = recommend(a);
      for (const item of [...r.reasons, ...r.risks]) if (item.link) links.add(item.link.split("#")[0]!);
    }
    for (const link of links) {
      const file = path.join("content/pages", `${link}.mdx`);
      expect(existsSync(file) || existsSync(path.join("content/pages", link, "index.mdx")) || OWN_ROUTES.includes(link), link).toBe(true);
    }
    expect(links.size).toBeGreaterThanOrEqual(10);
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

  it("carries the recommendation into the builder's answers through the link", () => {
    const r = recommend(answers({ payment: "delvis", benefit: "virksomhed", personalData: "ja" }));
    const query = prefillQuery(r.prefill!);
    expect(query).toBe("betaling=delvis&rettigheder=virksomhed-ejer&senere-udbud=ja&persondata=ja");
    const prefill = prefillFromQuery(Object.fromEntries(new URLSearchParams(query)));
    expect(prefill).toEqual({ money: { publicPays: "delvis" }, rights: { model: "virksomhed-ejer" }, procurement: { laterTender: true }, data: { personalData: true } });
    // Every pre-filled answer is a question the builder asks, with a value among its choices.
    for (const [section, values] of Object.entries(prefill!)) {
      for (const [field, value] of Object.entries(values)) {
        const question = QUESTIONS[section as keyof typeof QUESTIONS].fields[field];
        expect(question, `${section}.${field}`).toBeDefined();
        if (question!.options) expect(question!.options.map((o) => o.value)).toContain(value);
      }
    }
  });

  it("drops tampered values from the link one by one", () => {
    expect(prefillFromQuery({ betaling: "<script>", rettigheder: "fuld-aabenhed", persondata: ["nej", "ja"] })).toEqual({ rights: { model: "fuld-aabenhed" }, data: { personalData: false } });
    expect(prefillFromQuery({ x: "y" })).toBeNull();
  });

  it("leaves out what the reader did not know", () => {
    const r = recommend(answers({ payment: UNKNOWN, personalData: UNKNOWN }));
    expect(prefillQuery(r.prefill!)).toBe("rettigheder=delvis-aabenhed&senere-udbud=ja");
  });
});
