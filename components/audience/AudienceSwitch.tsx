import { AUDIENCES, AUDIENCE_LABELS, type Audience } from "@/lib/content/schema";
import { AUDIENCE_PARAM } from "@/lib/content/routes";
import { publicScript } from "@/lib/public-scripts";

/**
 * "Jeg er …": focuses checklists and advice on the reader's role. Each choice is a link with a URL
 * parameter, so it works without JavaScript; with JavaScript the choice is remembered for the next page by
 * public/maalgruppe.js, a plain script, so pages without the framework's client code keep the feature.
 */
export function AudienceSwitch({ url, current }: { url: string; current?: Audience }) {
  const options: { value?: Audience; label: string }[] = [...AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] })), { label: "Alle" }];
  return (
    <nav aria-labelledby="maalgruppe-titel" className="no-print my-6 rounded border border-line-soft bg-surface p-4" data-audience-switch="" data-audience-current={current}>
      <p id="maalgruppe-titel" className="font-bold">
        Vis råd og tjeklister til
      </p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => (
          <li key={option.label}>
            <a
              href={option.value ? `${url}?${AUDIENCE_PARAM}=${option.value}` : `${url}?${AUDIENCE_PARAM}=alle`}
              data-audience-option={option.value ?? "alle"}
              aria-current={option.value === current || (!current && !option.value) ? "true" : undefined}
              className="inline-block rounded border-2 border-brand px-3 py-1 font-semibold no-underline aria-[current=true]:bg-brand aria-[current=true]:text-white"
            >
              {option.label}
            </a>
          </li>
        ))}
      </ul>
      <script src={publicScript("maalgruppe.js")} async />
    </nav>
  );
}
