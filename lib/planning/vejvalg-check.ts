/**
 * What content:check proves about the vejvalg's decision table:
 * - every condition names a real question and real answers, every source and link exists;
 * - each of rules, types and rights is total and has no dead rule: read top-down, every combination of answers reaches
 *   exactly one rule (the first that holds), and every rule is the first to hold for some combination;
 * - »Ved ikke« never stands beside a known answer, and a rule for »Ved ikke« leads to something to find out;
 * - every rule and risk is reached by a test case, and every test case gives the outcome it expects.
 * The proof works on sets of answers (a cube: one set of allowed answers per question), not on the millions of
 * combinations one by one, so it is exact and fast, and a gap is reported as the answers that fall through it.
 */
import { AGREEMENT_LABELS, FIND_OUT_ROUTES, optionValues, QUESTION_IDS, RIGHTS_LABELS, ROUTES, UNDECIDED, UNKNOWN, type QuestionId, type VejvalgAnswers, type VejvalgDecision } from "./vejvalg";
import { decideVejvalg, type DerivedKey } from "./vejvalg-rules";
import { checkActCitations, checkActSource, citedActs, NO_CITED_ACT } from "@/lib/content/legal";
import { readVejvalgFolder, type Condition, type RouteRule, type TableProblem, type VejvalgCases, type VejvalgTable } from "./vejvalg-table";

export interface CheckOptions {
  /** Today as YYYY-MM-DD: a legal review cannot be dated later. */
  today: string;
  /** Whether a link like /jura/inhabilitet (without #anchor) is a page of the guide. */
  pageExists: (url: string) => boolean;
}

// ---------------------------------------------------------------------------
// Sets of answers

type Cube = number[];
const VALUES = QUESTION_IDS.map((id) => optionValues(id));
const FULL = VALUES.map((values) => (1 << values.length) - 1);
const UNIVERSE: Cube = [...FULL];

function cubeOf(when: Condition): Cube {
  return QUESTION_IDS.map((id, i) => {
    const values = when[id];
    if (!values) return FULL[i]!;
    return values.reduce((mask, value) => mask | (VALUES[i]!.indexOf(value) >= 0 ? 1 << VALUES[i]!.indexOf(value) : 0), 0);
  });
}

const intersect = (a: Cube, b: Cube): Cube => a.map((mask, i) => mask & b[i]!);
const isEmpty = (cube: Cube) => cube.some((mask) => mask === 0);

/** a minus b, as disjoint cubes. */
function subtract(a: Cube, b: Cube): Cube[] {
  if (isEmpty(intersect(a, b))) return [a];
  const out: Cube[] = [];
  const current = [...a];
  for (let i = 0; i < current.length; i++) {
    const outside = current[i]! & ~b[i]!;
    if (outside) {
      out.push(current.map((mask, j) => (j === i ? outside : mask)));
      current[i] = current[i]! & b[i]!;
    }
  }
  return out;
}

const intersectAll = (cubes: Cube[], cube: Cube) => cubes.map((c) => intersect(c, cube)).filter((c) => !isEmpty(c));
const subtractAll = (cubes: Cube[], cube: Cube) => cubes.flatMap((c) => subtract(c, cube));

/** The answers of a cube in words: "market: ja eller tilpasses, payment: ved-ikke"; questions open to every answer are left out. */
function describe(cube: Cube): string {
  const parts = QUESTION_IDS.flatMap((id, i) => (cube[i] === FULL[i] ? [] : [`${id}: ${VALUES[i]!.filter((_, v) => cube[i]! & (1 << v)).join(" eller ")}`]));
  return parts.length ? parts.join(", ") : "alle svar";
}

/** One combination of answers inside a cube, for a test case a jurist can paste. */
function example(cube: Cube): string {
  return QUESTION_IDS.map((id, i) => `${id}: ${VALUES[i]![Math.log2(cube[i]! & -cube[i]!)]}`).join(", ");
}

// ---------------------------------------------------------------------------
// The check

