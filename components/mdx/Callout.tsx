import type { ReactNode } from "react";

const styles = {
  info: { box: "border-brand bg-brand-light", label: "Bemærk" },
  tip: { box: "border-success bg-success-light", label: "Tip" },
  advarsel: { box: "border-warning bg-warning-light", label: "Advarsel" },
} as const;

export function Callout({ variant = "info", title, children }: { variant?: keyof typeof styles; title?: string; children?: ReactNode }) {
  const style = styles[variant] ?? styles.info;
  return (
    <aside className={`not-prose avoid-break my-6 border-l-8 p-4 ${style.box}`} aria-label={title ?? style.label}>
      <p className="mb-1 font-bold">{title ?? style.label}</p>
      <div className="prose max-w-none [&>*:first-child]:mt-0 [&>*:last-child]:mb-0">{children}</div>
    </aside>
  );
}
