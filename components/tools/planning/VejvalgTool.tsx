import { LegalReviewStatus } from "@/components/layout/LegalReviewStatus";
import { vejvalgLegalReview } from "@/lib/planning/vejvalg-server";
import { planningStep } from "./actions";
import { VejvalgForm } from "./VejvalgForm.client";

/**
 * Server shell: hands the client leaf the server action, an empty start and the rules' review status. The leaf is a
 * plain HTML form first; its result is decided on the server from content/vejvalg/, so the browser never loads the rules.
 */
export async function VejvalgTool() {
  // Rendered here, so the client leaf gets the sentence and not the code that words it.
  const review = <LegalReviewStatus review={await vejvalgLegalReview()} className="inline" />;
  return <VejvalgForm action={planningStep} initial={{ tool: "vejvalg", answers: {}, errors: {}, done: false, revision: 0 }} review={review} />;
}