type TableName = "rules" | "types" | "rights" | "risks";
const ALLOWED_KEYS: Record<TableName, readonly DerivedKey[]> = {
  rules: [],
  types: ["route", "rule", "agreement"],
  rights: ["route", "rule", "agreement"],
  risks: ["route", "rule", "agreement", "rights"],
};
const TABLE_WORDS: Record<TableName, string> = { rules: "vejen", types: "typen af OPI", rights: "rettighederne", risks: "advarslerne" };

interface AnyRule {
  id: string;
  when: Condition;
  sources: string[];
  link?: string;
  findOutFirst?: string[];
}

export function checkVejvalg(table: VejvalgTable, cases: VejvalgCases | undefined, files: { rules: string; cases: string }, options: CheckOptions): TableProblem[] {
  const problems: TableProblem[] = [];
  const error = (field: string, message: string, file = files.rules) => problems.push({ file, field, message, severity: "error" });
  const ruleIds = table.rules.map((r) => r.id);
  const label = (name: TableName, index: number) => `${name}.${index} (${(table[name][index] as AnyRule).id})`;

  // Sources and the review status.
  const cited = new Set<string>();
  for (const [id, source] of Object.entries(table.sources)) {
    if (source.kind === "side" && source.url && !options.pageExists(source.url.split("#")[0]!)) error(`sources.${id}.url`, `${source.url} er ikke en side i guiden. Ret adressen`);
    for (const problem of checkActCitations(`${source.reference}\n${source.url ?? ""}`)) error(`sources.${id}.${problem.line === 1 ? "reference" : "url"}`, problem.message);
    const wrong = source.kind === "lov" && citedActs(source.reference).length === 0 ? NO_CITED_ACT : checkActSource({ title: source.reference, url: source.url });
    if (wrong) error(`sources.${id}.reference`, wrong);
  }
  if (table.legalReview.date && table.legalReview.date > options.today) error("legalReview.date", `${table.legalReview.date} ligger efter i dag. Skriv den dag, juristen blev færdig med gennemgangen`);

  // Each rule on its own.
  for (const name of ["rules", "types", "rights", "risks"] as const) {
    const seen = new Set<string>();
    (table[name] as AnyRule[]).forEach((rule, index) => {
      const at = label(name, index);
      if (seen.has(rule.id)) error(`${name}.${index}.id`, `»${rule.id}« bruges af to regler i ${name}. Giv hver regel sit eget id`);
      seen.add(rule.id);
      for (const id of rule.sources) {
        cited.add(id);
        if (!table.sources[id]) error(`${name}.${index}.sources`, `kilden »${id}« findes ikke under sources. Tilføj den, eller ret id'et. Kendte kilder: ${Object.keys(table.sources).join(", ")}`);
      }
      if (rule.link && !options.pageExists(rule.link.split("#")[0]!)) error(`${name}.${index}.link`, `${rule.link} er ikke en side i guiden. Ret adressen`);
      checkCondition(name, index, at, rule.when);
    });
  }
  for (const id of Object.keys(table.sources)) if (!cited.has(id)) problems.push({ file: files.rules, field: `sources.${id}`, message: "bruges ikke af nogen regel. Slet kilden, eller henvis til den", severity: "warning" });

  table.rules.forEach((rule, index) => {
    if ((rule.route === "udbudsfri") !== Boolean(rule.basis)) {
      error(`rules.${index}.basis`, rule.route === "udbudsfri" ? `mangler i ${label("rules", index)}. En udbudsfri vej skal sige hvorfor: ikke-gensidigt-bebyrdende eller paragraf-22` : `hører kun til vejen udbudsfri. Slet basis i ${label("rules", index)}`);
    }
    checkUnknownOutcome("rules", index, rule.when, FIND_OUT_ROUTES.includes(rule.route), `en regel for »Ved ikke« skal føre til ${FIND_OUT_ROUTES.join(" eller ")}, så læseren får at vide, hvad der skal afklares. Ret route`);
    if (FIND_OUT_ROUTES.includes(rule.route) && !rule.findOutFirst?.length) error(`rules.${index}.findOutFirst`, `mangler i ${label("rules", index)}. Skriv, hvad læseren skal finde ud af først`);
  });
  table.types.forEach((rule, index) => {
    checkUnknownOutcome("types", index, rule.when, rule.type === UNDECIDED, `en regel for »Ved ikke« skal give type: ${UNDECIDED}`);
    if (rule.type === UNDECIDED && !rule.findOutFirst?.length) error(`types.${index}.findOutFirst`, `mangler i ${label("types", index)}. Skriv, hvad læseren skal finde ud af først`);
  });
  table.rights.forEach((rule, index) => {
    checkUnknownOutcome("rights", index, rule.when, rule.rights === UNDECIDED, `en regel for »Ved ikke« skal give rights: ${UNDECIDED}`);
    if (rule.rights === UNDECIDED && !rule.findOutFirst?.length) error(`rights.${index}.findOutFirst`, `mangler i ${label("rights", index)}. Skriv, hvad læseren skal finde ud af først`);
  });

  function checkCondition(name: TableName, index: number, at: string, when: Condition) {
    for (const [key, values] of Object.entries(when)) {
      const field = `${name}.${index}.when.${key}`;
      const allowedValues = valuesFor(key);
      if (!(QUESTION_IDS as string[]).includes(key) && !(ALLOWED_KEYS[name] as readonly string[]).includes(key)) {
        error(field, `»${key}« er hverken et spørgsmål eller noget, ${TABLE_WORDS[name]} kan afhænge af. Brug et af: ${[...QUESTION_IDS, ...ALLOWED_KEYS[name]].join(", ")}`);
        continue;
      }
      for (const value of values) {
        if (!allowedValues.includes(value)) error(field, `»${value}« er ikke et muligt svar i ${at}. Tilladte værdier: ${allowedValues.join(", ")}`);
      }
      if (new Set(values).size !== values.length) error(field, `nævner det samme svar to gange i ${at}. Slet det ene`);
      if (allowedValues.every((value) => values.includes(value))) error(field, `tillader alle svar i ${at}, så betingelsen siger ingenting. Slet den`);
    }
  }

  function checkUnknownOutcome(name: TableName, index: number, when: Condition, undecided: boolean, fix: string) {
    for (const [key, values] of Object.entries(when)) {
      if (!values.includes(UNKNOWN)) continue;
      if (values.length > 1) error(`${name}.${index}.when.${key}`, `»${UNKNOWN}« står sammen med andre svar i ${label(name, index)}. »Ved ikke« må ikke føre til det samme som et kendt svar. Lav en særskilt regel med ${key}: [${UNKNOWN}], der siger, hvad der skal afklares`);
      else if (!undecided) error(`${name}.${index}`, `${label(name, index)} gælder for ${key}: ${UNKNOWN}, men ${fix}`);
    }
  }

  function valuesFor(key: string): string[] {
    if ((QUESTION_IDS as string[]).includes(key)) return optionValues(key as QuestionId);
    if (key === "route") return [...ROUTES];
    if (key === "rule") return ruleIds;
    if (key === "agreement") return Object.keys(AGREEMENT_LABELS);
    if (key === "rights") return [...Object.keys(RIGHTS_LABELS), UNDECIDED];
    return [];
  }

  // Stop here if a condition is malformed: the proof below would only repeat it.
  if (problems.some((p) => p.severity === "error")) return problems;

  // Rules: total, and no dead rule.
  const regions: Cube[][] = [];
  let remaining: Cube[] = [UNIVERSE];
  table.rules.forEach((rule, index) => {
    const cube = cubeOf(rule.when);
    regions[index] = intersectAll(remaining, cube);
    if (!regions[index]!.length) {
      const before = table.rules.slice(0, index).filter((other) => !isEmpty(intersect(cubeOf(other.when), cube))).map((other) => other.id);
      error(`rules.${index}`, `${label("rules", index)} kan aldrig gælde: reglerne før den (${before.join(", ")}) dækker allerede alle dens svar. Flyt den op, eller gør betingelserne snævrere`);
    }
    remaining = subtractAll(remaining, cube);
  });
  if (remaining.length) reportGap("rules", remaining, "");

  // Types and rights: total within each route rule, and no dead rule.
  const outcomes: { rule: RouteRule; rights?: string; cubes: Cube[] }[] = [];
  for (const name of ["types", "rights"] as const) {
    const reached = new Set<number>();
    table.rules.forEach((rule, r) => {
      if (!regions[r]!.length || (name === "rights" && rule.agreement !== "samarbejdsaftale")) {
        if (name === "rights" && regions[r]!.length) outcomes.push({ rule, cubes: regions[r]! });
        return;
      }
      let rest = regions[r]!;
      (table[name] as AnyRule[]).forEach((sub, index) => {
        if (!derivedHold(sub.when, { route: rule.route, rule: rule.id, agreement: rule.agreement })) return;
        const cube = cubeOf(sub.when);
        const hit = intersectAll(rest, cube);
        if (hit.length) {
          reached.add(index);
          if (name === "rights") outcomes.push({ rule, rights: (sub as VejvalgTable["rights"][number]).rights, cubes: hit });
        }
        rest = subtractAll(rest, cube);
      });
      if (rest.length) reportGap(name, rest, ` når reglen »${rule.id}« gælder`);
    });
    (table[name] as AnyRule[]).forEach((_, index) => {
      if (!reached.has(index)) error(`${name}.${index}`, `${label(name, index)} kan aldrig gælde: reglerne før den dækker allerede alle dens svar, eller ingen regel i rules fører hertil. Flyt den op, eller ret betingelserne`);
    });
  }

  // Risks: each can be shown.
  table.risks.forEach((risk, index) => {
    const cube = cubeOf(risk.when);
    const shown = outcomes.some((o) => derivedHold(risk.when, { route: o.rule.route, rule: o.rule.id, agreement: o.rule.agreement, rights: o.rights }) && intersectAll(o.cubes, cube).length > 0);
    if (!shown) error(`risks.${index}`, `${label("risks", index)} kan aldrig vises: ingen kombination af svar opfylder betingelserne. Ret betingelserne`);
  });

  function reportGap(name: TableName, cubes: Cube[], context: string) {
    const shown = cubes.slice(0, 3).map((cube) => `${describe(cube)} (fx ${example(cube)})`);
    error(name, `disse svar rammer ingen regel for ${TABLE_WORDS[name]}${context}: ${shown.join("; ")}${cubes.length > 3 ? ` og ${cubes.length - 3} grupper mere` : ""}. Tilføj en regel, der dækker dem, eller udvid en betingelse`);
  }

  if (cases) problems.push(...checkCases(table, cases, files));
  return problems;
}

