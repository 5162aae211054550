import { vejvalgLegalReview } from "@/lib/planning/vejvalg-server";
import { legalReviewText } from "@/lib/planning/vejvalg";
import { planningStep } from "./actions";
import { VejvalgForm } from "./VejvalgForm.client";

/**
 * Server shell: hands the client leaf the server action, an empty start and the rules' review status. The leaf is a
 * plain HTML form first; its result is decided on the server from content/vejvalg/, so the browser never loads the rules.
 */
export async function VejvalgTool() {
  const review = legalReviewText(await vejvalgLegalReview());
  return <VejvalgForm action={planningStep} initial={{ tool: "vejvalg", answers: {}, errors: {}, done: false, revision: 0 }} review={review} />;
}
