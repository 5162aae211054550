"use client";

import { startTransition, useActionState, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DOCUMENTS } from "@/lib/agreements/steps";
import { KNOWLEDGE_TYPE_QUESTION, PARTY_QUESTIONS, QUESTIONS, TERMS, type Question } from "@/lib/agreements/questions";
import { buildModel, type ModelNote } from "@/lib/agreements/model";
import type { Template } from "@/lib/agreements/template";
import { fieldId, mergeAnswers, parseAnswers, partyCount, readStep, valueAt, type Draft, type FlowState } from "@/lib/agreements/form";
import { useSavedAnswers } from "@/lib/browser/storage";
import { formatDate, formatKroner, formatNumber } from "@/lib/format";
import { partyFieldsOf, type DocumentId, type StepDefinition } from "@/lib/agreements/steps";
import { MAX_UPLOAD, MAX_UPLOAD_TEXT } from "@/lib/agreements/upload";
import { reviewStatement } from "@/lib/agreements/review";
import { DocumentPreview } from "./DocumentPreview";
import { unprintableAnswers, unprintableMessage } from "@/lib/agreements/printable";
import { ErrorSummary, FieldError, FieldHint, FieldWrap, RadioOptions, ResetAnswers, fieldIds } from "@/components/forms/FieldParts";

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
  // Without JavaScript each step is a POST to the page the builder is on (the address is relative); its fragment opens
  // the answer at the builder, with the error summary or the new step first.
  const [state, dispatch, pending] = useActionState(action, initial, `#${document}-trin`);
  const [draft, setDraft] = useState<Draft | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Answers brought back from this browser's storage change the state too, but the reader did not ask to move.
  const restoring = useRef(false);
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
      restoring.current = true;
      startTransition(() => dispatch(form));
    },
    [document, steps.length, dispatch, initial.answers],
  );
  const { hydrated, store } = useSavedAnswers(STORAGE_KEY, state.revision, state.answers, restore);

  // After each answer from the server the reader is taken to it: the error summary when there are errors, otherwise
  // the new step's heading, in view and focused, so a screen reader reads where they are.
  useEffect(() => {
    if (state.revision === 0) return;
    if (restoring.current) {
      restoring.current = false;
      return;
    }
    const confirm = state.confirm === "reset" ? window.document.getElementById(`${document}-slet`) : null;
    const target = errorEntries.length > 0 ? summaryRef.current : (confirm ?? headingRef.current);
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: "start" });
  }, [state.revision, state.confirm, errorEntries.length, document]);

  function onInput() {
    if (!formRef.current || !step) return;
    const form = new FormData(formRef.current);
    const merged = mergeAnswers(state.answers, step, readStep(form, step, state.answers));
    setDraft(merged);
    store(JSON.stringify(merged));
  }

  const model = useMemo(() => buildModel(template, answers, { today }), [template, answers, today]);
  const title = reviewing ? "Tjek dine svar" : QUESTIONS[step!.section].title;
  const stepTitle = reviewing ? "Tjek dine svar" : `Trin ${state.step + 1} af ${steps.length}: ${title}`;
  const formId = `${document}-formular`;

  return (
    <div id={`${document}-trin`} className="wide not-prose my-8 max-w-3xl scroll-mt-4 rounded border-2 border-brand p-4 md:p-6" data-hydrated={hydrated ? "true" : undefined} data-builder={document}>
      {/* The page's title, which says after each answer where the reader is, with and without JavaScript (the builder's own page has no other title: guideMetadata). */}
      <title>{state.revision > 0 ? `${errorEntries.length > 0 ? "Fejl: " : ""}${stepTitle} – ${DOCUMENTS[document].title} | OPI-guiden` : `${DOCUMENTS[document].title} | OPI-guiden`}</title>
      <ErrorSummary errors={errorEntries} idFor={(path) => fieldId(document, path)} headingId={`${document}-fejl`} summaryRef={summaryRef} level={3} />
      {state.step > 0 && !reviewing ? (
        <button type="submit" form={formId} name="intent" value="back" formNoValidate className="link-button mb-3 inline-flex items-center gap-1">
          <span aria-hidden="true">‹</span> Tilbage
        </button>
      ) : null}
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{DOCUMENTS[document].title}</p>
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold break-words focus:outline-none" id={`${document}-titel`}>
        {stepTitle}
      </h2>
      <p className="mt-1 text-sm text-muted" data-testid="skabelon-status">
        Skabelon version {template.version} · {reviewStatement(template)}
      </p>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-semibold text-brand underline">Alle trin</summary>
        <ol className="mt-2 list-decimal space-y-1 pl-6" aria-label="Trin">
          {steps.map((s, index) => (
            <li key={s.section} aria-current={index === state.step ? "step" : undefined} className={index === state.step ? "font-bold" : undefined}>
              {QUESTIONS[s.section].title}
              {index === state.step ? " (du er her)" : index < state.step ? " (besvaret)" : ""}
            </li>
          ))}
          <li aria-current={reviewing ? "step" : undefined} className={reviewing ? "font-bold" : undefined}>
            Tjek dine svar{reviewing ? " (du er her)" : ""}
          </li>
        </ol>
      </details>

      {state.notice ? (
        <p role="status" className="mt-4 border-l-4 border-brand bg-brand-light p-3">
          {state.notice}
        </p>
      ) : null}

      <div className="mt-6">
        {reviewing ? (
          <Review document={document} answers={state.answers} dispatch={dispatch} pending={pending} notes={model.notes} />
        ) : (
          <form id={formId} ref={formRef} action={dispatch} onInput={onInput} key={state.revision} noValidate>
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
              <button type="submit" name="intent" value="next" className="button" disabled={pending}>
                {state.step === steps.length - 1 ? "Tjek dine svar" : "Fortsæt"}
              </button>
            </div>
          </form>
        )}
        {/* The draft follows the answers, below them: it never covers a question or an answer. */}
        <details className="mt-8 rounded border border-line-soft bg-surface p-4" open={hydrated ? true : undefined}>
          <summary className="cursor-pointer font-bold">Se udkastet</summary>
          <div className="mt-3 max-h-[70vh] overflow-y-auto bg-white p-3" tabIndex={0} role="region" aria-label="Udkast til dokumentet">
            <DocumentPreview model={model} />
          </div>
        </details>
        <ResumeForm document={document} step={state.step} answers={state.answers} dispatch={dispatch} error={state.errors.file} />
        <ResetForm document={document} step={state.step} answers={state.answers} dispatch={dispatch} confirming={state.confirm === "reset"} />
      </div>
    </div>
  );
}

