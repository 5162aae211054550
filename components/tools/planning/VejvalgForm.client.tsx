"use client";

import { AGREEMENT_LABELS, OPI_TYPE_LABELS, prefillQuery, recommend, RIGHTS_LABELS, ROUTE_LABELS, VEJVALG_QUESTIONS, vejvalgAnswers } from "@/lib/planning/vejvalg";
import type { PlanningState } from "@/lib/planning/ids";
import { usePlanning } from "./usePlanning";
import { Downloads, RadioField, ResetForm, ToolFields, ToolFrame } from "./parts";

type Action = (state: PlanningState, form: FormData) => Promise<PlanningState>;

const GROUPS = [
  { title: "Behov og marked", questions: ["need", "market", "risk", "competition"] },
  { title: "Penge og køb", questions: ["payment", "purchase"] },
  { title: "Resultater og viden", questions: ["benefit", "results", "background", "publication"] },
  { title: "Data og omfang", questions: ["personalData", "scale"] },
] as const;

export function VejvalgForm({ action, initial }: { action: Action; initial: PlanningState }) {
  const { state, dispatch, pending, hydrated, onInput, formRef, summaryRef, resultRef } = usePlanning(action, initial);
  const answers = state.done ? vejvalgAnswers(state.answers) : null;
  const result = answers ? recommend(answers) : null;

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
        <section aria-labelledby="vejvalg-resultat" className="mt-8 border-t-4 border-brand pt-4">
          <h3 id="vejvalg-resultat" ref={resultRef} tabIndex={-1} className="text-2xl font-bold">
            Anbefaling
          </h3>
          {result.provisional ? (
            <p className="mt-3 border-l-8 border-warning bg-warning-light p-3">
              <strong>Foreløbigt resultat.</strong> Nogle vigtige spørgsmål er besvaret med »Ved ikke«. Afklar dem, og prøv igen.
            </p>
          ) : null}
          <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">Type OPI</dt>
            <dd>{OPI_TYPE_LABELS[result.type]}</dd>
            <dt className="font-semibold">Vej</dt>
            <dd>
              {ROUTE_LABELS[result.route]}
              {result.basis === "paragraf-22" ? " (undtagelsen i udbudslovens § 22)" : result.basis ? " (aftalen er ikke gensidigt bebyrdende)" : ""}
            </dd>
            <dt className="font-semibold">Aftale</dt>
            <dd>{AGREEMENT_LABELS[result.agreement]}</dd>
            {result.rights ? (
              <>
                <dt className="font-semibold">Rettigheder</dt>
                <dd>{RIGHTS_LABELS[result.rights]}</dd>
              </>
            ) : null}
          </dl>

          <h4 className="mt-6 text-xl font-bold">Hvorfor?</h4>
          <ul className="mt-2 space-y-3">
            {result.reasons.map((reason, index) => (
              <li key={index} className="border-l-4 border-line-soft pl-3">
                <p className="text-sm text-muted">
                  {VEJVALG_QUESTIONS.find((q) => q.id === reason.question)?.label} Dit svar: <strong>{reason.answer}</strong>
                </p>
                <p>
                  {reason.text}
                  {reason.link ? (
                    <>
                      {" "}
                      <a href={reason.link}>Læs mere</a>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>

          {result.risks.length ? (
            <>
              <h4 className="mt-6 text-xl font-bold">Risici, I skal håndtere</h4>
              <ul className="mt-2 list-disc space-y-2 pl-6">
                {result.risks.map((risk) => (
                  <li key={risk.title}>
                    <strong>{risk.title}.</strong> {risk.text}
                    {risk.link ? (
                      <>
                        {" "}
                        <a href={risk.link}>Læs mere</a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          {result.clarify.length ? (
            <>
              <h4 className="mt-6 text-xl font-bold">Afklar først</h4>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {result.clarify.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}

          <p className="mt-6 border-l-8 border-warning bg-warning-light p-3">Det er en første retning. Kontakt en jurist, før I beslutter jer.</p>

          {result.prefill ? (
            <p className="mt-6 print:hidden">
              <a className="button" href={`/vaerktoejer/samarbejdsaftale/fra-vejvalg?${prefillQuery(result.prefill)}`}>
                Brug svarene i samarbejdsaftalen
              </a>
            </p>
          ) : null}
          <Downloads tool="vejvalg" answers={state.answers} hydrated={hydrated} note="Word-filen »Begrundelse og risici« indeholder anbefalingen, begrundelsen og jeres svar." />
        </section>
      ) : null}
      <ResetForm tool="vejvalg" dispatch={dispatch} />
    </ToolFrame>
  );
}
