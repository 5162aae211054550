import { LegalReviewStatus } from "@/components/layout/LegalReviewStatus";
import { ProjectsLikeYours } from "@/components/cases/ProjectsLikeYours";
import { OPI_TYPES } from "@/lib/content/vocabulary";
import { vejvalgLegalReview } from "@/lib/planning/vejvalg-server";
import { planningStep } from "./actions";
import { VejvalgForm } from "./VejvalgForm.client";

/**
 * Server shell: hands the client leaf the server action, an empty start and the rules' review status. The leaf is a
 * plain HTML form first; its result is decided on the server from content/vejvalg/, so the browser never loads the rules.
 * It also hands it "Projekter som jeres" for each OPI type, rendered here, so the result can show the real projects of
 * the type it recommends, with and without JavaScript, without their code reaching the browser.
 */
export async function VejvalgTool() {
  // Rendered here, so the client leaf gets the sentence and not the code that words it.
  const review = <LegalReviewStatus review={await vejvalgLegalReview()} className="inline" />;
  const related = Object.fromEntries(OPI_TYPES.map((type) => [type, <ProjectsLikeYours key={type} opiType={type} level={4} idPrefix="vejvalg-" columns={1} />]));
  return <VejvalgForm action={planningStep} initial={{ tool: "vejvalg", answers: {}, errors: {}, done: false, revision: 0 }} review={review} related={related} />;
}
