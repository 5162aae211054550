import { expect } from "vitest";
import { loadTemplates } from "@/lib/agreements/load";
import type { Template } from "@/lib/agreements/template";

/** The real agreement templates in content/agreements, by id; they must load without a problem. */
export async function realTemplates(): Promise<Record<string, Template>> {
  const { templates, problems } = await loadTemplates("content");
  expect(problems).toEqual([]);
  return Object.fromEntries(templates.map((template) => [template.id, template]));
}
