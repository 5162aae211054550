"use client";

import { startTransition, useActionState, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DOCUMENTS } from "@/lib/agreements/steps";
import { KNOWLEDGE_TYPE_QUESTION, PARTY_QUESTIONS, QUESTIONS, type Question } from "@/lib/agreements/questions";
import { buildModel, type ModelNote } from "@/lib/agreements/model";
import type { Template } from "@/lib/agreements/template";
import { fieldId, mergeAnswers, parseAnswers, partyCount, readStep, valueAt, type Draft, type FlowState } from "@/lib/agreements/form";
import { useSavedAnswers } from "@/lib/browser/storage";
import { partyFieldsOf, type DocumentId, type StepDefinition } from "@/lib/agreements/steps";
import { MAX_UPLOAD, MAX_UPLOAD_TEXT } from "@/lib/agreements/upload";
import { reviewStatement } from "@/lib/agreements/review";
import { DocumentPreview } from "./DocumentPreview";
import { unprintableAnswers, unprintableMessage } from "@/lib/agreements/printable";
import { ErrorSummary, FieldError, FieldHint, FieldWrap, RadioOptions, fieldIds } from "@/components/forms/FieldParts";

/** One answer set for all the documents, kept only in this browser. */
const STORAGE_KEY = "opi-guiden:aftale-svar";

type Action = (state: FlowState, form: FormData) => Promise<FlowState>;

export function AgreementBuilder({
  document,
  template,
  action,
  today,
  initial,
}: {
  document: DocumentId;
  template: Template;
  action: Action;
  today: string;
  initial: FlowState;
}) {
  const [state, dispatch, pending] = useActionState(action, initial);
  const [draft, setDraft] = useState<Draft | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const steps = DOCUMENTS[document].steps;
  const step = steps[state.step];
  const reviewing = state.step >= steps.length;
  const answers = draft ?? state.answers;
  const errorEntries = Object.entries(state.errors);

  // After a reload: bring back the answers saved in this browser, once.
  const restore = useCallback(
    (stored: string | null) => {
      // Answers handed in by the page (e.g. from the vejvalg) win over the saved ones they answer.
      const saved: Draft = { ...parseAnswers(stored) };
      for (const [section, values] of Object.entries(initial.answers)) {
        const previous = saved[section];
        saved[section] = values && typeof values === "object" && !Array.isArray(values) ? { ...(previous && typeof previous === "object" ? previous : {}), ...values } : values;
      }
      if (Object.keys(saved).length === 0) return;
      const form = new FormData();
      form.set("document", document);
      form.set("intent", "goto:0");
      form.set("step", String(steps.length));
      form.set("answers", JSON.stringify(saved));
      startTransition(() => dispatch(form));
    },
    [document, steps.length, dispatch, initial.answers],
  );
  const { hydrated, store } = useSavedAnswers(STORAGE_KEY, state.revision, state.answers, restore);

  useEffect(() => {
    if (errorEntries.length > 0) summaryRef.current?.focus();
  }, [state.revision, errorEntries.length]);

  function onInput() {
    if (!formRef.current || !step) return;
    const form = new FormData(formRef.current);
    const merged = mergeAnswers(state.answers, step, readStep(form, step, state.answers));
    setDraft(merged);
    store(JSON.stringify(merged));
  }

  const model = useMemo(() => buildModel(template, answers, { today }), [template, answers, today]);
  const title = reviewing ? "Tjek dine svar" : QUESTIONS[step!.section].title;

  return (
    <div className="not-prose my-8 rounded border-2 border-brand p-4 md:p-6" data-hydrated={hydrated ? "true" : undefined} data-builder={document}>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{DOCUMENTS[document].title}</p>
      <p className="text-sm text-muted" data-testid="skabelon-status">
        Skabelon version {template.version} · {reviewStatement(template)}
      </p>
      <h2 className="text-2xl font-bold" id={`${document}-titel`}>
        {reviewing ? "Tjek dine svar" : `Trin ${state.step + 1} af ${steps.length}: ${title}`}
      </h2>
      <ol className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="Trin">
        {steps.map((s, index) => (
          <li key={s.section} aria-current={index === state.step ? "step" : undefined} className={`rounded px-2 py-1 ${index === state.step ? "bg-brand text-white" : index < state.step ? "bg-brand-light" : "bg-surface"}`}>
            {index + 1}. {QUESTIONS[s.section].title}
          </li>
        ))}
        <li aria-current={reviewing ? "step" : undefined} className={`rounded px-2 py-1 ${reviewing ? "bg-brand text-white" : "bg-surface"}`}>
          Tjek dine svar
        </li>
      </ol>

      {state.notice ? (
        <p role="status" className="mt-4 border-l-4 border-brand bg-brand-light p-3">
          {state.notice}
        </p>
      ) : null}

      <ErrorSummary errors={errorEntries} idFor={(path) => fieldId(document, path)} headingId={`${document}-fejl`} summaryRef={summaryRef} level={3} />

      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
        <div>
          {reviewing ? (
            <Review document={document} answers={state.answers} dispatch={dispatch} pending={pending} notes={model.notes} />
          ) : (
            <form ref={formRef} action={dispatch} onInput={onInput} key={state.revision} noValidate>
              <input type="hidden" name="document" value={document} />
              <input type="hidden" name="step" value={state.step} />
              <input type="hidden" name="answers" value={JSON.stringify(state.answers)} />
              <p className="mb-4">{QUESTIONS[step!.section].intro}</p>
              {step!.section === "parties" ? (
                <PartiesStep document={document} step={step!} answers={state.answers} errors={state.errors} />
              ) : (
                (step!.fields ?? Object.keys(QUESTIONS[step!.section].fields)).map((field) => {
                  const question = QUESTIONS[step!.section].fields[field];
                  if (!question || !shown(question, step!.section, answers, state.answers, hydrated)) return null;
                  return <Field key={field} document={document} path={`${step!.section}.${field}`} question={question} answers={state.answers} errors={state.errors} />;
                })
              )}
              <div className="mt-6 flex flex-wrap gap-3">
                {state.step > 0 ? (
                  <button type="submit" name="intent" value="back" className="button button-secondary" formNoValidate>
                    Tilbage
                  </button>
                ) : null}
                <button type="submit" name="intent" value="next" className="button" disabled={pending}>
                  {state.step === steps.length - 1 ? "Tjek dine svar" : "Fortsæt"}
                </button>
              </div>
            </form>
          )}
          <ResumeForm document={document} step={state.step} answers={state.answers} dispatch={dispatch} error={state.errors.file} />
        </div>
        <details className="self-start rounded border border-line-soft bg-surface p-4 lg:sticky lg:top-4" open={hydrated ? true : undefined}>
          <summary className="cursor-pointer font-bold">Se udkastet</summary>
          <div className="mt-3 max-h-[70vh] overflow-y-auto bg-white p-3" tabIndex={0} role="region" aria-label="Udkast til dokumentet">
            <DocumentPreview model={model} />
          </div>
        </details>
      </div>
    </div>
  );
}

