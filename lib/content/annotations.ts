/**
 * content:check --format=github: each problem as a GitHub annotation on the file and line it is about, so a pull
 * request shows the message beside the editor's own line. The line comes from the problem's field: "linje 12" is
 * line 12, "frontmatter.sources.1.url" is the line of that field in the file, "frontmatter" is where the YAML could
 * not be read. Problems about a whole file (its name, its address, its readability) have no line.
 */
import { formatAnnotation } from "@/lib/github/annotations";
import { frontmatterFieldLine, parseFrontmatter, parseYaml, yamlFieldLine } from "./frontmatter";

export interface LocatableProblem {
  file: string;
  field: string;
  message: string;
  severity: "error" | "warning";
}

/** The problem's line in `raw`, the text of its file; undefined when it is about the whole file. */
export function problemLine(problem: LocatableProblem, raw: string | undefined): number | undefined {
  const numbered = /^linje (\d+)$/.exec(problem.field);
  if (numbered) return Number(numbered[1]) || undefined;
  if (raw === undefined) return undefined;
  if (problem.file.endsWith(".yaml")) {
    if (problem.field === "yaml") {
      const parsed = parseYaml(raw);
      return parsed.ok ? undefined : parsed.line;
    }
    return /^[\w-]+(\.[\w-]+)*$/.test(problem.field) ? yamlFieldLine(raw, problem.field.split(".")) : undefined;
  }
  if (problem.field !== "frontmatter" && !problem.field.startsWith("frontmatter.")) return undefined;
  const parsed = parseFrontmatter(raw);
  if (!parsed.ok) return parsed.line ?? 1;
  const path = problem.field.split(".").slice(1);
  // An unknown field is reported on the fields around it; point at the unknown one itself.
  const unknown = /^ukendt felt "([^"]+)"/.exec(problem.message);
  return frontmatterFieldLine(raw, unknown ? [...path, unknown[1]!] : path);
}

/** One workflow command line for the problem. */
export function problemAnnotation(problem: LocatableProblem, raw: string | undefined): string {
  return formatAnnotation({
    level: problem.severity === "error" ? "error" : "warning",
    file: problem.file.split("\\").join("/"),
    line: problemLine(problem, raw),
    title: "content:check",
    message: `${problem.field}: ${problem.message}`,
  });
}
