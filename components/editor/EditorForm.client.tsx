"use client";

import { useActionState, useEffect, useRef } from "react";
import { EDITOR_FIELDS, EDITOR_TARGETS, type EditorField } from "@/lib/editor/fields";
import { editorChannels, type ChannelInput, type EditorChannels } from "@/lib/editor/channels";
import { useHydrated } from "@/lib/browser/storage";
import type { EditorState } from "./actions";
import { ErrorSummary, FieldError, FieldHint, FieldWrap, fieldIds } from "@/components/forms/FieldParts";

type Action = (state: EditorState, form: FormData) => Promise<EditorState>;

/** A plain HTML form (works without JavaScript) that returns a ready content file and how to submit it. */
export function EditorForm({
  action,
  initial,
  repositoryUrl,
  branch,
  owner,
}: {
  action: Action;
  initial: EditorState;
  repositoryUrl: string;
  branch: string;
  owner?: ChannelInput["owner"];
}) {
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

  const channels = state.file ? editorChannels({ kind: state.kind, file: state.file, values: state.values, repositoryUrl, branch, owner }) : undefined;

  return (
    <div data-hydrated={hydrated ? "true" : undefined} className="not-prose mt-8">
      <ErrorSummary errors={errors} idFor={(name) => `e-${name}`} headingId="editor-fejl" summaryRef={summary} />
      <form action={dispatch} key={state.revision} className="max-w-2xl" noValidate>
        {/* Names the form, so the server can start afresh with the right fields if the state it gets back is unusable.
            Not "kind": that is the listing form's own field »Type«, which FormData.get would read from here. */}
        <input type="hidden" name="editorForm" value={state.kind} />
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
          <p className="mt-2">Filen er tjekket efter de samme regler som resten af guidens indhold.</p>
          <form method="post" action="/indsend/fil" className="mt-3">
            <input type="hidden" name="kind" value={state.kind} />
            <input type="hidden" name="mdx" value={state.file.mdx} />
            <button type="submit" className="button button-secondary">
              Hent {state.file.name}
            </button>
          </form>
          {channels ? <SendChannels channels={channels} fileName={state.file.name} what={target.label} /> : null}
          <label htmlFor="editor-mdx" className="mt-4 block font-bold">
            Filens indhold
          </label>
          <textarea id="editor-mdx" readOnly value={state.file.mdx} rows={14} className="mt-1 w-full rounded border-2 border-ink p-2 font-mono text-sm" />
        </section>
      ) : null}
    </div>
  );
}

/** How to send the ready file: to the editors when the site has them, then GitHub's issue form, then git. */
function SendChannels({ channels, fileName, what }: { channels: EditorChannels; fileName: string; what: string }) {
  const { editors, issueForm } = channels;
  return (
    <>
      <h3 className="mt-6 text-xl font-bold">Sådan sender du {what}</h3>
      {editors ? (
        <>
          <h4 className="mt-4 font-bold">Send filen til redaktionen</h4>
          <p className="mt-1">
            {editors.email ? (
              <>
                Skriv til redaktionen hos {editors.name} på <a href={editors.href}>{editors.label}</a>, og vedhæft {fileName}.
              </>
            ) : (
              <>
                Send {fileName} til redaktionen hos {editors.name} via <a href={editors.href}>{editors.label}</a>.
              </>
            )}{" "}
            Redaktionen tjekker {what}, før den kommer på siden.
          </p>
        </>
      ) : (
        <p className="mt-2">
          Guiden har endnu ingen redaktion med en adresse, du kan sende filen til.
          {issueForm ? " Du kan i stedet bruge GitHub eller git, som beskrevet herunder." : " Du kan indtil videre kun sende opslaget med git, som beskrevet herunder."}
        </p>
      )}
      {issueForm ? (
        <>
          <h4 className="mt-4 font-bold">Brug formularen på GitHub</h4>
          <p className="mt-1">
            Har du en konto på GitHub, kan du udfylde <a href={issueForm.href}>formularen »Indsend en case« på GitHub</a>. Du behøver ikke kunne git. Formularen har de samme felter som her, og
            guidens robot laver filen, som en redaktør tjekker.
            {issueForm.prefilled ? " Dine tekstsvar er sat ind på forhånd; dine valg (fx faser og område) skal du sætte igen." : " Dine svar er for lange til at blive sat ind på forhånd; kopiér dem fra felterne her."}
          </p>
        </>
      ) : null}
      <h4 className="mt-4 font-bold">Kender du git?</h4>
      <p className="mt-1">
        <a href={channels.newFile}>Åbn en ny fil i kildekoden</a> med indholdet udfyldt, og foreslå den som et pull request. Du kan også lægge filen i mappen {channels.folder}/ selv.
      </p>
    </>
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
