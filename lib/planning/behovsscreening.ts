/**
 * Behovsscreening: needs rated across the 360° view (teknologi, strategi, organisation, forretningsudvikling,
 * markedsudvikling), compared side by side and ranked. Zod-free and pure.
 */
export const MAX_NEEDS = 6;

export const DIMENSIONS = [
  { id: "teknologi", label: "Teknologi", hint: "Kan teknologi løse behovet, nu eller snart?" },
  { id: "strategi", label: "Strategi", hint: "Passer behovet med jeres strategi og politiske mål?" },
  { id: "organisation", label: "Organisation", hint: "Er medarbejderne og ledelsen klar til at ændre arbejdsgange?" },
  { id: "forretningsudvikling", label: "Forretningsudvikling", hint: "Kan en løsning spare tid eller penge eller give bedre kvalitet?" },
  { id: "markedsudvikling", label: "Markedsudvikling", hint: "Har andre det samme behov, så en løsning kan sælges bredt?" },
] as const;
export type DimensionId = (typeof DIMENSIONS)[number]["id"];

export const RATING_LABELS: Record<string, string> = { "1": "1 – meget lille", "2": "2 – lille", "3": "3 – middel", "4": "4 – stort", "5": "5 – meget stort" };

export const SOLUTION_OPTIONS = [
  { value: "nej", label: "Nej, ikke så vidt vi ved" },
  { value: "delvis", label: "Delvis: noget findes, men dækker ikke behovet" },
  { value: "ja", label: "Ja" },
  { value: "ved-ikke", label: "Ved ikke" },
] as const;
export type SolutionAnswer = (typeof SOLUTION_OPTIONS)[number]["value"];

export interface Need {
  title: string;
  description: string;
  targetGroup: string;
  others?: string;
  solutions: SolutionAnswer;
  solutionsNote?: string;
  ratings: Record<DimensionId, number>;
}

export interface RankedNeed extends Need {
  /** Position in the form, from 0. */
  index: number;
  score: number;
  rank: number;
  advice: string;
}

export const MAX_SCORE = DIMENSIONS.length * 5;

/** Ranks needs by total score; ties keep the order of the form. Pure. */
export function rankNeeds(needs: Need[]): RankedNeed[] {
  const scored = needs.map((need, index) => ({ ...need, index, score: DIMENSIONS.reduce((sum, d) => sum + need.ratings[d.id], 0) }));
  const sorted = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  return sorted.map((need, position) => ({ ...need, rank: position + 1, advice: adviceFor(need) }));
}

function adviceFor(need: Need & { score: number }): string {
  if (need.solutions === "ja") return "Der findes allerede en løsning. Undersøg, om I kan købe den, før I udvikler noget nyt.";
  if (need.solutions === "ved-ikke") return "Undersøg markedet, før I går videre: findes løsningen allerede?";
  const weakest = DIMENSIONS.reduce((low, d) => (need.ratings[d.id] < need.ratings[low.id] ? d : low), DIMENSIONS[0]);
  if (need.score >= 20) return `Stort potentiale. Gå videre til opstart. Hold øje med ${weakest.label.toLowerCase()}, som fik lavest.`;
  if (need.score >= 13) return `Middel potentiale. Styrk ${weakest.label.toLowerCase()}, før I vælger behovet.`;
  return "Lille potentiale lige nu. Gem behovet, og se på det igen senere.";
}
