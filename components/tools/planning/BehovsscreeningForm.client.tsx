"use client";

import { DIMENSIONS, MAX_SCORE, RATING_LABELS, rankNeeds, SOLUTION_OPTIONS, type Need } from "@/lib/planning/behovsscreening";
import { rowsAt } from "@/lib/planning/form";
import type { PlanningState } from "@/lib/planning/ids";
import { usePlanning } from "./usePlanning";
import { Downloads, RadioField, ResetForm, RowList, TextField, ToolFields, ToolFrame, resultAnchor } from "./parts";

type Action = (state: PlanningState, form: FormData) => Promise<PlanningState>;

const RATINGS = Object.entries(RATING_LABELS).map(([value, label]) => ({ value, label }));

/** Validated answers as needs; the server has checked them before `done` is set. */
function needsOf(answers: PlanningState["answers"]): Need[] {
  return rowsAt(answers, "needs").map((row) => ({
    title: String(row.title ?? "").trim(),
    description: String(row.description ?? "").trim(),
    targetGroup: String(row.targetGroup ?? "").trim(),
    others: typeof row.others === "string" && row.others.trim() ? row.others.trim() : undefined,
    solutions: row.solutions as Need["solutions"],
    solutionsNote: typeof row.solutionsNote === "string" && row.solutionsNote.trim() ? row.solutionsNote.trim() : undefined,
    ratings: Object.fromEntries(DIMENSIONS.map((d) => [d.id, Number(row[d.id])])) as Need["ratings"],
  }));
}

export function BehovsscreeningForm({ action, initial }: { action: Action; initial: PlanningState }) {
  const { state, dispatch, pending, hydrated, onInput, formRef, summaryRef, resultRef } = usePlanning(action, initial);
  const rows = rowsAt(state.answers, "needs");
  const ranked = state.done ? rankNeeds(needsOf(state.answers)) : null;

  return (
    <ToolFrame state={state} title="Behovsscreening" summaryRef={summaryRef} hydrated={hydrated}>
      <p className="mt-3">Beskriv et eller flere behov. Giv hvert behov point fra 1 til 5 på de fem områder i 360-graders-blikket. Flest point betyder størst potentiale.</p>
      <form ref={formRef} action={dispatch} onInput={onInput} key={state.revision} noValidate className="mt-6 print:hidden">
        <ToolFields tool="behovsscreening" />
        <TextField tool="behovsscreening" path="project" label="Område eller projekt" hint="Fx hjemmeplejen i jeres kommune" optional answers={state.answers} errors={state.errors} />
        <RowList tool="behovsscreening" count={rows.length} legend={(i) => `Behov ${i + 1}`} removeLabel={(i) => `Fjern behov ${i + 1}`} addLabel="Tilføj et behov" submitLabel="Sammenlign behovene" pending={pending}>
          {(i) => (
            <>
              <TextField tool="behovsscreening" path={`needs.${i}.title`} label="Kort titel" hint="Fx »Færre fald i eget hjem«" answers={state.answers} errors={state.errors} />
              <TextField tool="behovsscreening" path={`needs.${i}.description`} label="Hvad er behovet?" hint="Beskriv problemet, ikke løsningen" multiline answers={state.answers} errors={state.errors} />
              <TextField tool="behovsscreening" path={`needs.${i}.targetGroup`} label="Hvem er målgruppen?" answers={state.answers} errors={state.errors} />
              <TextField tool="behovsscreening" path={`needs.${i}.others`} label="Hvem har ellers behovet?" hint="Fx andre kommuner eller regioner" optional answers={state.answers} errors={state.errors} />
              <RadioField tool="behovsscreening" path={`needs.${i}.solutions`} label="Findes der løsninger i dag?" options={SOLUTION_OPTIONS} answers={state.answers} errors={state.errors} />
              <TextField tool="behovsscreening" path={`needs.${i}.solutionsNote`} label="Hvilke løsninger kender I?" optional answers={state.answers} errors={state.errors} />
              <h3 className="mb-3 mt-6 text-lg font-bold">Potentiale på de fem områder</h3>
              {DIMENSIONS.map((d) => (
                <RadioField key={d.id} tool="behovsscreening" path={`needs.${i}.${d.id}`} label={d.label} hint={d.hint} options={RATINGS} inline answers={state.answers} errors={state.errors} />
              ))}
            </>
          )}
        </RowList>
      </form>

      {ranked ? (
        <section id={resultAnchor("behovsscreening")} aria-labelledby="behovsscreening-resultat" className="mt-8 scroll-mt-4 border-t-4 border-brand pt-4">
          <h3 id="behovsscreening-resultat" ref={resultRef} tabIndex={-1} className="text-2xl font-bold">
            Prioriteret oversigt
          </h3>
          <ol className="mt-3 list-decimal space-y-2 pl-6">
            {ranked.map((need) => (
              <li key={need.index}>
                <strong>{need.title}</strong>: {need.score} af {MAX_SCORE} point. {need.advice}
              </li>
            ))}
          </ol>
          <div className="mt-6 overflow-x-auto" role="region" aria-label="Behovene side om side" tabIndex={0}>
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left font-bold">Behovene side om side</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="p-2">
                    Område
                  </th>
                  {ranked.map((need) => (
                    <th key={need.index} scope="col" className="p-2">
                      {need.rank}. {need.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {DIMENSIONS.map((d) => (
                  <tr key={d.id} className="border-b border-line-soft">
                    <th scope="row" className="p-2 font-semibold">
                      {d.label}
                    </th>
                    {ranked.map((need) => (
                      <td key={need.index} className="p-2">
                        {need.ratings[d.id]}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr className="border-b border-line-soft">
                  <th scope="row" className="p-2 font-semibold">
                    Findes der løsninger?
                  </th>
                  {ranked.map((need) => (
                    <td key={need.index} className="p-2">
                      {SOLUTION_OPTIONS.find((o) => o.value === need.solutions)?.label}
                    </td>
                  ))}
                </tr>
                <tr className="border-b-2 border-ink">
                  <th scope="row" className="p-2 font-bold">
                    I alt
                  </th>
                  {ranked.map((need) => (
                    <td key={need.index} className="p-2 font-bold">
                      {need.score}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
          <p className="mt-4">
            Næste skridt: vælg vej for det behov, der står øverst, med <a href="/vaerktoejer/vejvalg">vejvalget</a>.
          </p>
          <Downloads tool="behovsscreening" answers={state.answers} hydrated={hydrated} note="Word-filen er en prioriteret opsummering. Regnearket har behovene side om side." />
        </section>
      ) : null}
      <ResetForm tool="behovsscreening" dispatch={dispatch} confirming={state.confirm === "reset"} />
    </ToolFrame>
  );
}
