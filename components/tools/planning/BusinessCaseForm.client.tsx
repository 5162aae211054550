"use client";

import { BOTTOM_LINES, computeBusinessCase, LIMITS, MAX_YEARS, paybackText, readBusinessCase, type BusinessCase } from "@/lib/planning/business-case";
import { planningFieldId, textAt, type Draft } from "@/lib/planning/form";
import type { PlanningState } from "@/lib/planning/ids";
import { formatNumber } from "@/lib/format";
import { usePlanning } from "./usePlanning";
import { Downloads, ResetForm, SelectField, TextField, ToolFields, ToolFrame, resultAnchor } from "./parts";
import { BusinessCaseChart, signedKroner } from "./BusinessCaseChart";

type Action = (state: PlanningState, form: FormData) => Promise<PlanningState>;

const TOOL = "business-case";
const DEFAULT_PERIOD = "3";
const PERIOD_OPTIONS = Array.from({ length: MAX_YEARS }, (_, index) => ({ value: String(index + 1), label: `${index + 1} år` }));
const KINDS = [
  { suffix: "Cost", label: "Omkostninger" },
  { suffix: "Gain", label: "Gevinster" },
] as const;

/** The number of years the reader has chosen; the default while nothing valid is chosen. */
function yearCount(draft: Draft): number {
  const period = Number(textAt(draft, "period"));
  return Number.isInteger(period) && period >= 1 && period <= MAX_YEARS ? period : Number(DEFAULT_PERIOD);
}

/** The download route validates again: only hand it the live answers when they would pass. */
const downloadable = (input: BusinessCase | null) => Boolean(input && input.title && input.title.length <= LIMITS.title && (input.qualityNote?.length ?? 0) <= LIMITS.qualityNote);