function Field({ document, path, question, answers, errors }: { document: string; path: string; question: Question; answers: Draft; errors: Record<string, string> }) {
  const id = fieldId(document, path);
  const error = errors[path];
  const value = valueAt(answers, path);
  const { hintId, errorId, describedBy } = fieldIds(id, Boolean(question.hint), error);
  const label = `${question.label}${question.optional ? " (valgfri)" : ""}`;
  const wrap = `mb-5 ${error ? "border-l-4 border-error pl-3" : ""}`;
  const errorLine = <FieldError id={errorId} message={error} />;
  const hint = <FieldHint id={hintId}>{question.hint}</FieldHint>;
  const input = "mt-1 block w-full rounded border-2 border-ink px-3 py-2";

  if (question.kind === "checkbox") {
    return (
      <FieldWrap error={error}>
        {errorLine}
        <div className="flex items-start gap-3">
          <input id={id} name={path} type="checkbox" defaultChecked={value === true} aria-describedby={describedBy} className="mt-1 h-6 w-6 shrink-0 accent-brand" />
          <div>
            <label htmlFor={id} className="font-semibold">
              {question.label}
            </label>
            {hint}
          </div>
        </div>
      </FieldWrap>
    );
  }
  if (question.kind === "radio" || question.kind === "yesno") {
    const options = question.kind === "yesno" ? YES_NO : (question.options ?? []);
    return (
      <fieldset className={wrap} aria-describedby={describedBy} id={id} tabIndex={-1}>
        <legend className="font-semibold">{label}</legend>
        {hint}
        {errorLine}
        <RadioOptions id={id} name={path} options={options} checked={typeof value === "boolean" ? String(value) : value} inline={question.kind === "yesno"} />
      </fieldset>
    );
  }
  const common = {
    id,
    name: path,
    defaultValue: value === undefined || value === null ? "" : String(value),
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    className: `${input} ${error ? "border-error" : ""}`,
  };
  return (
    <FieldWrap error={error}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint}
      {errorLine}
      {question.kind === "textarea" ? (
        <textarea {...common} rows={3} />
      ) : (
        <div className="flex items-center gap-2">
          <input {...common} type={question.kind === "date" ? "date" : "text"} inputMode={question.kind === "number" ? "numeric" : undefined} autoComplete={path.endsWith(".name") ? "organization" : "off"} />
          {question.unit ? <span>{question.unit}</span> : null}
        </div>
      )}
    </FieldWrap>
  );
}

