import { publicScript } from "@/lib/public-scripts";

/**
 * A checklist the reader can tick. The boxes are real checkboxes in the server HTML, so they can be ticked (and
 * printed) without JavaScript. public/tjekliste.js, a plain script, keeps the ticks in this browser, per phase and
 * role, and counts them; a page with checklists therefore needs none of the framework's client code.
 */
export function Checklist({ id, storageKey, items, title }: { id: string; storageKey: string; items: string[]; title: string }) {
  return (
    <fieldset className="avoid-break" data-checklist={storageKey}>
      <legend className="text-xl font-bold">{title}</legend>
      {/* Without JavaScript nothing keeps the ticks, and the text says so. The script rewrites it with the count and
          makes it a live region; on a page that also hydrates a tool, React must leave the new text alone. */}
      <p className="no-print mt-1 text-sm text-muted" data-checklist-status="" suppressHydrationWarning>
        {`${items.length} punkter. Dine kryds bliver ikke gemt: de forsvinder, når du forlader siden.`}
      </p>
      <ul className="mt-2 space-y-2">
        {items.map((item, index) => (
          <li key={item} className="flex items-start gap-3">
            <input id={`${id}-${index}`} type="checkbox" value={item} className="shrink-0" />
            <label htmlFor={`${id}-${index}`}>{item}</label>
          </li>
        ))}
      </ul>
      <script src={publicScript("tjekliste.js")} async />
    </fieldset>
  );
}
