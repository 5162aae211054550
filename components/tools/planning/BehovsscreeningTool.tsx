import { planningStep } from "./actions";
import { BehovsscreeningForm } from "./BehovsscreeningForm.client";

/** Server shell: hands the client leaf the server action and an empty start. The leaf is a plain HTML form first. */
export function BehovsscreeningTool() {
  return <BehovsscreeningForm action={planningStep} initial={{ tool: "behovsscreening", answers: {}, errors: {}, done: false, revision: 0 }} />;
}
