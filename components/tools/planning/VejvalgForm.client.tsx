"use client";

import { VEJVALG_QUESTIONS, vejvalgAnswers } from "@/lib/planning/vejvalg";
import type { ReactNode } from "react";
import type { PlanningState } from "@/lib/planning/ids";
import { usePlanning } from "./usePlanning";
import { Downloads, RadioField, ResetForm, ToolFields, ToolFrame } from "./parts";
import { VejvalgResult } from "./VejvalgResult";

type Action = (state: PlanningState, form: FormData) => Promise<PlanningState>;

const GROUPS = [
  { title: "Behov og marked", questions: ["need", "market", "risk", "competition"] },
  { title: "Penge og køb", questions: ["payment", "otherValue", "purchase"] },
  { title: "Resultater og viden", questions: ["benefit", "results", "background", "publication"] },
  { title: "Data og omfang", questions: ["personalData", "scale"] },
] as const;

/**
 * The result comes from the server with the state (state.decision): the browser never holds the rules.
 * related: "Projekter som jeres" for each OPI type, rendered by the server shell; shown after the result for its type.
 */
export function VejvalgForm({ action, initial, review, related }: { action: Action; initial: PlanningState; review: ReactNode; related?: Partial<Record<string, ReactNode>> }) {
  const { state, dispatch, pending, hydrated, onInput, formRef, summaryRef, resultRef } = usePlanning(action, initial);
  const answers = state.done ? vejvalgAnswers(state.answers) : null;
  const result = answers && state.decision ? { answers, decision: state.decision } : null;

  return (
    <ToolFrame state={state} title="Vælg vej til jeres OPI" summaryRef={summaryRef} hydrated={hydrated}>
      <section aria-labelledby="vejvalg-antagelser" className="mt-4 rounded bg-surface p-4">
        <h3 id="vejvalg-antagelser" className="font-bold">
          Det går vejvalget ud fra
        </h3>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>Den offentlige part er ordregiver efter udbudsloven, fx en kommune, en region eller et hospital.</li>
          <li>Vejvalget giver en første retning. Det er ikke juridisk rådgivning, og det kender ikke jeres tærskelværdier eller statsstøttesag.</li>
          <li>Du kan svare »Ved ikke«. Så bliver resultatet foreløbigt, og du får at vide, hvad I skal afklare.</li>
          <li>Vejvalgets regler: {review}</li>
        </ul>
      </section>

      <form ref={formRef} action={dispatch} onInput={onInput} key={state.revision} noValidate className="mt-6 print:hidden">
        <ToolFields tool="vejvalg" />
        {GROUPS.map((group) => (
          <fieldset key={group.title} className="mb-6 rounded border border-line-soft p-4">
            <legend className="px-1 text-lg font-bold">{group.title}</legend>
            {group.questions.map((id) => {
              const question = VEJVALG_QUESTIONS.find((q) => q.id === id)!;
              return <RadioField key={id} tool="vejvalg" path={id} label={question.label} hint={"hint" in question ? question.hint : undefined} options={question.options} answers={state.answers} errors={state.errors} />;
            })}
          </fieldset>
        ))}
        <button type="submit" name="intent" value="check" className="button" disabled={pending}>
          Se anbefalingen
        </button>
      </form>

      {result ? (
        <VejvalgResult decision={result.decision} answers={result.answers} resultRef={resultRef} review={review}>
          <Downloads tool="vejvalg" answers={state.answers} hydrated={hydrated} note="Word-filen »Begrundelse og risici« indeholder anbefalingen, begrundelsen med kilder, risiciene og jeres svar." />
        </VejvalgResult>
      ) : null}
      {result && related?.[result.decision.type] ? <div className="mt-8">{related[result.decision.type]}</div> : null}
      <ResetForm tool="vejvalg" dispatch={dispatch} confirming={state.confirm === "reset"} />
    </ToolFrame>
  );
}
