/**
 * Between the vejvalg and the samarbejdsaftale. From a vejvalg link to the builder: the answers the builder can use,
 * each shown to the reader as their own answer in the vejvalg and what it became in the builder, so nothing is filled
 * in silently; the vejvalg answers themselves travel in the answer set. Back in the agreement: the læsevejledning's
 * section on how the parties chose their route, made from the same decision and report blocks as the vejvalg's own
 * report. Pure and zod-free.
 */
import type { Draft } from "@/lib/agreements/form";
import type { GuideSection } from "@/lib/agreements/model";
import { QUESTIONS } from "@/lib/agreements/questions";
import { absoluteUrl } from "@/lib/site";
import { vejvalgBlocks } from "./reports";
import { AGREEMENT_LABELS, answerLabel, questionLabel, RIGHTS_LABELS, routeText, UNKNOWN, vejvalgAnswers, type QuestionId, type RightsOption, type VejvalgAnswers, type VejvalgDecision } from "./vejvalg";

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
  // The reader's vejvalg answers, all thirteen, go with the agreement, so its læsevejledning can say how they chose.
  const complete = vejvalgAnswers(answers);
  if (complete) draft.vejvalg = { ...complete };
  return { draft: Object.keys(draft).length ? (draft as Draft) : null, carried };
}

export const ROUTE_SECTION_TITLE = "Sådan valgte I vej";

/**
 * The læsevejledning's section on the vejvalg: where the answers came from, where the agreement now departs from the
 * recommendation, and then the vejvalg's recommendation, its reasons rule by rule with the answers and sources behind
 * them, the risks and every answer (vejvalgBlocks, as the vejvalg's own report prints them).
 */
export function routeSection(vejvalg: VejvalgAnswers, decision: VejvalgDecision, agreement: Draft): GuideSection {
  const departures: string[] = [];
  if (decision.agreement !== "samarbejdsaftale") {
    departures.push(`For jeres svar anbefaler vejvalget ikke en samarbejdsaftale, men: ${AGREEMENT_LABELS[decision.agreement]}. Vejen er: ${routeText(decision)}. Tal med en jurist, før I bruger samarbejdsaftalen.`);
  }
  const model = (agreement.rights as { model?: unknown } | undefined)?.model;
  if (decision.rights && decision.rights in RIGHTS_LABELS && typeof model === "string" && model !== decision.rights) {
    departures.push(`Vejvalget anbefaler ${RIGHTS_LABELS[decision.rights as RightsOption].toLowerCase()}. I aftalen har I valgt: ${optionLabel("rights", "model", model)}. Få en jurist til at vurdere valget.`);
  }
  const pays = (agreement.money as { publicPays?: unknown } | undefined)?.publicPays;
  if (vejvalg.payment !== UNKNOWN && typeof pays === "string" && pays !== vejvalg.payment) {
    departures.push(`I vejvalget svarede I, at den offentlige part betaler: ${answerLabel("payment", vejvalg.payment)}. I aftalen står: ${optionLabel("money", "publicPays", pays)}. Vejvalgets anbefaling bygger på jeres svar i vejvalget, så tjek den igen i vejvalget.`);
  }
  return {
    title: ROUTE_SECTION_TITLE,
    blocks: [
      {
        kind: "paragraph",
        text: `I lavede aftalen ud fra jeres svar i OPI-guidens vejvalg (${absoluteUrl("/vaerktoejer/vejvalg")}). Her står vejvalgets anbefaling, reglerne bag den med deres begrundelse og kilder, og de svar, anbefalingen bygger på. Svarene følger med filen.`,
      },
      ...departures.map((text) => ({ kind: "note" as const, text })),
      ...vejvalgBlocks(vejvalg, decision),
    ],
  };
}
