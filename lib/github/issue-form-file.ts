/** The text of the issue form's template file: YAML written from caseIssueForm, with a note not to edit it by hand. */
import { stringify } from "yaml";
import { caseIssueForm } from "./issue-form";

export const ISSUE_FORM_FILE = ".github/ISSUE_TEMPLATE/indsend-en-case.yml";

export function issueFormTemplate(): string {
  return `# Written by scripts/issue-form.ts from the site's case form (lib/editor/fields.ts). Do not edit by hand:\n# change the fields there and run npx tsx scripts/issue-form.ts.\n${stringify(caseIssueForm(), { lineWidth: 0 })}`;
}
