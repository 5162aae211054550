/**
 * The bounds a text must keep before it is read as answers. JSON.parse and JSON.stringify walk nesting with the
 * stack, so a file of a few hundred kilobytes of brackets throws or stalls them. The answers OPI-guiden writes are
 * shallow and small; anything deeper, longer or with more values than that is refused with a Danish message that
 * names the problem, before any parse. Pure, zod-free and linear in the length of the text: the browser uses it too.
 */

export const ANSWER_LIMITS = {
  /** Objects and lists inside each other. A saved answers file is 5 deep: file, answers, parties, publics, a party. */
  maxDepth: 10,
  /** Characters of JSON: far more than every answer at its longest. */
  maxChars: 200_000,
  /** Entries of objects and lists in all. */
  maxValues: 5_000,
} as const;

export type AnswersProblem = "depth" | "size" | "values";

const number = (value: number) => new Intl.NumberFormat("da-DK").format(value);

/** The reader's message for a problem, ending with what it costs them: nothing. */
export function answersProblemMessage(problem: AnswersProblem, what = "Filen"): string {
  const why = {
    depth: `svarene i den ligger i mere end ${ANSWER_LIMITS.maxDepth} lag inden i hinanden. Svar fra OPI-guiden ligger højst 5 lag inde`,
    size: `svarene i den fylder mere end ${number(ANSWER_LIMITS.maxChars)} tegn. Svar fra OPI-guiden fylder langt mindre`,
    values: `den indeholder mere end ${number(ANSWER_LIMITS.maxValues)} svar. Svar fra OPI-guiden er langt færre`,
  }[problem];
  return `${what} kan ikke læses: ${why}. Den er ikke lavet af OPI-guiden, eller den er ændret bagefter. Dine svar her er ikke ændret`;
}

/**
 * What is wrong with a JSON text as answers, or undefined when it keeps the bounds. Counts brackets outside strings,
 * so it never builds the value; a text that is not JSON at all passes here and fails in JSON.parse, which is then safe.
 */
export function answersTextProblem(text: string): AnswersProblem | undefined {
  if (text.length > ANSWER_LIMITS.maxChars) return "size";
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c /* \ */) i++;
      else if (char === 0x22 /* " */) inString = false;
      continue;
    }
    if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      depth++;
      if (depth > ANSWER_LIMITS.maxDepth) return "depth";
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      depth--;
    } else if (char === 0x2c /* , */) {
      // Each comma starts one more entry of an object or a list.
      if (++values > ANSWER_LIMITS.maxValues) return "values";
    }
  }
  return undefined;
}
