/**
 * From a vejvalg link to the samarbejdsaftale builder: the answers the builder can use, each shown to the reader as
 * their own answer in the vejvalg and what it became in the builder, so nothing is filled in silently. Pure and zod-free.
 */
import type { Draft } from "@/lib/agreements/form";
import { QUESTIONS } from "@/lib/agreements/questions";
import { answerLabel, questionLabel, RIGHTS_LABELS, UNKNOWN, type QuestionId, type RightsOption, type VejvalgAnswers, type VejvalgDecision } from "./vejvalg";

/** One answer carried into the builder: the reader's answer in the vejvalg, and the builder's field and value it set. */
export interface CarriedAnswer {
  question: QuestionId;
  questionLabel: string;
  answer: string;
  field: string;
  value: string;
  /** True when the value is the vejvalg's recommendation from the answer, not the answer itself. */
  recommended: boolean;
}

const optionLabel = (section: "money" | "rights", field: string, value: string) => QUESTIONS[section].fields[field]!.options!.find((o) => o.value === value)?.label ?? value;
const yesNo = (value: boolean) => (value ? "Ja" : "Nej");

/**
 * The builder's answers from vejvalg answers: payment, a later tender and personal data as the reader answered them,
 * and the rights model the vejvalg recommends, when the decision names one. A »Ved ikke« fills in nothing.
 */
export function builderPrefill(answers: Partial<VejvalgAnswers>, decision?: VejvalgDecision): { draft: Draft | null; carried: CarriedAnswer[] } {
  const draft: Record<string, Record<string, unknown>> = {};
  const carried: CarriedAnswer[] = [];
  const carry = (question: QuestionId, field: string, value: string, recommended = false) =>
    carried.push({ question, questionLabel: questionLabel(question), answer: answerLabel(question, answers[question] ?? ""), field, value, recommended });

  const { payment, purchase, personalData } = answers;
  if (payment && payment !== UNKNOWN) {
    draft.money = { publicPays: payment };
    carry("payment", QUESTIONS.money.fields.publicPays!.label, optionLabel("money", "publicPays", payment));
  }
  if (purchase && purchase !== UNKNOWN) {
    const laterTender = purchase !== "nej";
    draft.procurement = { laterTender };
    carry("purchase", QUESTIONS.procurement.fields.laterTender!.label, yesNo(laterTender));
  }
  if (personalData && personalData !== UNKNOWN) {
    draft.data = { personalData: personalData === "ja" };
    carry("personalData", QUESTIONS.data.fields.personalData!.label, yesNo(personalData === "ja"));
  }
  const rights = decision?.rights;
  if (rights && rights in RIGHTS_LABELS && answers.benefit) {
    draft.rights = { model: rights };
    carry("benefit", QUESTIONS.rights.fields.model!.label, optionLabel("rights", "model", rights as RightsOption), true);
  }
  return { draft: Object.keys(draft).length ? (draft as Draft) : null, carried };
}
