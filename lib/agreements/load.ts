/**
 * Reads the agreement templates from content/agreements/. Used by content:check (all problems at once)
 * and by the document generator (which refuses an invalid template).
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseYaml } from "@/lib/content/frontmatter";
import { contentTimeLimitMs, describeLimit, TimeLimitExceeded, withinTimeLimit } from "@/lib/content/time-limit";
import { checkTemplate, templateSchema, type Template } from "./template";
import { DOCUMENT_IDS } from "./documents";

export interface TemplateLoadProblem {
  file: string;
  field: string;
  message: string;
}

export async function loadTemplates(root: string): Promise<{ templates: Template[]; problems: TemplateLoadProblem[] }> {
  const dir = path.join(/*turbopackIgnore: true*/ root, "agreements");
  const problems: TemplateLoadProblem[] = [];
  const templates: Template[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(".yaml")).sort();
  } catch {
    return { templates, problems };
  }
  for (const name of names) {
    const file = path.relative(process.cwd(), path.join(/*turbopackIgnore: true*/ dir, name));
    let data: unknown;
    try {
      // The same strict YAML reader as frontmatter: no tags, anchors or aliases, and a time limit.
      const text = await readFile(path.join(/*turbopackIgnore: true*/ dir, name), "utf8");
      const parsed = withinTimeLimit(contentTimeLimitMs(), () => parseYaml(text));
      if (!parsed.ok) {
        problems.push({ file, field: "yaml", message: parsed.message });
        continue;
      }
      data = parsed.value;
    } catch (error) {
      const message =
        error instanceof TimeLimitExceeded
          ? `kunne ikke læses på ${describeLimit(error.limitMs)}. Skriv felterne som navn: værdi, og lister med - foran hvert punkt`
          : "kan ikke læses. Gem filen som tekst (UTF-8), og prøv igen";
      problems.push({ file, field: "yaml", message });
      continue;
    }
    const result = templateSchema.safeParse(data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const allowed = issue.code === "invalid_value" ? ` Tilladte værdier: ${issue.values.map(String).join(", ")}` : "";
        problems.push({ file, field: issue.path.map(String).join(".") || "(hele filen)", message: `${issue.message}.${allowed}` });
      }
      continue;
    }
    for (const problem of checkTemplate(result.data, name.replace(/\.yaml$/, ""))) problems.push({ file, ...problem });
    templates.push(result.data);
  }
  for (const id of DOCUMENT_IDS) {
    if (names.length > 0 && !templates.some((t) => t.id === id) && !names.includes(`${id}.yaml`)) {
      problems.push({ file: path.relative(process.cwd(), dir), field: id, message: `skabelonen ${id}.yaml mangler. Opret den` });
    }
  }
  return { templates, problems };
}
