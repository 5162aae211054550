/**
 * npx tsx scripts/issue-form.ts
 * Writes .github/ISSUE_TEMPLATE/indsend-en-case.yml from the site's case form (lib/editor/fields.ts), so the issue form
 * asks what the site asks, with the same labels and choices. A unit test fails while the committed file differs.
 */
import { writeFile } from "node:fs/promises";
import { issueFormTemplate, ISSUE_FORM_FILE } from "../lib/github/issue-form-file";

await writeFile(ISSUE_FORM_FILE, issueFormTemplate());
console.log(`Skrev ${ISSUE_FORM_FILE}.`);
