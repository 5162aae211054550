import { planningStep } from "./actions";
import { VejvalgForm } from "./VejvalgForm.client";

/** Server shell: hands the client leaf the server action and an empty start. The leaf is a plain HTML form first. */
export function VejvalgTool() {
  return <VejvalgForm action={planningStep} initial={{ tool: "vejvalg", answers: {}, errors: {}, done: false, revision: 0 }} />;
}
