/**
 * Form parts and frames shared by the planning tools. Plain components without hooks, so server and client
 * code can both use them. Every control has a visible label; hints and errors are tied to it with aria-describedby.
 */
import type { ReactNode, Ref } from "react";
import { textAt, planningFieldId, type Draft } from "@/lib/planning/form";
import { DOWNLOAD_FORMATS, FORMAT_LABELS, PLANNING_LISTS, type PlanningState, type PlanningToolId } from "@/lib/planning/ids";
import { ErrorSummary, FieldError, FieldHint, FieldWrap, RadioOptions, ResetAnswers, fieldIds } from "@/components/forms/FieldParts";

interface FieldProps {
  tool: PlanningToolId;
  path: string;
  label: string;
  hint?: string;
  answers: Draft;
  errors: Record<string, string>;
  optional?: boolean;
}

const inputClass = (error?: string) => `mt-1 block w-full rounded border-2 px-3 py-2 ${error ? "border-error" : "border-ink"}`;

export function TextField({ tool, path, label, hint, answers, errors, optional, multiline, inputMode, width }: FieldProps & { multiline?: boolean; inputMode?: "decimal" | "numeric"; width?: string }) {
  const id = planningFieldId(tool, path);
  const error = errors[path];
  const { hintId, errorId, describedBy } = fieldIds(id, Boolean(hint), error);
  const common = { id, name: path, defaultValue: textAt(answers, path), "aria-describedby": describedBy, "aria-invalid": error ? true : undefined, className: `${inputClass(error)} ${width ?? ""}` };
  return (
    <FieldWrap error={error}>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {optional ? " (valgfri)" : ""}
      </label>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId} message={error} />
      {multiline ? <textarea {...common} rows={3} /> : <input {...common} type="text" inputMode={inputMode} autoComplete="off" />}
    </FieldWrap>
  );
}

export function RadioField({ tool, path, label, hint, answers, errors, options, inline, legendClass }: FieldProps & { options: readonly { value: string; label: string; hint?: string }[]; inline?: boolean; legendClass?: string }) {
  const id = planningFieldId(tool, path);
  const error = errors[path];
  const { hintId, errorId, describedBy } = fieldIds(id, Boolean(hint), error);
  const value = textAt(answers, path);
  return (
    <fieldset className={`mb-6 ${error ? "border-l-4 border-error pl-3" : ""}`} aria-describedby={describedBy} id={id} tabIndex={-1}>
      <legend className={legendClass ?? "font-semibold"}>{label}</legend>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId} message={error} />
      <RadioOptions id={id} name={path} options={options} checked={value} inline={inline} />
    </fieldset>
  );
}

export function SelectField({ tool, path, label, hint, answers, errors, options }: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const id = planningFieldId(tool, path);
  const error = errors[path];
  const { hintId, errorId, describedBy } = fieldIds(id, Boolean(hint), error);
  return (
    <FieldWrap error={error}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId} message={error} />
      <select id={id} name={path} defaultValue={textAt(answers, path)} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className={`${inputClass(error)} bg-white sm:w-auto`}>
        <option value="">Vælg</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldWrap>
  );
}

/** Where a form sent without JavaScript lands: the result when there is one, otherwise the tool with its errors. */
export const resultAnchor = (tool: PlanningToolId) => `${tool}-svar`;

/** The frame around a tool: title, notice, error summary, then the form and the result. */
export function ToolFrame({ state, title, summaryRef, hydrated, children }: { state: PlanningState; title: string; summaryRef: Ref<HTMLDivElement>; hydrated: boolean; children: ReactNode }) {
  return (
    <div id={state.done ? undefined : resultAnchor(state.tool)} className="not-prose my-8 scroll-mt-4 rounded border-2 border-brand p-4 md:p-6" data-tool={state.tool} data-hydrated={hydrated ? "true" : undefined}>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Værktøj</p>
      <h2 className="text-2xl font-bold" id={`${state.tool}-titel`}>
        {title}
      </h2>
      {state.notice ? (
        <p role="status" className="mt-4 border-l-4 border-brand bg-brand-light p-3">
          {state.notice}
        </p>
      ) : null}
      <ErrorSummary errors={Object.entries(state.errors)} idFor={(path) => planningFieldId(state.tool, path)} headingId={`${state.tool}-fejl`} summaryRef={summaryRef} level={3} />
      {children}
    </div>
  );
}

/** Hidden fields every tool form carries. */
export function ToolFields({ tool }: { tool: PlanningToolId }) {
  return <input type="hidden" name="tool" value={tool} />;
}

/** Download buttons: a plain form that posts the validated answers to /vaerktoejer/hent. */
export function Downloads({ tool, answers, hydrated, note }: { tool: PlanningToolId; answers: Draft; hydrated: boolean; note?: string }) {
  return (
    <div className="mt-6 print:hidden">
      <form method="post" action="/vaerktoejer/hent" className="flex flex-wrap gap-3">
        <input type="hidden" name="tool" value={tool} />
        <input type="hidden" name="answers" value={JSON.stringify(answers)} />
        {DOWNLOAD_FORMATS[tool].map((format, index) => (
          <button key={format} type="submit" name="format" value={format} className={`button ${index > 0 ? "button-secondary" : ""}`}>
            {FORMAT_LABELS[format]}
          </button>
        ))}
        {hydrated ? (
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            Udskriv
          </button>
        ) : null}
      </form>
      <p className="mt-2 text-sm text-muted">{note ?? "Filen laves ud fra dine svar her. Vi gemmer ikke dine svar."}</p>
    </div>
  );
}

/**
 * Start over: clears the answers here and in this browser. Apart from the buttons that move on, and asked twice: the
 * first press asks the reader to confirm, with and without JavaScript, and only the second deletes.
 */
export function ResetForm({ tool, dispatch, confirming }: { tool: PlanningToolId; dispatch: (form: FormData) => void; confirming: boolean }) {
  return <ResetAnswers id={`${tool}-slet`} hidden={<input type="hidden" name="tool" value={tool} />} action={dispatch} confirming={confirming} scope="i værktøjet" className="print:hidden" />;
}

/**
 * A list the reader grows and shrinks (needs, partners): a fieldset per row with its remove button, then the add
 * button and the tool's submit button. Plain submit buttons, so it works with JavaScript off; the limit is the server's.
 */
export function RowList({ tool, count, legend, removeLabel, addLabel, submitLabel, pending, children }: { tool: PlanningToolId; count: number; legend: (index: number) => ReactNode; removeLabel: (index: number) => string; addLabel: string; submitLabel: string; pending: boolean; children: (index: number) => ReactNode }) {
  const max = PLANNING_LISTS[tool]?.max ?? 1;
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <fieldset key={i} className="mb-6 rounded border border-line-soft p-4">
          <legend className="px-1 text-lg font-bold">{legend(i)}</legend>
          {children(i)}
          {count > 1 ? (
            <button type="submit" name="intent" value={`remove:${i}`} className="button button-secondary" formNoValidate>
              {removeLabel(i)}
            </button>
          ) : null}
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-3">
        {count < max ? (
          <button type="submit" name="intent" value="add" className="button button-secondary">
            {addLabel}
          </button>
        ) : null}
        <button type="submit" name="intent" value="check" className="button" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
