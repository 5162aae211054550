/**
 * The business case as a chart and as a table. A plain component without hooks, so the server and the client leaf
 * can both render it. The chart is one image with a title and a description that say the same as the picture in
 * words; the legend is HTML, and the table under it holds every number, so nothing depends on seeing the chart.
 * Colour is never the only cue: negative years are hatched, outlined and drawn below the zero line, and the
 * cumulative value is a line with point markers.
 */
import type { BusinessCaseResult } from "@/lib/planning/business-case";
import { paybackText } from "@/lib/planning/business-case";
import { formatKroner, formatNumber, joinDanish } from "@/lib/format";

/** Danish amounts with a real minus sign (U+2212), which screen readers read as "minus". */
export function signedKroner(amount: number): string {
  return formatKroner(amount).replace("-", "\u2212");
}

function signedNumber(value: number): string {
  return formatNumber(value).replace("-", "\u2212");
}

// Drawing area in viewBox units. The chart is never drawn narrower than 18rem (288px; the region scrolls instead),
// so the 15-unit text is at least 15 × 288 / 360 = 12px.
const WIDTH = 360;
const HEIGHT = 270;
const TOP = 34;
const BOTTOM = 38;
const RIGHT = 12;
const FONT = 15;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

/** A round step (1, 2, 2.5 or 5 × a power of ten) that gives about `count` steps over the range. */
function niceStep(range: number, count: number): number {
  const raw = range / count;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const normalised = raw / magnitude;
  const factor = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 2.5 ? 2.5 : normalised <= 5 ? 5 : 10;
  return factor * magnitude;
}

/** Tick labels short enough for the axis: "200.000", "1,5 mio.", "2 mia.". */
function axisLabel(value: number, largest: number): string {
  if (largest >= 1e9) return `${signedNumber(value / 1e9)} mia.`;
  if (largest >= 1e6) return `${signedNumber(value / 1e6)} mio.`;
  return signedNumber(value);
}

interface Scale {
  min: number;
  max: number;
  ticks: number[];
  y: (value: number) => number;
}

function scaleFor(values: number[]): Scale {
  let low = Math.min(0, ...values);
  let high = Math.max(0, ...values);
  if (high - low === 0) high = 1000;
  const step = niceStep(high - low, 4);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let index = 0; index <= Math.round((high - low) / step); index++) ticks.push(Math.round((low + index * step) * 100) / 100);
  return { min: low, max: high, ticks, y: (value: number) => TOP + ((high - value) / (high - low)) * PLOT_HEIGHT };
}

