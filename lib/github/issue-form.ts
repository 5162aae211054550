/**
 * The issue form "Indsend en case" (.github/ISSUE_TEMPLATE/indsend-en-case.yml) for contributors without git, and the
 * reader of what GitHub makes of it. The form asks exactly what the site's form asks (lib/editor/fields.ts), with the
 * same labels; scripts/issue-form.ts writes the template from those fields, and a test holds the committed file to it.
 *
 * GitHub writes a submitted form as Markdown: each field as "### <label>", a blank line and the answer; an empty
 * answer as "_No response_" (a dropdown's as "None"), checkboxes as "- [X] <option>" and "- [ ] <option>". The reader
 * takes the headings in the form's own order, so a heading a contributor writes inside an answer cannot move a field
 * that came before it, and the last field (the story) runs to the end. The result is a FormData as the site's form
 * posts it, which lib/editor reads and checks as it reads the site's.
 */
import { EDITOR_FIELDS, type EditorField } from "@/lib/editor/fields";

/** The label GitHub puts on an issue made with the form. */
export const CASE_FORM_LABEL = "case-forslag";
/** The label a maintainer adds when the issue may become a pull request; the workflow waits for it. */
export const CASE_READY_LABEL = "case-klar";
/** The option of a single checkbox (the site shows the field's label beside the box; the issue form needs an option). */
export const YES = "Ja";

const NO_RESPONSE = new Set(["_No response_", "None"]);

type FormElement = { type: string; id?: string; attributes: Record<string, unknown>; validations?: { required: boolean } };

/** The issue form as the object GitHub reads from the template file. */
export function caseIssueForm(fields: readonly EditorField[] = EDITOR_FIELDS.case) {
  const intro = [
    "Del jeres erfaringer med et OPI-projekt. Du behøver ikke git: udfyld felterne, så laver guidens robot en fil og et forslag (en pull request), som en redaktør tjekker, før casen kommer på siden.",
    "",
    "- Skriv kun det, der er sandt, og nævn jeres kilder. En case om et virkeligt projekt skal have mindst én offentlig kilde.",
    "- Er casen opdigtet, så sæt kryds ved »Casen er et opdigtet eksempel«.",
    "- Alt, du skriver her, er offentligt. Skriv kun navne på personer, der har sagt ja.",
    "",
    `Når en redaktør har sat mærket **${CASE_READY_LABEL}** på issuet, laver robotten filen. Er der noget, du skal rette, skriver robotten det her. Ret så issuet, og gem det; så prøver robotten igen.`,
  ].join("\n");
  return {
    name: "Indsend en case",
    description: "Del et OPI-projekt som en case i guiden, uden git. Felterne er de samme som i formularen på guidens side »Indsend en case«.",
    title: "Case: ",
    labels: [CASE_FORM_LABEL],
    body: [{ type: "markdown", attributes: { value: intro } } as FormElement, ...fields.map(elementOf)],
  };
}

function elementOf(field: EditorField): FormElement {
  const attributes = (extra: Record<string, unknown> = {}) => ({ label: field.label, ...(field.hint ? { description: field.hint } : {}), ...extra });
  const required = { required: !field.optional };
  switch (field.kind) {
    case "select":
      return { type: "dropdown", id: field.name, attributes: attributes({ options: (field.options ?? []).map((o) => o.label) }), validations: required };
    case "checkboxes":
      return { type: "checkboxes", id: field.name, attributes: attributes({ options: (field.options ?? []).map((o) => ({ label: o.label })) }) };
    case "checkbox":
      return { type: "checkboxes", id: field.name, attributes: attributes({ options: [{ label: YES }] }) };
    case "textarea":
    case "lines":
      return { type: "textarea", id: field.name, attributes: attributes(), validations: required };
    default:
      return { type: "input", id: field.name, attributes: attributes(), validations: required };
  }
}

/**
 * Characters that have no place in a case and could hide or reorder text around them: control characters other than
 * tab and line breaks, direction marks, embeddings, overrides and isolates, and lone surrogates.
 */
const INVISIBLE = /[^\P{Cc}\t\n\r]|[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;

export interface IssueFormReading {
  /** The answers as the site's form posts them. */
  form: FormData;
  /** Danish messages keyed by form field, for what could not be read. */
  problems: Record<string, string>;
}

/** Reads the Markdown GitHub made of a submitted form. Never throws. */
export function readIssueForm(body: string, fields: readonly EditorField[] = EDITOR_FIELDS.case): IssueFormReading {
  const form = new FormData();
  const problems: Record<string, string> = {};
  const lines = body.replace(/\r\n?/g, "\n").split("\n");

  // Where each field's heading stands, looked for in the form's order.
  const starts: (number | undefined)[] = [];
  let from = 0;
  for (const field of fields) {
    const at = lines.findIndex((line, index) => index >= from && line.trimEnd() === `### ${field.label}`);
    starts.push(at === -1 ? undefined : at);
    if (at !== -1) from = at + 1;
  }
  if (starts.every((start) => start === undefined)) {
    return { form, problems: { form: "Issuet er ikke lavet med formularen »Indsend en case«, så det kan ikke læses. Opret et nyt issue med formularen" } };
  }

  fields.forEach((field, index) => {
    const start = starts[index];
    if (start === undefined) return;
    const end = starts.slice(index + 1).find((next) => next !== undefined) ?? lines.length;
    const answer = lines
      .slice(start + 1, end)
      .join("\n")
      .replace(/^\n+|\s+$/g, "");
    if (NO_RESPONSE.has(answer.trim()) || answer.trim() === "") return;
    const invisible = INVISIBLE.exec(answer);
    if (invisible) {
      const code = invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
      problems[field.name] = `Svaret indeholder et usynligt styretegn (U+${code}). Skriv teksten igen uden det, fx ved at skrive den i stedet for at kopiere den`;
      return;
    }
    if (field.kind === "checkboxes" || field.kind === "checkbox") {
      const options = field.kind === "checkbox" ? [{ value: "on", label: YES }] : (field.options ?? []);
      for (const line of answer.split("\n")) {
        const box = /^\s*- \[([ xX])\] (.*)$/.exec(line);
        if (!box) continue;
        const option = options.find((o) => o.label === box[2]!.trim());
        if (!option) {
          problems[field.name] ??= `»${box[2]!.trim().slice(0, 60)}« er ikke et af valgene. Vælg blandt: ${options.map((o) => o.label).join(", ")}`;
        } else if (box[1] !== " ") {
          form.append(field.name, option.value);
        }
      }
      return;
    }
    if (field.kind === "select") {
      const option = (field.options ?? []).find((o) => o.label === answer.trim());
      if (option) form.set(field.name, option.value);
      else problems[field.name] = `»${answer.trim().slice(0, 60)}« er ikke et af valgene. Vælg blandt: ${(field.options ?? []).map((o) => o.label).join(", ")}`;
      return;
    }
    form.set(field.name, answer);
  });
  return { form, problems };
}
