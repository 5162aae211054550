/**
 * Business case light: costs and gains per year on the three bottom lines, net value, discounted value and payback.
 * Zod-free and pure: the browser uses it for the live chart, the server for the documents.
 */
import { parseAmount, textAt, type Draft } from "./form";

export const MAX_YEARS = 5;

/** The limits of the answers: the zod schema (schemas.ts) enforces them, the live preview reads within them. */
export const LIMITS = { amount: 1e11, rate: 30, title: 200, qualityNote: 2000 } as const;

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

/** Empty text is 0; text that is not a number, is negative or is above max is null. */
export function numberIn(text: string, max: number): number | null {
  const parsed = parseAmount(text);
  if (parsed === undefined) return 0;
  return Number.isNaN(parsed) || parsed < 0 || parsed > max ? null : parsed;
}

/**
 * The business case in a draft, read without zod so the browser can follow every keystroke.
 * null when the period or a number cannot be read.
 */
export function readBusinessCase(draft: Draft): BusinessCase | null {
  const period = Number(textAt(draft, "period"));
  if (!Number.isInteger(period) || period < 1 || period > MAX_YEARS) return null;
  const rate = numberIn(textAt(draft, "rate"), LIMITS.rate);
  if (rate === null) return null;
  const years: YearFigures[] = [];
  for (let index = 0; index < period; index++) {
    const figures: Partial<YearFigures> = {};
    for (const field of FIELDS) {
      const value = numberIn(textAt(draft, `years.${index}.${field}`), LIMITS.amount);
      if (value === null) return null;
      figures[field] = value;
    }
    years.push(figures as YearFigures);
  }
  const qualityNote = textAt(draft, "qualityNote").trim();
  return { title: textAt(draft, "title").trim(), rate, qualityNote: qualityNote || undefined, years };
}
