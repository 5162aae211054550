/**
 * The small condition language of templates and the placeholder patterns. Zod-free: the live preview runs it in the browser.
 *
 * Conditions: terms `path`, `not path`, `path == "value"`, `path != "value"`, joined by ` and ` and ` or `;
 * `and` binds tighter, so `a and b or c` means (a and b) or c.
 */

export type Term = { path: string; op: "truthy" | "falsy" | "eq" | "ne"; value?: string };
/** Any of the groups holds when all its terms hold. */
export type Condition = { any: Term[][] };

const TERM = /^(?:(not)\s+)?([a-zA-Z][\w.]*)(?:\s*(==|!=)\s*"([^"]*)")?$/;

export function parseCondition(source: string): Condition | { error: string } {
  const any: Term[][] = [];
  for (const group of source.split(/ or /)) {
    const terms: Term[] = [];
    for (const raw of group.split(/ and /)) {
      const part = raw.trim();
      const match = TERM.exec(part);
      if (!match) return { error: `"${part}" kan ikke læses. Skriv fx rights.model == "fuld-aabenhed", data.personalData eller not procurement.laterTender` };
      const [, not, path = "", op, value] = match;
      if (not && op) return { error: `"${part}": brug enten not eller ==/!=` };
      terms.push({ path, op: op === "==" ? "eq" : op === "!=" ? "ne" : not ? "falsy" : "truthy", value });
    }
    any.push(terms);
  }
  return { any };
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
  return condition.any.some((terms) => terms.every(test));
}

/** {{project.title}}: an answer, a derived value (derived.period) or an annex number (annex.budget → "bilag 2"). */
export const PLACEHOLDER = /\{\{\s*([a-zA-Z][\w.]*)\s*\}\}/g;

/** {{#companies virksomheden|virksomhederne}}: the first text for one, the second for several. */
export const CHOICE = /\{\{#([a-zA-Z]+) ([^|{}]*)\|([^|{}]*)\}\}/g;