export function BusinessCaseForm({ action, initial }: { action: Action; initial: PlanningState }) {
  const { state, dispatch, pending, hydrated, answers, onInput, formRef, summaryRef, resultRef } = usePlanning(action, initial);
  const count = yearCount(answers);
  const periodAnswers: Draft = { ...state.answers, period: textAt(state.answers, "period") || DEFAULT_PERIOD };

  const live = readBusinessCase(answers);
  const input = state.done ? (live ?? readBusinessCase(state.answers)) : null;
  const result = input ? computeBusinessCase(input) : null;
  const stale = state.done && !live;

  return (
    <ToolFrame state={state} title="Business case light" summaryRef={summaryRef} hydrated={hydrated}>
      <form ref={formRef} action={dispatch} onInput={onInput} key={state.revision} noValidate className="mt-6 print:hidden">
        <ToolFields tool={TOOL} />
        <TextField tool={TOOL} path="title" label="Projektets navn" answers={state.answers} errors={state.errors} />
        <SelectField tool={TOOL} path="period" label="Hvor mange år dækker business casen?" options={PERIOD_OPTIONS} answers={periodAnswers} errors={state.errors} />
        {hydrated ? null : (
          <p className="-mt-2 mb-5">
            <button type="submit" name="intent" value="refresh" className="button button-secondary" disabled={pending}>
              Opdater antal år
            </button>
          </p>
        )}
        <TextField tool={TOOL} path="rate" label="Diskonteringsrente" hint="I procent, fx 3,5. Lad feltet stå tomt, hvis I ikke vil tilbagediskontere" answers={state.answers} errors={state.errors} optional inputMode="decimal" width="sm:w-40" />

        <h3 className="mt-6 text-lg font-bold">Omkostninger og gevinster år for år</h3>
        <p className="mb-2 text-muted">Skriv omkostninger og gevinster i hele kroner for hvert år. Lad et felt stå tomt, hvis beløbet er 0.</p>
        <div role="region" aria-label="Tabel med beløb (kan rulles vandret)" tabIndex={0} className="scroll-region mb-6 overflow-x-auto">
          <table className="border-collapse text-left">
            {/* The visible heading above says the same; a caption as wide as the table would be cut off on a phone. */}
            <caption className="sr-only">Omkostninger og gevinster i kroner pr. år</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  Post
                </th>
                {Array.from({ length: count }, (_, index) => (
                  <th key={index} scope="col" className="px-1 py-2 whitespace-nowrap">
                    År {index + 1}
                  </th>
                ))}
              </tr>
            </thead>
            {BOTTOM_LINES.map((line) => (
              <tbody key={line.id}>
                <tr>
                  <th scope="rowgroup" colSpan={count + 1} className="bg-surface px-2 py-2 font-bold">
                    {line.label}
                  </th>
                </tr>
                {KINDS.map((kind) => (
                  <tr key={kind.suffix} className="border-b border-line-soft">
                    <th scope="row" className="py-2 pr-4 align-top font-semibold">
                      {kind.label}
                    </th>
                    {Array.from({ length: count }, (_, index) => {
                      const path = `years.${index}.${line.id}${kind.suffix}`;
                      const id = planningFieldId(TOOL, path);
                      const error = state.errors[path];
                      const errorId = `${id}-fejl`;
                      return (
                        <td key={index} className="px-1 py-2 align-top">
                          <label htmlFor={id} className="sr-only">
                            {`${line.label}, ${kind.label.toLowerCase()}, år ${index + 1}`}
                          </label>
                          <input
                            id={id}
                            name={path}
                            type="text"
                            inputMode="numeric"
                            autoComplete="off"
                            defaultValue={textAt(state.answers, path)}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? errorId : undefined}
                            className={`block w-28 rounded border-2 px-2 py-1 text-right tabular-nums ${error ? "border-error" : "border-ink"}`}
                          />
                          {error ? (
                            <p id={errorId} className="mt-1 w-28 text-sm font-bold text-error">
                              <span className="sr-only">Fejl: </span>
                              {error}
                            </p>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>

        <TextField tool={TOOL} path="qualityNote" label="Kvalitet, der ikke kan gøres op i kroner" hint="Fx tryghed for borgeren eller bedre arbejdsmiljø" answers={state.answers} errors={state.errors} optional multiline />
        <button type="submit" name="intent" value="check" className="button" disabled={pending}>
          Beregn
        </button>
      </form>

      {result && input ? (
        <section id={resultAnchor("business-case")} aria-labelledby="business-case-resultat" className="mt-8 scroll-mt-4 border-t-4 border-brand pt-4">
          <h3 id="business-case-resultat" ref={resultRef} tabIndex={-1} className="text-2xl font-bold">
            Resultat
          </h3>
          {input.title ? <p className="mt-1 text-muted">{input.title}</p> : null}
          {stale ? (
            <p className="mt-3 border-l-8 border-warning bg-warning-light p-3">
              Resultatet viser tallene fra sidst, det kunne beregnes. Ret de felter, der ikke er et beløb, fx 25000, og tryk på »Beregn«.
            </p>
          ) : null}

          <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[14rem_1fr]">
            <dt className="font-semibold">Omkostninger i alt</dt>
            <dd className="tabular-nums">{signedKroner(result.totalCost)}</dd>
            <dt className="font-semibold">Gevinster i alt</dt>
            <dd className="tabular-nums">{signedKroner(result.totalGain)}</dd>
            <dt className="font-semibold">Nettoværdi</dt>
            <dd>
              <span className="tabular-nums">{signedKroner(result.net)}</span> <span className="text-muted">(gevinster minus omkostninger)</span>
            </dd>
            {input.rate > 0 ? (
              <>
                <dt className="font-semibold">Nutidsværdi</dt>
                <dd>
                  <span className="tabular-nums">{signedKroner(result.presentValue)}</span> <span className="text-muted">(nettoværdien tilbagediskonteret med {formatNumber(input.rate)} % om året)</span>
                </dd>
              </>
            ) : null}
            <dt className="font-semibold">Tilbagebetaling</dt>
            <dd>{paybackText(result)}</dd>
          </dl>

          <h4 className="mt-6 text-xl font-bold">Fordelt på de tre bundlinjer</h4>
          <div role="region" aria-label="Tabel fordelt på bundlinjer (kan rulles vandret)" tabIndex={0} className="scroll-region mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Omkostninger, gevinster og netto for hver bundlinje i hele perioden</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    Bundlinje
                  </th>
                  <th scope="col" className="px-2 py-2 text-right">
                    Omkostninger
                  </th>
                  <th scope="col" className="px-2 py-2 text-right">
                    Gevinster
                  </th>
                  <th scope="col" className="px-2 py-2 text-right">
                    Netto
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.perLine.map((line) => (
                  <tr key={line.id} className="border-b border-line-soft">
                    <th scope="row" className="py-2 pr-4 font-semibold">
                      {line.label}
                    </th>
                    <td className="px-2 py-2 text-right whitespace-nowrap tabular-nums">{signedKroner(line.cost)}</td>
                    <td className="px-2 py-2 text-right whitespace-nowrap tabular-nums">{signedKroner(line.gain)}</td>
                    <td className="px-2 py-2 text-right whitespace-nowrap tabular-nums">{signedKroner(line.net)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t-2 border-ink">
                  <th scope="row" className="py-2 pr-4 font-bold">
                    I alt
                  </th>
                  <td className="px-2 py-2 text-right font-bold whitespace-nowrap tabular-nums">{signedKroner(result.totalCost)}</td>
                  <td className="px-2 py-2 text-right font-bold whitespace-nowrap tabular-nums">{signedKroner(result.totalGain)}</td>
                  <td className="px-2 py-2 text-right font-bold whitespace-nowrap tabular-nums">{signedKroner(result.net)}</td>
                </tr>
              </tfoot>
            </table>
          </div>

          <h4 className="mt-6 text-xl font-bold">Nettoværdi år for år</h4>
          <BusinessCaseChart result={result} idPrefix="business-case-diagram" rate={input.rate} />

          {input.qualityNote ? (
            <>
              <h4 className="mt-6 text-xl font-bold">Kvalitet, der ikke kan gøres op i kroner</h4>
              <p className="mt-2 whitespace-pre-line">{input.qualityNote}</p>
            </>
          ) : null}

          <Downloads tool={TOOL} answers={downloadable(live) ? answers : state.answers} hydrated={hydrated} note="Regnearket indeholder formler, så du kan regne videre i det." />
        </section>
      ) : null}
      <ResetForm tool={TOOL} dispatch={dispatch} confirming={state.confirm === "reset"} />
    </ToolFrame>
  );
}
