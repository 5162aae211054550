/**
 * The text rules of lib/text/rules.ts as zod building blocks, shared by the agreement answers and the planning tools,
 * and the Danish words for whatever a schema did not word itself.
 */
import { z } from "zod";
import { firstUnwritable, spaceControls, unwritableMessage } from "./rules";

/**
 * A string answer: control characters become spaces, line endings "\n", and a character no document can hold
 * is refused with a message that names the field (`label`, e.g. "partens navn"). Chain .trim(), .min() and .max() as usual.
 */
export function answerString(label: string, options: { error?: string } = {}) {
  return z
    .string(options.error ? { error: options.error } : undefined)
    .overwrite(spaceControls)
    .refine((value) => firstUnwritable(value) === undefined, {
      error: (issue) => unwritableMessage(label, firstUnwritable(String(issue.input)) ?? "?"),
    });
}

/**
 * Danish for every problem a schema left unworded, e.g. a whole step missing from tampered answers. Pass it to
 * safeParse as `{ error: danishIssue }`: a schema's own message still wins.
 */
export function danishIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "Svaret mangler. Udfyld det" : "Svaret kan ikke læses. Udfyld det igen";
    case "too_big":
      return "Svaret er for langt. Forkort det";
    case "too_small":
      return "Svaret er for kort eller mangler. Udfyld det";
    case "invalid_value":
    case "invalid_union":
      return "Vælg en af mulighederne";
    case "unrecognized_keys":
      return "Svarene indeholder felter, som værktøjet ikke kender. Hent svarene igen fra værktøjet";
    default:
      return "Svaret kan ikke bruges. Ret det, og prøv igen";
  }
}