export function BusinessCaseChart({ result, idPrefix, rate }: { result: BusinessCaseResult; idPrefix: string; rate: number }) {
  const years = result.years;
  const titleId = `${idPrefix}-titel`;
  const descId = `${idPrefix}-beskrivelse`;
  const patternId = `${idPrefix}-negativ`;

  const scale = scaleFor(years.flatMap((year) => [year.net, year.cumulative]));
  const largest = Math.max(Math.abs(scale.min), Math.abs(scale.max));
  const labels = scale.ticks.map((tick) => axisLabel(tick, largest));
  // Room on the left for the longest tick label (about 0.56 em per character).
  const left = Math.min(120, Math.max(44, Math.ceil(Math.max(...labels.map((label) => label.length)) * FONT * 0.56) + 12));
  const groupWidth = (WIDTH - left - RIGHT) / Math.max(1, years.length);
  const barWidth = Math.min(groupWidth * 0.5, 56);
  const centre = (index: number) => left + (index + 0.5) * groupWidth;
  const zero = scale.y(0);
  const points = years.map((year, index) => `${centre(index).toFixed(1)},${scale.y(year.cumulative).toFixed(1)}`).join(" ");

  const title = "Nettoværdi pr. år og akkumuleret nettoværdi";
  const description = [
    // Every list ends in "kr.", which also ends the sentence.
    `Nettoværdi pr. år: ${joinDanish(years.map((year) => `år ${year.year} ${signedKroner(year.net)}`))}`,
    `Akkumuleret nettoværdi: ${joinDanish(years.map((year) => `år ${year.year} ${signedKroner(year.cumulative)}`))}`,
    paybackText(result),
  ].join(" ");

  const rows: { label: string; values: number[] }[] = [
    { label: "Omkostninger", values: years.map((year) => year.cost) },
    { label: "Gevinster", values: years.map((year) => year.gain) },
    { label: "Netto", values: years.map((year) => year.net) },
    { label: "Akkumuleret netto", values: years.map((year) => year.cumulative) },
  ];
  if (rate > 0) rows.push({ label: `Nutidsværdi (rente ${formatNumber(rate)} %)`, values: years.map((year) => year.present) });

  return (
    <div className="mt-4">
      <div role="region" aria-label="Diagram (kan rulles vandret på en smal skærm)" tabIndex={0} className="scroll-region overflow-x-auto">
        <svg role="img" aria-labelledby={titleId} aria-describedby={descId} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" className="block h-auto w-full max-w-md min-w-[18rem]" fontSize={FONT}>
          <title id={titleId}>{title}</title>
          <desc id={descId}>{description}</desc>
          <defs>
            <pattern id={patternId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" className="fill-error-light" />
              <line x1="0" y1="0" x2="0" y2="8" className="stroke-error" strokeWidth="4" />
            </pattern>
          </defs>

          <text x="0" y="16" className="fill-ink" fontWeight="600">
            Kroner
          </text>

          {scale.ticks.map((tick, index) => (
            <g key={index}>
              <line x1={left} x2={WIDTH - RIGHT} y1={scale.y(tick)} y2={scale.y(tick)} className="stroke-line-soft" strokeWidth="1" />
              <text x={left - 8} y={scale.y(tick)} dy="0.35em" textAnchor="end" className="fill-ink">
                {labels[index]}
              </text>
            </g>
          ))}

          {years.map((year, index) => {
            const y = scale.y(year.net);
            const x = centre(index) - barWidth / 2;
            if (year.net === 0) return null;
            return year.net > 0 ? (
              <rect key={year.year} x={x} y={y} width={barWidth} height={zero - y} className="fill-brand" />
            ) : (
              <rect key={year.year} x={x + 1} y={zero} width={barWidth - 2} height={y - zero} fill={`url(#${patternId})`} className="stroke-error" strokeWidth="2" />
            );
          })}

          <line x1={left} x2={WIDTH - RIGHT} y1={zero} y2={zero} className="stroke-ink" strokeWidth="2" />
          <line x1={left} x2={left} y1={TOP} y2={TOP + PLOT_HEIGHT} className="stroke-ink" strokeWidth="1" />

          <polyline points={points} fill="none" className="stroke-white" strokeWidth="7" strokeLinejoin="round" strokeLinecap="round" />
          <polyline points={points} fill="none" className="stroke-ink" strokeWidth="3" strokeLinejoin="round" strokeLinecap="round" />
          {years.map((year, index) => (
            <circle key={year.year} cx={centre(index)} cy={scale.y(year.cumulative)} r="6" className="fill-white stroke-ink" strokeWidth="3" />
          ))}

          {years.map((year, index) => (
            <text key={year.year} x={centre(index)} y={HEIGHT - 12} textAnchor="middle" className="fill-ink">
              År {year.year}
            </text>
          ))}
        </svg>
      </div>

      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <li className="flex items-center gap-2">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" className="h-5 w-5 shrink-0">
            <rect x="2" y="2" width="16" height="16" className="fill-brand" />
          </svg>
          Nettoværdi i året, når den er positiv (hel søjle over nullinjen)
        </li>
        <li className="flex items-center gap-2">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" className="h-5 w-5 shrink-0">
            <rect x="2" y="2" width="16" height="16" fill={`url(#${patternId})`} className="stroke-error" strokeWidth="2" />
          </svg>
          Nettoværdi i året, når den er negativ (skraveret søjle under nullinjen)
        </li>
        <li className="flex items-center gap-2">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 28 20" className="h-5 w-7 shrink-0">
            <line x1="1" y1="10" x2="27" y2="10" className="stroke-ink" strokeWidth="3" />
            <circle cx="14" cy="10" r="5" className="fill-white stroke-ink" strokeWidth="3" />
          </svg>
          Akkumuleret nettoværdi (linje med punkter)
        </li>
      </ul>

      <div role="region" aria-label="Tabel med tallene i diagrammet (kan rulles vandret)" tabIndex={0} className="scroll-region mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-bold">Tallene i diagrammet, år for år</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                Beløb
              </th>
              {years.map((year) => (
                <th key={year.year} scope="col" className="px-2 py-2 text-right whitespace-nowrap">
                  År {year.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className="border-b border-line-soft">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  {row.label}
                </th>
                {row.values.map((value, index) => (
                  <td key={index} className="px-2 py-2 text-right whitespace-nowrap tabular-nums">
                    {signedKroner(value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
