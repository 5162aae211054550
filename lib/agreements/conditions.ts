/**
 * The small condition language of templates and the placeholder pattern. Zod-free: the live preview runs it in the browser.
 */
// Conditions: `path`, `not path`, `path == "value"`, `path != "value"`, joined by ` and ` or ` or ` (not mixed).

export type Condition =
  | { kind: "all" | "any"; terms: Term[] };
export type Term = { path: string; op: "truthy" | "falsy" | "eq" | "ne"; value?: string };

const TERM = /^(?:(not)\s+)?([a-zA-Z][\w.]*)(?:\s*(==|!=)\s*"([^"]*)")?$/;

export function parseCondition(source: string): Condition | { error: string } {
  const hasAnd = / and /.test(source);
  const hasOr = / or /.test(source);
  if (hasAnd && hasOr) return { error: "bland ikke and og or i samme betingelse; del den op" };
  const parts = source.split(hasOr ? / or / : / and /).map((part) => part.trim());
  const terms: Term[] = [];
  for (const part of parts) {
    const match = TERM.exec(part);
    if (!match) return { error: `"${part}" kan ikke læses. Skriv fx rights.model == "fuld-aabenhed", data.personalData eller not procurement.laterTender` };
    const [, not, path = "", op, value] = match;
    if (not && op) return { error: `"${part}": brug enten not eller ==/!=` };
    terms.push({ path, op: op === "==" ? "eq" : op === "!=" ? "ne" : not ? "falsy" : "truthy", value });
  }
  return { kind: hasOr ? "any" : "all", terms };
}

export function evaluate(condition: Condition, lookup: (path: string) => unknown): boolean {
  const test = (term: Term) => {
    const value = lookup(term.path);
    switch (term.op) {
      case "truthy":
        return Boolean(value);
      case "falsy":
        return !value;
      case "eq":
        return String(value) === term.value;
      case "ne":
        return String(value) !== term.value;
    }
  };
  return condition.kind === "all" ? condition.terms.every(test) : condition.terms.some(test);
}

export const PLACEHOLDER = /\{\{\s*([a-zA-Z][\w.]*)\s*\}\}/g;

