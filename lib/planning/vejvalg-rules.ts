/**
 * Applies the vejvalg's decision table to a set of answers. Pure: the same table and answers give the same decision,
 * whether the result page, the Word report or an agreement asks. The table comes from content/vejvalg/regler.yaml
 * (vejvalg-table.ts reads it; vejvalg-check.ts proves it total and runs its test cases).
 */
import { answerLabel, QUESTION_IDS, questionLabel, UNKNOWN, type BasedOn, type DecidingRule, type QuestionId, type VejvalgAnswers, type VejvalgDecision, type VejvalgSource } from "./vejvalg";
import type { Condition, RiskRule, RouteRule, VejvalgTable } from "./vejvalg-table";

/** What a condition can look at besides the answers: the outcome of the tables before it. */
export const DERIVED_KEYS = ["route", "rule", "rights", "agreement"] as const;
export type DerivedKey = (typeof DERIVED_KEYS)[number];
export type Facts = Partial<Record<QuestionId | DerivedKey, string>>;

const isQuestion = (key: string): key is QuestionId => (QUESTION_IDS as string[]).includes(key);

// Conditions are read once into lists; a sweep over every combination asks them hundreds of thousands of times.
const compiled = new WeakMap<Condition, [keyof Facts, string[]][]>();

export function matches(when: Condition, facts: Facts): boolean {
  let terms = compiled.get(when);
  if (!terms) compiled.set(when, (terms = Object.entries(when) as [keyof Facts, string[]][]));
  for (const [key, values] of terms) {
    const value = facts[key];
    if (value === undefined || !values.includes(value)) return false;
  }
  return true;
}

const decisiveCache = new WeakMap<VejvalgTable, Set<QuestionId>>();

/** The questions the decision tables (rules, types, rights) look at: a »Ved ikke« to one of them makes a result provisional. */
export function decisiveQuestions(table: VejvalgTable): Set<QuestionId> {
  let out = decisiveCache.get(table);
  if (!out) {
    out = new Set<QuestionId>();
    for (const rule of [...table.rules, ...table.types, ...table.rights]) for (const key of Object.keys(rule.when)) if (isQuestion(key)) out.add(key);
    decisiveCache.set(table, out);
  }
  return out;
}

// A rule's sources resolved once per table: the same rule is asked about again and again.
const sourceCache = new WeakMap<object, VejvalgSource[]>();

function sourcesOf(table: VejvalgTable, rule: { sources: string[] }): VejvalgSource[] {
  let out = sourceCache.get(rule);
  if (!out) {
    out = rule.sources.map((id) => {
      const source = table.sources[id];
      if (!source) throw new Error(`Vejvalgets regler nævner kilden ${id}, som ikke findes (kør npm run content:check)`);
      return { id, ...source };
    });
    sourceCache.set(rule, out);
  }
  return out;
}

function deciding(table: VejvalgTable, rule: { id: string; when: Condition; reasons: string[]; sources: string[]; link?: string }, answers: VejvalgAnswers): DecidingRule {
  const basedOn: BasedOn[] = QUESTION_IDS.filter((id) => id in rule.when).map((id) => ({ question: id, label: questionLabel(id), answer: answerLabel(id, answers[id]) }));
  return { id: rule.id, reasons: rule.reasons, sources: sourcesOf(table, rule), basedOn, ...(rule.link ? { link: rule.link } : {}) };
}

function first<T extends { when: Condition }>(rules: T[], facts: Facts, what: string): T {
  const found = rules.find((rule) => matches(rule.when, facts));
  if (!found) throw new Error(`Ingen regel for ${what} passer på svarene ${JSON.stringify(facts)} (kør npm run content:check)`);
  return found;
}

/** The route rule that decides a set of answers: the first whose conditions hold. */
export const routeRuleFor = (table: VejvalgTable, answers: VejvalgAnswers): RouteRule => first(table.rules, answers, "vejen");

/** Every risk whose conditions hold for these answers and outcome. */
export const risksFor = (risks: RiskRule[], facts: Facts): RiskRule[] => risks.filter((risk) => matches(risk.when, facts));

/** The decision for a set of answers, with the rules behind it, their reasons and sources, the risks and what to find out first. */
export function decideVejvalg(table: VejvalgTable, answers: VejvalgAnswers): VejvalgDecision {
  const rule = routeRuleFor(table, answers);
  const facts: Facts = { ...answers, route: rule.route, rule: rule.id, agreement: rule.agreement };
  const typeRule = first(table.types, facts, "typen af OPI");
  const rightsRule = rule.agreement === "samarbejdsaftale" ? first(table.rights, facts, "rettighederne") : undefined;
  if (rightsRule) facts.rights = rightsRule.rights;
  const risks = risksFor(table.risks, facts).map((risk) => ({ id: risk.id, title: risk.title, text: risk.text, sources: sourcesOf(table, risk), ...(risk.link ? { link: risk.link } : {}) }));

  const unknown = QUESTION_IDS.filter((id) => answers[id] === UNKNOWN);
  const findOutFirst = [...new Set([...(rule.findOutFirst ?? []), ...(typeRule.findOutFirst ?? []), ...(rightsRule?.findOutFirst ?? []), ...unknown.flatMap((id) => table.findOut[id] ?? [])])];
  const decisive = decisiveQuestions(table);

  return {
    route: rule.route,
    ...(rule.basis ? { basis: rule.basis } : {}),
    type: typeRule.type,
    agreement: rule.agreement,
    ...(rightsRule ? { rights: rightsRule.rights } : {}),
    provisional: unknown.some((id) => decisive.has(id)),
    rule: deciding(table, rule, answers),
    typeRule: deciding(table, typeRule, answers),
    ...(rightsRule ? { rightsRule: deciding(table, rightsRule, answers) } : {}),
    risks,
    findOutFirst,
    legalReview: table.legalReview,
    version: table.version,
  };
}