function Field({ document, path, question, answers, errors }: { document: string; path: string; question: Question; answers: Draft; errors: Record<string, string> }) {
  const id = fieldId(document, path);
  const error = errors[path];
  const value = valueAt(answers, path);
  const { hintId, errorId, describedBy } = fieldIds(id, Boolean(question.hint || question.terms?.length), error);
  const label = `${question.label}${question.optional ? " (valgfri)" : ""}`;
  const wrap = `mb-5 ${error ? "border-l-4 border-error pl-3" : ""}`;
  const errorLine = <FieldError id={errorId} message={error} />;
  const hint = (
    <FieldHint id={hintId}>
      {question.hint}
      {question.terms?.length ? (
        <>
          {question.hint ? ". " : ""}
          Se forklaringen på{" "}
          {question.terms.map((term, i) => (
            <span key={term}>
              {i > 0 ? (i === question.terms!.length - 1 ? " og " : ", ") : ""}
              <a href={`/ordliste#${term}`} target="_blank" rel="noopener">
                {TERMS[term]}
              </a>
            </span>
          ))}{" "}
          i ordlisten (åbner i en ny fane).
        </>
      ) : null}
    </FieldHint>
  );
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

/** Units in the singular, for a value of 1: »1 måned«, »1 time«. */
const SINGULAR: Record<string, string> = { måneder: "måned", timer: "time" };

/** An answer as the reader should check it: dates and amounts in Danish, a choice by its label, numbers with their unit. */
function display(value: unknown, question?: Question): string {
  if (value === undefined || value === null || value === "") return "Ikke udfyldt";
  if (typeof value === "boolean") return value ? "Ja" : "Nej";
  const option = question?.options?.find((o) => o.value === value);
  if (option) return option.label;
  if (question?.kind === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (typeof value === "number") {
    if (question?.unit === "kr.") return formatKroner(value);
    const unit = question?.unit ? (value === 1 ? (SINGULAR[question.unit] ?? question.unit) : question.unit) : "";
    return `${formatNumber(value)}${unit ? ` ${unit}` : ""}`;
  }
  return `${String(value)}${question?.unit ? ` ${question.unit}` : ""}`;
}

interface SummaryRow {
  label: string;
  value: string;
  /** The step to go back to, and what the change is, for a screen reader (»Ret navn«). */
  change: { intent: string; label: string };
}

/** A GOV.UK summary list: the question, the answer and a change link, stacked on a phone and in columns on a wider screen. */
function SummaryList({ title, rows }: { title?: string; rows: SummaryRow[] }) {
  return (
    <>
      {title ? <h4 className="mt-4 text-lg font-bold">{title}</h4> : null}
      <dl className="mt-2">
        {rows.map((row) => (
          <div key={row.label} className="border-b border-line-soft py-3 sm:grid sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] sm:gap-4">
            <dt className="font-semibold break-words">{row.label}</dt>
            <dd className="mt-1 whitespace-pre-line break-words sm:mt-0">{row.value}</dd>
            <dd className="mt-1 sm:mt-0 sm:text-right">
              <button type="submit" name="intent" value={row.change.intent} className="link-button">
                Ret<span className="sr-only"> {row.change.label}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
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
          const change = (label: string) => ({ intent: `goto:${index}`, label });
          const cards: { title?: string; rows: SummaryRow[] }[] = [];
          if (step.section === "parties") {
            const parties = answers.parties;
            const partyRows = (party: Record<string, unknown> | undefined, group: "publics" | "companies" | "knowledge") =>
              partyFieldsOf(step, group).flatMap((field): SummaryRow[] => {
                const question = PARTY_QUESTIONS[field];
                return question ? [{ label: question.label, value: display(party?.[field], question), change: change(question.label.toLowerCase()) }] : [];
              });
            const publics = parties?.publics ?? [];
            publics.forEach((party, i) => cards.push({ title: publics.length > 1 ? `Offentlig part ${i + 1}` : "Den offentlige part", rows: partyRows(party as Record<string, unknown>, "publics") }));
            const companies = parties?.companies ?? [];
            companies.forEach((company, i) => cards.push({ title: companies.length > 1 ? `Virksomhed ${i + 1}` : "Virksomheden", rows: partyRows(company as Record<string, unknown>, "companies") }));
            const knowledge: SummaryRow[] = [{ label: "En videninstitution er med", value: display(parties?.hasKnowledgeInstitution === true), change: change("om en videninstitution er med") }];
            if (parties?.hasKnowledgeInstitution) {
              knowledge.push({ label: KNOWLEDGE_TYPE_QUESTION.label, value: display(parties.knowledgeType, KNOWLEDGE_TYPE_QUESTION), change: change("videninstitutionens type") });
              knowledge.push(...partyRows(parties.knowledge as Record<string, unknown> | undefined, "knowledge"));
            }
            cards.push({ title: "Videninstitutionen", rows: knowledge });
          } else {
            const rows: SummaryRow[] = [];
            for (const field of step.fields ?? Object.keys(QUESTIONS[step.section].fields)) {
              const question = QUESTIONS[step.section].fields[field];
              // A question that does not apply to these answers is left out.
              if (question && shown(question, "", answers, answers, true)) rows.push({ label: question.label, value: display(valueAt(answers, `${step.section}.${field}`), question), change: change(question.label.toLowerCase()) });
            }
            cards.push({ rows });
          }
          return (
            <section key={step.section} className="mb-8" aria-labelledby={`${document}-svar-${step.section}`}>
              <h3 id={`${document}-svar-${step.section}`} className="border-b-2 border-ink pb-1 text-xl font-bold">
                {QUESTIONS[step.section].title}
              </h3>
              {cards.map((card, i) => (
                <SummaryList key={card.title ?? i} title={card.title} rows={card.rows} />
              ))}
            </section>
          );
        })}
        {answers.vejvalg && typeof answers.vejvalg === "object" ? (
          <section className="mb-6" aria-labelledby={`${document}-svar-vejvalg`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-ink pb-1">
              <h3 id={`${document}-svar-vejvalg`} className="text-lg font-bold">
                Svar fra vejvalget
              </h3>
              <button type="submit" name="intent" value="forget-vejvalg" className="link-button">
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

/**
 * »Slet alle svar«, apart from the buttons that move on, and asked twice: the first press asks the reader to confirm,
 * with and without JavaScript, and only the second deletes.
 */
function ResetForm({ document, step, answers, dispatch, confirming }: { document: DocumentId; step: number; answers: Draft; dispatch: (form: FormData) => void; confirming: boolean }) {
  const hidden = (
    <>
      <input type="hidden" name="document" value={document} />
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="answers" value={JSON.stringify(answers)} />
    </>
  );
  return <ResetAnswers id={`${document}-slet`} hidden={hidden} action={dispatch} confirming={confirming} scope="i de tre aftaleværktøjer" />;
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
        </div>
      </form>
    </details>
  );
}
