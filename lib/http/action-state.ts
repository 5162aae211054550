/**
 * The previous state a server action receives comes from the client: React decodes it from the request, so it can
 * be anything a request can encode (null, a string, a map, a promise, an object of the wrong shape). Each action
 * checks it with a zod schema built from these parts and starts afresh when it does not fit.
 */
import { z } from "zod";

/** Plain JSON data, as answers are: no functions, maps, promises, dates or other class instances. */
export const jsonData: z.ZodType<unknown> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonData), z.record(z.string(), jsonData)]));

/** A JSON object, such as a form's answers. */
export const jsonObject = z.record(z.string(), jsonData);

/** Field path → Danish message. */
export const fieldErrors = z.record(z.string(), z.string());

/** The counter every state carries; bounded, so adding one stays an exact integer. */
export const revision = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER - 1);

/** The previous state if it fits the schema, otherwise a fresh one. */
export function previousState<T>(schema: z.ZodType<T>, value: unknown, fresh: () => T): T {
  try {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fresh();
  } catch {
    // A value the schema cannot even walk (a cycle of references, say).
    return fresh();
  }
}

/** The submitted form; a request can send any value in its place, which then counts as an empty form. */
export function submittedForm(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
