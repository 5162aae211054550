"use client";

import { kindLabel, missingKinds, PARTNER_KINDS, PARTNER_STATUSES, statusLabel, type Partner } from "@/lib/planning/partnerscreening";
import { rowsAt, textAt } from "@/lib/planning/form";
import type { PlanningState } from "@/lib/planning/ids";
import { usePlanning } from "./usePlanning";
import { Downloads, RadioField, ResetForm, RowList, SelectField, TextField, ToolFields, ToolFrame, resultAnchor } from "./parts";

type Action = (state: PlanningState, form: FormData) => Promise<PlanningState>;

const trimmed = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);

export function PartnerscreeningForm({ action, initial }: { action: Action; initial: PlanningState }) {
  const { state, dispatch, pending, hydrated, onInput, formRef, summaryRef, resultRef } = usePlanning(action, initial);
  const rows = rowsAt(state.answers, "partners");
  const partners: Partner[] | null = state.done
    ? rows.map((row) => ({ name: String(row.name ?? "").trim(), kind: row.kind as Partner["kind"], status: row.status as Partner["status"], brings: String(row.brings ?? "").trim(), goals: trimmed(row.goals), reach: trimmed(row.reach) }))
    : null;

  return (
    <ToolFrame state={state} title="Partnerscreening" summaryRef={summaryRef} hydrated={hydrated}>
      <p className="mt-3">Skriv jeres fælles mål. Tilføj så de partnere, I kender, og dem, I gerne vil have med.</p>
      <form ref={formRef} action={dispatch} onInput={onInput} key={state.revision} noValidate className="mt-6 print:hidden">
        <ToolFields tool="partnerscreening" />
        <TextField tool="partnerscreening" path="project" label="Projektets navn" optional answers={state.answers} errors={state.errors} />
        <TextField tool="partnerscreening" path="goal" label="Hvad er jeres fælles mål?" hint="Det, alle parter skal opnå sammen" multiline answers={state.answers} errors={state.errors} />
        <RowList
          tool="partnerscreening"
          count={rows.length}
          legend={(i) => `Partner ${i + 1}${textAt(state.answers, `partners.${i}.name`) ? `: ${textAt(state.answers, `partners.${i}.name`)}` : ""}`}
          removeLabel={(i) => `Fjern partner ${i + 1}`}
          addLabel="Tilføj en partner"
          submitLabel="Lav oversigten"
          pending={pending}
        >
          {(i) => (
            <>
              <TextField tool="partnerscreening" path={`partners.${i}.name`} label="Navn" hint="Kender I ikke navnet endnu, så skriv, hvad I søger, fx »En virksomhed med sensorer«" answers={state.answers} errors={state.errors} />
              <SelectField tool="partnerscreening" path={`partners.${i}.kind`} label="Type" options={PARTNER_KINDS} answers={state.answers} errors={state.errors} />
              <RadioField tool="partnerscreening" path={`partners.${i}.status`} label="Kendt eller ønsket?" options={PARTNER_STATUSES} answers={state.answers} errors={state.errors} />
              <TextField tool="partnerscreening" path={`partners.${i}.brings`} label="Hvad bidrager partneren med?" hint="Fx viden, adgang til borgere, teknologi eller test" multiline answers={state.answers} errors={state.errors} />
              <TextField tool="partnerscreening" path={`partners.${i}.goals`} label="Hvad er partnerens egne mål?" hint="Hvad vil partneren have ud af det?" multiline optional answers={state.answers} errors={state.errors} />
              <TextField tool="partnerscreening" path={`partners.${i}.reach`} label="Hvordan når I partneren?" hint="Fx en kontaktperson, et netværk, en klynge eller en markedsdialog" optional answers={state.answers} errors={state.errors} />
            </>
          )}
        </RowList>
      </form>

      {partners ? (
        <section id={resultAnchor("partnerscreening")} aria-labelledby="partnerscreening-resultat" className="mt-8 scroll-mt-4 border-t-4 border-brand pt-4">
          <h3 id="partnerscreening-resultat" ref={resultRef} tabIndex={-1} className="text-2xl font-bold">
            Oversigt over partnere
          </h3>
          <p className="mt-2">
            <strong>Fælles mål:</strong> {textAt(state.answers, "goal")}
          </p>
          <div className="mt-4 overflow-x-auto" role="region" aria-label="Partnere" tabIndex={0}>
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left font-bold">Partnere</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  {["Partner", "Type", "Status", "Bidrager med", "Egne mål", "Sådan når I dem"].map((heading) => (
                    <th key={heading} scope="col" className="p-2">
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {partners.map((partner, i) => (
                  <tr key={i} className="border-b border-line-soft align-top">
                    <th scope="row" className="p-2 font-semibold">
                      {partner.name}
                    </th>
                    <td className="p-2">{kindLabel(partner.kind)}</td>
                    <td className="p-2">{statusLabel(partner.status)}</td>
                    <td className="whitespace-pre-line p-2">{partner.brings}</td>
                    <td className="whitespace-pre-line p-2">{partner.goals ?? "–"}</td>
                    <td className="whitespace-pre-line p-2">{partner.reach ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {missingKinds(partners).length ? (
            <>
              <h4 className="mt-6 text-xl font-bold">Overvej</h4>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {missingKinds(partners).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
          <Downloads tool="partnerscreening" answers={state.answers} hydrated={hydrated} note="Regnearket og CSV-filen har én række pr. partner." />
        </section>
      ) : null}
      <ResetForm tool="partnerscreening" dispatch={dispatch} confirming={state.confirm === "reset"} />
    </ToolFrame>
  );
}