const YES_NO = [
  { value: "true", label: "Ja" },
  { value: "false", label: "Nej" },
];

/**
 * Whether a field is shown. A field that depends on an answer in the same step stays in the page until JavaScript
 * runs (the reader may still change that answer; the hint says when to answer); one that depends on an earlier step
 * is left out as soon as that answer rules it out.
 */
function shown(question: Question, section: string, live: Draft, saved: Draft, hydrated: boolean): boolean {
  return (question.showIf ?? []).every((condition) => {
    const sameStep = condition.path.startsWith(`${section}.`);
    if (sameStep && !hydrated) return true;
    return condition.equals.includes(valueAt(sameStep ? live : saved, condition.path) as string | boolean);
  });
}

function PartyFields({ document, prefix, legend, fields, answers, errors }: { document: string; prefix: string; legend: string; fields: string[]; answers: Draft; errors: Record<string, string> }) {
  return (
    <fieldset className="mb-6 rounded border border-line-soft p-4">
      <legend className="px-1 text-lg font-bold">{legend}</legend>
      {fields.map((field) => {
        const question = PARTY_QUESTIONS[field];
        return question ? <Field key={field} document={document} path={`${prefix}.${field}`} question={question} answers={answers} errors={errors} /> : null;
      })}
    </fieldset>
  );
}

const GROUPS = {
  publics: { one: "Den offentlige part", numbered: "Offentlig part", add: "Tilføj en offentlig part", remove: "Fjern offentlig part" },
  companies: { one: "Virksomheden", numbered: "Virksomhed", add: "Tilføj en virksomhed", remove: "Fjern virksomhed" },
} as const;

function PartyList({ document, step, group, answers, errors }: { document: DocumentId; step: StepDefinition; group: keyof typeof GROUPS; answers: Draft; errors: Record<string, string> }) {
  const count = partyCount(answers, group);
  const words = GROUPS[group];
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <div key={i}>
          <PartyFields document={document} prefix={`parties.${group}.${i}`} legend={count > 1 ? `${words.numbered} ${i + 1}` : words.one} fields={partyFieldsOf(step, group)} answers={answers} errors={errors} />
          {count > 1 ? (
            <button type="submit" name="intent" value={`remove-${group}:${i}`} className="button button-secondary -mt-4 mb-6">
              {words.remove} {i + 1}
            </button>
          ) : null}
        </div>
      ))}
      <button type="submit" name="intent" value={`add-${group}`} className="button button-secondary mb-6">
        {words.add}
      </button>
    </>
  );
}

function PartiesStep({ document, step, answers, errors }: { document: DocumentId; step: StepDefinition; answers: Draft; errors: Record<string, string> }) {
  const hasKnowledge = answers.parties?.hasKnowledgeInstitution === true;
  return (
    <>
      <PartyList document={document} step={step} group="publics" answers={answers} errors={errors} />
      <PartyList document={document} step={step} group="companies" answers={answers} errors={errors} />
      <div className="mb-4 flex items-start gap-3">
        <input id={fieldId(document, "parties.hasKnowledgeInstitution")} name="parties.hasKnowledgeInstitution" type="checkbox" defaultChecked={hasKnowledge} className="mt-1 h-6 w-6 accent-brand" />
        <label htmlFor={fieldId(document, "parties.hasKnowledgeInstitution")} className="font-semibold">
          En videninstitution er med i samarbejdet
        </label>
      </div>
      {hasKnowledge ? (
        <>
          <Field document={document} path="parties.knowledgeType" question={KNOWLEDGE_TYPE_QUESTION} answers={answers} errors={errors} />
          <PartyFields document={document} prefix="parties.knowledge" legend="Videninstitutionen" fields={partyFieldsOf(step, "knowledge")} answers={answers} errors={errors} />
        </>
      ) : (
        <p className="mb-4 text-sm text-muted">Sæt kryds og tryk på Fortsæt for at udfylde videninstitutionen.</p>
      )}
    </>
  );
}

