import type { Draft } from "@/lib/agreements/form";
import { AGREEMENT_LABELS, routeText, type VejvalgDecision } from "@/lib/planning/vejvalg";
import type { CarriedAnswer } from "@/lib/planning/vejvalg-prefill";
import { AgreementTool } from "./AgreementTool";

/** The reader's own vejvalg answers and what each filled in, then the builder holding them. Nothing is filled in silently. */
export function VejvalgPrefill({ prefill, carried, decision }: { prefill: Draft | null; carried: CarriedAnswer[]; decision?: VejvalgDecision }) {
  return (
    <>
      <div role="status" className="not-prose mt-4 border-l-8 border-brand bg-brand-light p-4">
        {carried.length ? (
          <>
            <p className="font-bold">Dine svar fra vejvalget er sat ind i samarbejdsaftalen:</p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {carried.map((c) => (
                <li key={c.question}>
                  {c.questionLabel} Du svarede <strong>{c.answer}</strong>.
                  {c.recommended ? (
                    <>
                      {" "}
                      Vejvalget anbefaler derfor: <strong>{c.value}</strong>.
                    </>
                  ) : c.field !== c.questionLabel ? (
                    <>
                      {" "}
                      I aftalen: »{c.field}«: <strong>{c.value}</strong>.
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
            <p className="mt-2">Du kan rette dem i trinene undervejs.</p>
            {prefill?.vejvalg ? <p className="mt-2">Alle dine svar fra vejvalget følger med aftalen. Læsevejledningen sidst i aftalen viser vejvalgets anbefaling, begrundelsen og kilderne.</p> : null}
          </>
        ) : (
          <p>Linket indeholdt ingen svar fra vejvalget, som kunne bruges. Du kan udfylde aftalen som normalt.</p>
        )}
        {decision && decision.agreement !== "samarbejdsaftale" ? (
          <p className="mt-2 font-bold">
            Bemærk: For disse svar anbefaler vejvalget ikke samarbejdsaftalen. Vejen er: {routeText(decision)}. Aftale: {AGREEMENT_LABELS[decision.agreement]}. Tal med en jurist, før I bruger samarbejdsaftalen.
          </p>
        ) : null}
      </div>
      <AgreementTool name="samarbejdsaftale" prefill={prefill ?? undefined} />
    </>
  );
}
