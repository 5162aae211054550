import type { Draft } from "@/lib/agreements/form";
import { QUESTIONS } from "@/lib/agreements/questions";
import { valueAt } from "@/lib/agreements/form";
import { RIGHTS_LABELS } from "@/lib/planning/vejvalg";
import { AgreementTool } from "./AgreementTool";

/** The answers a vejvalg result filled in, in the builder's own words, then the builder holding them. */
export function VejvalgPrefill({ prefill }: { prefill: Draft | null }) {
  const payment = valueAt(prefill, "money.publicPays");
  const rights = valueAt(prefill, "rights.model");
  const laterTender = valueAt(prefill, "procurement.laterTender");
  const personalData = valueAt(prefill, "data.personalData");
  const yesNo = (value: unknown) => (value ? "Ja" : "Nej");
  const lines = [
    payment === undefined ? null : `Betaling: ${QUESTIONS.money.fields.publicPays!.options!.find((o) => o.value === payment)?.label ?? ""}`,
    rights === undefined ? null : `Rettigheder: ${RIGHTS_LABELS[rights as keyof typeof RIGHTS_LABELS]}`,
    laterTender === undefined ? null : `Senere udbud: ${yesNo(laterTender)}`,
    personalData === undefined ? null : `Persondata: ${yesNo(personalData)}`,
  ].filter((line): line is string => Boolean(line));
  return (
    <>
      <div role="status" className="not-prose mt-4 border-l-8 border-brand bg-brand-light p-4">
        {lines.length ? (
          <>
            <p className="font-bold">Svarene fra vejvalget er sat ind i samarbejdsaftalen:</p>
            <ul className="mt-2 list-disc pl-6">
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="mt-2">Du kan rette dem i trinene undervejs.</p>
          </>
        ) : (
          <p>Linket indeholdt ingen svar fra vejvalget, som kunne bruges. Du kan udfylde aftalen som normalt.</p>
        )}
      </div>
      <AgreementTool name="samarbejdsaftale" prefill={prefill ?? undefined} />
    </>
  );
}