function display(value: unknown, question?: Question): string {
  if (value === undefined || value === null || value === "") return "Ikke udfyldt";
  if (typeof value === "boolean") return value ? "Ja" : "Nej";
  const option = question?.options?.find((o) => o.value === value);
  if (option) return option.label;
  return `${String(value)}${question?.unit ? ` ${question.unit}` : ""}`;
}

/** A note for the jurist, with a link to the page of the guide that explains it. */
function NoteText({ note }: { note: ModelNote }) {
  return (
    <>
      {note.text}
      {note.link ? (
        <>
          {" "}
          <a href={note.link}>Læs mere</a>
        </>
      ) : null}
    </>
  );
}

function Review({
  document,
  answers,
  dispatch,
  pending,
  notes,
}: {
  document: DocumentId;
  answers: Draft;
  dispatch: (form: FormData) => void;
  pending: boolean;
  notes: ModelNote[];
}) {
  const steps = DOCUMENTS[document].steps;
  const json = JSON.stringify(answers);
  const stops = notes.filter((note) => note.stop);
  const others = notes.filter((note) => !note.stop);
  return (
    <div>
      <p>Tjek, at svarene er rigtige. Ret et svar med knappen ud for det. Hent derefter udkastet.</p>
      <form action={dispatch}>
        <input type="hidden" name="document" value={document} />
        <input type="hidden" name="step" value={steps.length} />
        <input type="hidden" name="answers" value={json} />
        {steps.map((step, index) => {
          const rows: { label: string; value: string }[] = [];
          if (step.section === "parties") {
            const parties = answers.parties;
            const publics = parties?.publics ?? [];
            publics.forEach((party, i) => rows.push({ label: publics.length > 1 ? `Offentlig part ${i + 1}` : "Den offentlige part", value: display(party.name) }));
            (parties?.companies ?? []).forEach((company, i) => rows.push({ label: `Virksomhed ${i + 1}`, value: display(company.name) }));
            if (parties?.hasKnowledgeInstitution) {
              rows.push({ label: "Videninstitution", value: display(parties.knowledge?.name) });
              rows.push({ label: KNOWLEDGE_TYPE_QUESTION.label, value: display(parties.knowledgeType, KNOWLEDGE_TYPE_QUESTION) });
            }
          } else {
            for (const field of step.fields ?? Object.keys(QUESTIONS[step.section].fields)) {
              const question = QUESTIONS[step.section].fields[field];
              if (question && shown(question, "", answers, answers, true)) rows.push({ label: question.label, value: display(valueAt(answers, `${step.section}.${field}`), question) });
            }
          }
          return (
            <section key={step.section} className="mb-6" aria-labelledby={`${document}-svar-${step.section}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-ink pb-1">
                <h3 id={`${document}-svar-${step.section}`} className="text-lg font-bold">
                  {QUESTIONS[step.section].title}
                </h3>
                <button type="submit" name="intent" value={`goto:${index}`} className="font-semibold text-brand underline">
                  Ret<span className="sr-only"> {QUESTIONS[step.section].title.toLowerCase()}</span>
                </button>
              </div>
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
                {rows.map((row) => (
                  <div key={row.label} className="contents">
                    <dt className="font-semibold">{row.label}</dt>
                    <dd className="whitespace-pre-line break-words">{row.value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
        {answers.vejvalg && typeof answers.vejvalg === "object" ? (
          <section className="mb-6" aria-labelledby={`${document}-svar-vejvalg`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-ink pb-1">
              <h3 id={`${document}-svar-vejvalg`} className="text-lg font-bold">
                Svar fra vejvalget
              </h3>
              <button type="submit" name="intent" value="forget-vejvalg" className="font-semibold text-brand underline">
                Fjern<span className="sr-only"> svarene fra vejvalget</span>
              </button>
            </div>
            <p className="mt-2">Jeres svar fra vejvalget følger med aftalen. Læsevejledningen sidst i aftalen viser vejvalgets anbefaling, begrundelsen og kilderne.</p>
          </section>
        ) : null}
      </form>
      {stops.map((note, index) => (
        <section key={note.title} aria-labelledby={`${document}-stop-${index}`} className="mt-6 border-l-8 border-error bg-warning-light p-4">
          <h3 id={`${document}-stop-${index}`} className="text-lg font-bold">
            {note.title}
          </h3>
          <p className="mt-2">
            <NoteText note={note} />
          </p>
        </section>
      ))}
      {others.length > 0 ? (
        <section aria-labelledby={`${document}-jurist`} className="mt-6 border-l-8 border-warning bg-warning-light p-4">
          <h3 id={`${document}-jurist`} className="text-lg font-bold">
            Det skal en jurist se på
          </h3>
          <ul className="mt-2 list-disc space-y-2 pl-6">
            {others.map((note) => (
              <li key={note.text}>
                <NoteText note={note} />
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">Punkterne står også i læsevejledningen sidst i dokumentet.</p>
        </section>
      ) : null}
      <PdfWarning document={document} answers={answers} />
      <form method="post" action="/vaerktoejer/dokument" className="mt-6 flex flex-wrap gap-3">
        <input type="hidden" name="document" value={document} />
        <input type="hidden" name="answers" value={json} />
        <button type="submit" name="format" value="docx" className="button" disabled={pending}>
          Hent som Word (.docx)
        </button>
        <button type="submit" name="format" value="pdf" className="button button-secondary" disabled={pending}>
          Hent som PDF
        </button>
        <button type="submit" name="format" value="json" className="button button-secondary">
          Gem svarene som fil
        </button>
      </form>
      <p className="mt-3 text-sm text-muted">
        Word-filen indeholder alle dine svar, også dem til de andre aftaleværktøjer. Upload den senere i et af værktøjerne, så kan du rette videre. Ændringer, du laver i selve Word-teksten, bliver ikke læst ind igen.
      </p>
    </div>
  );
}

/** Answers with characters the PDF cannot show, named before the reader downloads (the route refuses the same). */
function PdfWarning({ document, answers }: { document: DocumentId; answers: Draft }) {
  const unprintable = unprintableAnswers(document, answers);
  if (unprintable.length === 0) return null;
  return (
    <section aria-labelledby={`${document}-pdf-tegn`} className="mt-6 border-l-8 border-warning bg-warning-light p-4">
      <h3 id={`${document}-pdf-tegn`} className="text-lg font-bold">
        PDF-filen kan ikke vise alle tegn
      </h3>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {unprintable.map((answer) => (
          <li key={answer.path}>{unprintableMessage(answer)}.</li>
        ))}
      </ul>
    </section>
  );
}

function ResumeForm({ document, step, answers, dispatch, error }: { document: DocumentId; step: number; answers: Draft; dispatch: (form: FormData) => void; error?: string }) {
  const id = fieldId(document, "file");
  const input = useRef<HTMLInputElement>(null);
  // Checked here before the file is sent: a file over the limit never leaves the browser, and the answers stay.
  const [tooLarge, setTooLarge] = useState(false);
  const message = tooLarge ? `${MAX_UPLOAD_TEXT}. Vælg en mindre fil. Dine svar er ikke ændret.` : error;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const file = input.current?.files?.[0];
    if (submitter instanceof HTMLButtonElement && submitter.value === "resume" && file && file.size > MAX_UPLOAD) {
      event.preventDefault();
      setTooLarge(true);
      input.current?.focus();
    }
  }

  return (
    <details className="mt-8 rounded border border-line-soft p-4" open={message ? true : undefined}>
      <summary className="cursor-pointer font-bold">Fortsæt fra en fil</summary>
      <form action={dispatch} onSubmit={onSubmit} encType="multipart/form-data" className="mt-3">
        <input type="hidden" name="document" value={document} />
        <input type="hidden" name="step" value={step} />
        <input type="hidden" name="answers" value={JSON.stringify(answers)} />
        <label htmlFor={id} className="block font-semibold">
          Upload et udkast (.docx) fra OPI-guiden eller en svarfil (.json)
        </label>
        {message ? (
          <p id={`${id}-fejl`} className="font-bold text-error">
            <span className="sr-only">Fejl: </span>
            {message}
          </p>
        ) : null}
        <input
          ref={input}
          id={id}
          name="file"
          type="file"
          accept=".docx,.json,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={message ? `${id}-fejl` : undefined}
          onChange={() => setTooLarge(false)}
          className="mt-2 block"
        />
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" name="intent" value="resume" className="button button-secondary">
            Hent svarene
          </button>
          <button type="submit" name="intent" value="reset" className="button button-secondary">
            Slet alle svar
          </button>
        </div>
      </form>
    </details>
  );
}
