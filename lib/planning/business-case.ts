/**
 * Business case light: costs and gains per year on the three bottom lines, net value, discounted value and payback.
 * Zod-free and pure: the browser uses it for the live chart, the server for the documents.
 */
export const MAX_YEARS = 5;

export const BOTTOM_LINES = [
  { id: "citizen", label: "Kvalitet for borgeren", short: "Borgeren" },
  { id: "public", label: "Effektivitet for den offentlige part", short: "Offentlig part" },
  { id: "company", label: "Vækst for virksomheden", short: "Virksomheden" },
] as const;
export type BottomLineId = (typeof BOTTOM_LINES)[number]["id"];

export interface YearFigures {
  citizenCost: number;
  citizenGain: number;
  publicCost: number;
  publicGain: number;
  companyCost: number;
  companyGain: number;
}

export interface BusinessCase {
  title: string;
  /** Discount rate in percent; 0 means no discounting. */
  rate: number;
  qualityNote?: string;
  years: YearFigures[];
}

export interface YearResult {
  year: number;
  cost: number;
  gain: number;
  net: number;
  cumulative: number;
  factor: number;
  present: number;
}

export interface BusinessCaseResult {
  years: YearResult[];
  totalCost: number;
  totalGain: number;
  net: number;
  presentValue: number;
  /** First year in which the cumulative net value is 0 or more; undefined if not within the period. */
  paybackYear?: number;
  perLine: { id: BottomLineId; label: string; cost: number; gain: number; net: number }[];
}

export const FIELDS: (keyof YearFigures)[] = ["citizenCost", "citizenGain", "publicCost", "publicGain", "companyCost", "companyGain"];

const round = (value: number) => Math.round(value * 100) / 100;

/** Year 1 is not discounted; year n is discounted n−1 times at the rate. */
export function computeBusinessCase(input: BusinessCase): BusinessCaseResult {
  let cumulative = 0;
  let paybackYear: number | undefined;
  const years = input.years.map((figures, index) => {
    const cost = figures.citizenCost + figures.publicCost + figures.companyCost;
    const gain = figures.citizenGain + figures.publicGain + figures.companyGain;
    const net = gain - cost;
    cumulative += net;
    if (paybackYear === undefined && cumulative >= 0 && (cost > 0 || gain > 0)) paybackYear = index + 1;
    const factor = 1 / Math.pow(1 + input.rate / 100, index);
    return { year: index + 1, cost: round(cost), gain: round(gain), net: round(net), cumulative: round(cumulative), factor, present: round(net * factor) };
  });
  const perLine = BOTTOM_LINES.map((line) => {
    const cost = input.years.reduce((sum, y) => sum + y[`${line.id}Cost`], 0);
    const gain = input.years.reduce((sum, y) => sum + y[`${line.id}Gain`], 0);
    return { id: line.id, label: line.label, cost: round(cost), gain: round(gain), net: round(gain - cost) };
  });
  return {
    years,
    totalCost: round(years.reduce((s, y) => s + y.cost, 0)),
    totalGain: round(years.reduce((s, y) => s + y.gain, 0)),
    net: round(years.reduce((s, y) => s + y.net, 0)),
    presentValue: round(years.reduce((s, y) => s + y.present, 0)),
    paybackYear,
    perLine,
  };
}

export function paybackText(result: BusinessCaseResult): string {
  if (result.paybackYear === undefined) return "Investeringen er ikke tjent hjem inden for perioden.";
  if (result.paybackYear === 1) return "Investeringen er tjent hjem i år 1.";
  return `Investeringen er tjent hjem i år ${result.paybackYear}.`;
}
