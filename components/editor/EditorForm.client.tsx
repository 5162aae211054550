"use client";

import { useActionState, useEffect, useRef } from "react";
import { EDITOR_FIELDS, EDITOR_TARGETS, type EditorField } from "@/lib/editor/fields";
import { useHydrated } from "@/lib/browser/storage";
import type { EditorState } from "./actions";
import { ErrorSummary, FieldError, FieldHint, FieldWrap, fieldIds } from "@/components/forms/FieldParts";

type Action = (state: EditorState, form: FormData) => Promise<EditorState>;

/** A plain HTML form (works without JavaScript) that returns a ready content file and how to submit it. */
export function EditorForm({ action, initial, repositoryUrl, branch }: { action: Action; initial: EditorState; repositoryUrl: string; branch: string }) {
  const [state, dispatch, pending] = useActionState(action, initial);
  const hydrated = useHydrated();
  const summary = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLHeadingElement>(null);
  const errors = Object.entries(state.errors);
  const target = EDITOR_TARGETS[state.kind];

  useEffect(() => {
    if (state.revision === 0) return;
    if (errors.length > 0) summary.current?.focus();
    else if (state.file) result.current?.focus();
  }, [state.revision, errors.length, state.file]);

  const githubUrl = state.file
    ? `${repositoryUrl}/new/${branch}/${target.folder}?filename=${encodeURIComponent(state.file.name)}&value=${encodeURIComponent(state.file.mdx)}`
    : "";

  return (
    <div data-hydrated={hydrated ? "true" : undefined} className="not-prose mt-8">
      <ErrorSummary errors={errors} idFor={(name) => `e-${name}`} headingId="editor-fejl" summaryRef={summary} />
      <form action={dispatch} key={state.revision} className="max-w-2xl" noValidate>
        {/* Names the form, so the server can start afresh with the right fields if the state it gets back is unusable. */}
        <input type="hidden" name="kind" value={state.kind} />
        {EDITOR_FIELDS[state.kind].map((field) => (
          <EditorInput key={field.name} field={field} value={state.values[field.name]} error={state.errors[field.name]} />
        ))}
        <button type="submit" className="button" disabled={pending}>
          Lav filen
        </button>
      </form>
      {state.file ? (
        <section aria-labelledby="editor-resultat" className="mt-10 max-w-3xl rounded border-2 border-success p-4">
          <h2 id="editor-resultat" ref={result} tabIndex={-1} className="text-2xl font-bold">
            Filen er klar: {state.file.name}
          </h2>
          <p className="mt-2">Filen er tjekket efter de samme regler som resten af guidens indhold. Sådan sender du {target.label}:</p>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            <li>
              <a href={githubUrl}>Åbn en ny fil i kildekoden</a> med indholdet udfyldt, og foreslå ændringen (et pull request). Du skal have en GitHub-konto.
            </li>
            <li>Eller hent filen, og send den til redaktionen, eller læg den i mappen {target.folder}/ selv.</li>
          </ol>
          <form method="post" action="/indsend/fil" className="mt-3">
            <input type="hidden" name="kind" value={state.kind} />
            <input type="hidden" name="mdx" value={state.file.mdx} />
            <button type="submit" className="button button-secondary">
              Hent {state.file.name}
            </button>
          </form>
          <label htmlFor="editor-mdx" className="mt-4 block font-bold">
            Filens indhold
          </label>
          <textarea id="editor-mdx" readOnly value={state.file.mdx} rows={14} className="mt-1 w-full rounded border-2 border-ink p-2 font-mono text-sm" />
        </section>
      ) : null}
    </div>
  );
}

function EditorInput({ field, value, error }: { field: EditorField; value: string | string[] | undefined; error?: string }) {
  const id = `e-${field.name}`;
  const { hintId, errorId, describedBy } = fieldIds(id, Boolean(field.hint), error);
  const label = `${field.label}${field.optional ? " (valgfri)" : ""}`;
  const box = `mt-1 block w-full rounded border-2 px-3 py-2 ${error ? "border-error" : "border-ink"}`;
  const hint = <FieldHint id={hintId}>{field.hint}</FieldHint>;
  const errorLine = <FieldError id={errorId} message={error} />;
  const wrap = `mb-5 ${error ? "border-l-4 border-error pl-3" : ""}`;
  const text = typeof value === "string" ? value : "";
  const chosen = Array.isArray(value) ? value : [];

  if (field.kind === "checkboxes") {
    return (
      <fieldset id={id} tabIndex={-1} className={wrap} aria-describedby={describedBy}>
        <legend className="font-semibold">{label}</legend>
        {hint}
        {errorLine}
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
          {field.options?.map((option) => (
            <div key={option.value} className="flex items-center gap-2">
              <input id={`${id}-${option.value}`} type="checkbox" name={field.name} value={option.value} defaultChecked={chosen.includes(option.value)} className="h-5 w-5 accent-brand" />
              <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  }
  if (field.kind === "checkbox") {
    return (
      <FieldWrap error={error}>
        {errorLine}
        <div className="flex items-start gap-3">
          <input id={id} type="checkbox" name={field.name} defaultChecked={text === "ja"} aria-describedby={describedBy} className="mt-1 h-6 w-6 accent-brand" />
          <div>
            <label htmlFor={id} className="font-semibold">
              {field.label}
            </label>
            {hint}
          </div>
        </div>
      </FieldWrap>
    );
  }
  return (
    <FieldWrap error={error}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint}
      {errorLine}
      {field.kind === "select" ? (
        <select id={id} name={field.name} defaultValue={text} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className={box}>
          <option value="">Vælg</option>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : field.kind === "textarea" || field.kind === "lines" ? (
        <textarea id={id} name={field.name} defaultValue={text} rows={field.name === "body" ? 10 : 3} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className={box} />
      ) : (
        <input id={id} name={field.name} type={field.kind === "date" ? "date" : field.kind === "email" ? "email" : "text"} defaultValue={text} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className={box} />
      )}
    </FieldWrap>
  );
}
