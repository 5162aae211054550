import type { ReactNode, Ref } from "react";

/**
 * The parts every form field shares, in the GOV.UK/DKFDS order: label, hint, error, control.
 * The ids tie hint and error to the control through aria-describedby.
 */
export function fieldIds(id: string, hasHint: boolean, error?: string) {
  const hintId = hasHint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fejl` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

export function FieldHint({ id, children }: { id?: string; children?: ReactNode }) {
  if (!id || !children) return null;
  return (
    <p id={id} className="text-muted">
      {children}
    </p>
  );
}

export function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!id || !message) return null;
  return (
    <p id={id} className="font-bold text-error">
      <span className="sr-only">Fejl: </span>
      {message}
    </p>
  );
}

/** A block around one field; a field with an error gets a red bar, as in the error-summary pattern. */
export function FieldWrap({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={`mb-5 ${error ? "border-l-4 border-error pl-3" : ""}`}>{children}</div>;
}

export function ErrorSummary({
  errors,
  idFor,
  headingId,
  summaryRef,
  level = 2,
}: {
  errors: [string, string][];
  idFor: (name: string) => string;
  headingId: string;
  summaryRef: Ref<HTMLDivElement>;
  level?: 2 | 3;
}) {
  if (errors.length === 0) return null;
  const H = level === 2 ? "h2" : "h3";
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={headingId} className="mt-4 mb-6 border-4 border-error p-4">
      <H id={headingId} className="text-xl font-bold">
        Der er et problem
      </H>
      <ul className="mt-2 space-y-1">
        {errors.map(([name, message]) => (
          <li key={name}>
            <a href={`#${idFor(name)}`} className="font-semibold text-error visited:text-error">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The choices of a radio group, each with its label and optional hint; the fieldset and legend stay with the caller. */
export function RadioOptions({ id, name, options, checked, inline }: { id: string; name: string; options: readonly { value: string; label: string; hint?: string }[]; checked: unknown; inline?: boolean }) {
  return (
    <div className={`mt-2 ${inline ? "flex flex-wrap gap-x-6 gap-y-2" : "space-y-2"}`}>
      {options.map((option) => (
        <div key={option.value} className="flex items-start gap-3">
          <input id={`${id}-${option.value}`} name={name} type="radio" value={option.value} defaultChecked={checked === option.value} className="mt-1 h-6 w-6 shrink-0 accent-brand" aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined} />
          <div>
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            {option.hint ? (
              <p id={`${id}-${option.value}-hint`} className="text-sm text-muted">
                {option.hint}
              </p>
            ) : null}
          </div>
        </div>
      ))}
    </div>
  );
}

/**
 * »Slet alle svar« for a tool's form: apart from the buttons that move on, and asked twice. The first press (intent
 * "reset") asks the reader to confirm, with and without JavaScript; »Ja« sends "reset-confirmed", »Nej« sends "keep".
 * `hidden` are the form's own hidden fields; `id` names the question's heading, which takes focus when it appears.
 */
export function ResetAnswers({ id, hidden, action, confirming, scope, className = "" }: { id: string; hidden: ReactNode; action: (form: FormData) => void; confirming: boolean; scope: string; className?: string }) {
  if (!confirming) {
    return (
      <form action={action} className={`mt-8 border-t border-line-soft pt-4 ${className}`}>
        {hidden}
        <p className="text-sm text-muted">Dine svar gemmes kun i denne browser, så du kan fortsætte senere.</p>
        <button type="submit" name="intent" value="reset" className="link-button mt-2 text-error">
          Slet alle svar
        </button>
      </form>
    );
  }
  return (
    <form action={action} className={`mt-8 border-l-8 border-error bg-warning-light p-4 ${className}`} role="group" aria-labelledby={id}>
      {hidden}
      <h3 id={id} tabIndex={-1} className="text-lg font-bold focus:outline-none">
        Vil du slette alle svar?
      </h3>
      <p className="mt-2">Alle svar {scope} bliver slettet, også i denne browser. Det kan ikke fortrydes.</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="submit" name="intent" value="reset-confirmed" className="button bg-error">
          Ja, slet alle svar
        </button>
        <button type="submit" name="intent" value="keep" className="button button-secondary">
          Nej, behold svarene
        </button>
      </div>
    </form>
  );
}