function derivedHold(when: Condition, facts: Partial<Record<DerivedKey, string>>): boolean {
  return Object.entries(when).every(([key, values]) => (QUESTION_IDS as string[]).includes(key) || (facts[key as DerivedKey] !== undefined && values.includes(facts[key as DerivedKey]!)));
}

// ---------------------------------------------------------------------------
// Test cases

function checkCases(table: VejvalgTable, cases: VejvalgCases, files: { rules: string; cases: string }): TableProblem[] {
  const problems: TableProblem[] = [];
  const error = (field: string, message: string, file = files.cases) => problems.push({ file, field, message, severity: "error" });
  const answersOk = (answers: Record<string, string>, field: string) => {
    let ok = true;
    for (const [key, value] of Object.entries(answers)) {
      if (!(QUESTION_IDS as string[]).includes(key)) {
        error(`${field}.${key}`, `»${key}« er ikke et spørgsmål. Brug et af: ${QUESTION_IDS.join(", ")}`);
        ok = false;
      } else if (!optionValues(key as QuestionId).includes(value)) {
        error(`${field}.${key}`, `»${value}« er ikke et muligt svar. Tilladte værdier: ${optionValues(key as QuestionId).join(", ")}`);
        ok = false;
      }
    }
    return ok;
  };
  let baseOk = answersOk(cases.base, "base");
  for (const id of QUESTION_IDS) {
    if (!(id in cases.base)) {
      error(`base.${id}`, `mangler. Udgangspunktet skal have et svar på hvert spørgsmål, fx ${id}: ${optionValues(id)[0]}`);
      baseOk = false;
    }
  }
  if (!baseOk) return problems;

  const reached: Record<"rules" | "types" | "rights" | "risks", Set<string>> = { rules: new Set(), types: new Set(), rights: new Set(), risks: new Set() };
  const riskIds = table.risks.map((r) => r.id);
  cases.cases.forEach((testCase, index) => {
    const at = `cases.${index}`;
    const name = `»${testCase.name}«`;
    if (!answersOk(testCase.answers, `${at}.answers`)) return;
    const { expect } = testCase;
    if (expect.rule && !table.rules.some((r) => r.id === expect.rule)) error(`${at}.expect.rule`, `reglen »${expect.rule}« findes ikke i ${files.rules}. Ret id'et`);
    for (const id of [...expect.risks, ...expect.notRisks]) if (!riskIds.includes(id)) error(`${at}.expect`, `advarslen »${id}« findes ikke under risks i ${files.rules}. Ret id'et`);

    const answers = { ...cases.base, ...testCase.answers } as VejvalgAnswers;
    let decision: VejvalgDecision;
    try {
      decision = decideVejvalg(table, answers);
    } catch {
      error(`${at}.answers`, `${name}: svarene rammer ingen regel i ${files.rules}. Ret tabellen først (se fejlene i den)`);
      return;
    }
    reached.rules.add(decision.rule.id);
    reached.types.add(decision.typeRule.id);
    if (decision.rightsRule) reached.rights.add(decision.rightsRule.id);
    for (const risk of decision.risks) reached.risks.add(risk.id);

    const differ = (field: string, wanted: string, got: string) =>
      error(`${at}.expect.${field}`, `${name}: forventede ${field} »${wanted}«, men reglerne giver »${got}« (regel »${decision.rule.id}«). Ret reglen i ${files.rules} eller forventningen her`);
    if (expect.rule && expect.rule !== decision.rule.id) differ("rule", expect.rule, decision.rule.id);
    if (expect.route !== decision.route) differ("route", expect.route, decision.route);
    if (expect.basis && expect.basis !== (decision.basis ?? "ingen")) differ("basis", expect.basis, decision.basis ?? "ingen");
    if (expect.type && expect.type !== decision.type) differ("type", expect.type, decision.type);
    if (expect.agreement && expect.agreement !== decision.agreement) differ("agreement", expect.agreement, decision.agreement);
    if (expect.rights && expect.rights !== (decision.rights ?? "ingen")) differ("rights", expect.rights, decision.rights ?? "ingen");
    if (expect.provisional !== undefined && expect.provisional !== decision.provisional) differ("provisional", String(expect.provisional), String(decision.provisional));
    const shown = decision.risks.map((r) => r.id);
    for (const id of expect.risks) if (riskIds.includes(id) && !shown.includes(id)) error(`${at}.expect.risks`, `${name}: forventede advarslen »${id}«, men den vises ikke (advarsler: ${shown.join(", ") || "ingen"}). Ret reglen i ${files.rules} eller forventningen her`);
    for (const id of expect.notRisks) if (shown.includes(id)) error(`${at}.expect.notRisks`, `${name}: advarslen »${id}« må ikke vises, men det gør den. Ret reglen i ${files.rules} eller forventningen her`);
    const findOut = decision.findOutFirst.join(" ");
    for (const words of expect.findOutFirst) if (!findOut.includes(words)) error(`${at}.expect.findOutFirst`, `${name}: »Afklar først« skulle nævne »${words}«, men siger: ${findOut || "ingenting"}. Ret reglen i ${files.rules} eller forventningen her`);
  });

  // Every rule and risk has a case, so a change to a rule changes its cases with it.
  for (const name of ["rules", "types", "rights", "risks"] as const) {
    (table[name] as AnyRule[]).forEach((rule, index) => {
      if (!reached[name].has(rule.id)) error(`${name}.${index}`, `intet testtilfælde i ${files.cases} rammer ${name === "risks" ? "advarslen" : "reglen"} »${rule.id}«. Tilføj et`, files.rules);
    });
  }
  return problems;
}

/** content:check for the vejvalg folder: reads both files and runs every check. */
export async function checkVejvalgFolder(dir: string, options: CheckOptions): Promise<TableProblem[]> {
  const { table, cases, problems, files } = await readVejvalgFolder(dir);
  if (table) problems.push(...checkVejvalg(table, cases, files, options));
  return problems;
}
