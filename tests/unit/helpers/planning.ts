/** Answers for the planning tools' documents, as their forms send them and as their schemas return them. */
import type { VejvalgAnswers } from "@/lib/planning/vejvalg";
import { validateBehovsscreening, validatePartnerscreening, type Behovsscreening } from "@/lib/planning/schemas";
import type { PartnerScreening } from "@/lib/planning/partnerscreening";

const need = (title: string, ratings: number[], extra: Record<string, string> = {}) => ({
  title,
  description: `Beskrivelse af ${title}, lang nok til at skulle ombrydes over flere linjer i et regneark`,
  targetGroup: "Ældre i eget hjem",
  solutions: "nej",
  ...Object.fromEntries(["teknologi", "strategi", "organisation", "forretningsudvikling", "markedsudvikling"].map((id, i) => [id, String(ratings[i])])),
  ...extra,
});

function checked<T>(result: { ok: true; data: unknown } | { ok: false; errors: Record<string, string> }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

export const planningExamples = {
  vejvalg: { need: "klart", market: "nej", payment: "delvis", otherValue: "nej", purchase: "senere", benefit: "virksomhed", risk: "middel", competition: "nej", results: "meget", background: "lidt", publication: "delvis", personalData: "ja", scale: "projekt" } as VejvalgAnswers,
  behovsscreeningDraft: { project: "Hjemmeplejen på Ærø", needs: [need("Færre fald", [3, 3, 3, 3, 3]), need("Bedre søvn på plejecentre", [5, 5, 4, 4, 5], { others: "Alle kommuner" }), need("Ensomhed blandt ældre på Ærø", [2, 3, 4, 2, 3])] },
  get behovsscreening(): Behovsscreening {
    return checked(validateBehovsscreening(this.behovsscreeningDraft));
  },
  partnersDraft: {
    project: "Fald",
    goal: "Færre fald hos ældre i eget hjem",
    partners: [
      { name: "Æblerød Kommune", kind: "offentlig", status: "kendt", brings: "Adgang til borgere og hjemmeplejen", goals: "Færre indlæggelser", reach: "Via sundhedschefen" },
      { name: "Semi;kolon \"citat\" og\nlinjeskift", kind: "andet", status: "oensket", brings: "Sensorer", goals: "Ωmega ł ő שלום مرحبا" },
      { name: "Syddansk Universitet", kind: "videninstitution", status: "kendt", brings: "Evaluering" },
    ],
  },
  partners(): PartnerScreening {
    return checked(validatePartnerscreening(this.partnersDraft));
  },
  businessCase: {
    title: "Faldsensorer & tryghed",
    period: "4",
    rate: "3,5",
    qualityNote: "Mere tryghed for borgeren",
    years: [
      { citizenCost: "0", citizenGain: "10.000", publicCost: "250000", publicGain: "50000,5", companyCost: "100000", companyGain: "" },
      { publicCost: "50000", publicGain: "150000", companyGain: "80000" },
      { publicCost: "50000", publicGain: "200000", companyGain: "120000" },
      { publicCost: "50000", publicGain: "260000", companyGain: "150000" },
    ],
  },
};
