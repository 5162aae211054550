"use client";

import { useId, useMemo } from "react";
import { useHydrated, useStoredString } from "@/lib/browser/storage";

/**
 * A checklist the reader can tick. The boxes are real checkboxes in the server HTML, so they can be ticked
 * (and printed) without JavaScript; with JavaScript the ticks are kept in this browser, per phase and role.
 */
export function Checklist({ storageKey, items, title }: { storageKey: string; items: string[]; title: string }) {
  const id = useId();
  const hydrated = useHydrated();
  const [stored, store] = useStoredString(storageKey);
  const checked = useMemo(() => {
    try {
      const saved = JSON.parse(stored ?? "[]") as unknown;
      return items.map((item) => Array.isArray(saved) && saved.includes(item));
    } catch {
      return items.map(() => false);
    }
  }, [stored, items]);

  function toggle(index: number) {
    const next = checked.map((value, i) => (i === index ? !value : value));
    store(JSON.stringify(items.filter((_, i) => next[i])));
  }

  const done = checked.filter(Boolean).length;
  return (
    <fieldset className="avoid-break" data-hydrated={hydrated ? "true" : undefined}>
      <legend className="text-xl font-bold">{title}</legend>
      <p className="no-print mt-1 text-sm text-muted" aria-live="polite">
        {hydrated ? `${done} af ${items.length} punkter er krydset af. Dine kryds gemmes kun i denne browser.` : `${items.length} punkter`}
      </p>
      <ul className="mt-2 space-y-2">
        {items.map((item, index) => (
          <li key={item} className="flex items-start gap-3">
            <input
              id={`${id}-${index}`}
              type="checkbox"
              checked={checked[index] ?? false}
              onChange={() => toggle(index)}
              className="mt-1 h-5 w-5 shrink-0 accent-brand"
            />
            <label htmlFor={`${id}-${index}`}>{item}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
