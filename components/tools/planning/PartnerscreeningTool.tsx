import { planningStep } from "./actions";
import { PartnerscreeningForm } from "./PartnerscreeningForm.client";

/** Server shell: hands the client leaf the server action and an empty start. The leaf is a plain HTML form first. */
export function PartnerscreeningTool() {
  return <PartnerscreeningForm action={planningStep} initial={{ tool: "partnerscreening", answers: {}, errors: {}, done: false, revision: 0 }} />;
}
