/**
 * The server shell of Business case light: hands the client leaf the server action and a start with three years.
 * The leaf is a plain HTML form first, so it works with JavaScript switched off.
 */
import { planningStep } from "./actions";
import { BusinessCaseForm } from "./BusinessCaseForm.client";

export function BusinessCaseTool() {
  return <BusinessCaseForm action={planningStep} initial={{ tool: "business-case", answers: { period: "3" }, errors: {}, done: false, revision: 0 }} />;
}
