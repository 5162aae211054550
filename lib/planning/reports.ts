/**
 * What each planning tool puts in its downloads: a short Word document and, where the result is a table,
 * spreadsheet sheets. Pure functions of the validated answers.
 */
import { formatKroner, formatNumber } from "@/lib/format";
import type { Block, Inline, Report, Sheet, SheetCell } from "./report";
import { legalReviewText } from "@/lib/content/legal";
import { AGREEMENT_LABELS, answerLabel, rightsText, routeText, typeText, VEJVALG_QUESTIONS, type DecidingRule, type VejvalgAnswers, type VejvalgDecision, type VejvalgSource } from "./vejvalg";
import { DIMENSIONS, MAX_SCORE, rankNeeds, SOLUTION_OPTIONS } from "./behovsscreening";
import { kindLabel, missingKinds, statusLabel, type PartnerScreening } from "./partnerscreening";
import { BOTTOM_LINES, computeBusinessCase, paybackText, type BusinessCase } from "./business-case";
import type { Behovsscreening } from "./schemas";
import { absoluteUrl } from "@/lib/site";

const absolute = (link: string) => (link.startsWith("/") ? absoluteUrl(link) : link);

/** An address as a link that shows the address itself, so it also reads on paper. */
const link = (address: string) => ({ text: absolute(address), href: absolute(address) });

/** A text followed by a link to read more. */
const withLink = (text: string, address?: string): Inline => (address ? [`${text} Læs mere: `, link(address)] : text);

/** A source as one line: its title, the full citation and where to read it, as a link. */
export function sourceLine(source: VejvalgSource): Inline {
  // A title that ends with its own mark (»Hvornår er en aftale gensidigt bebyrdende?«) gets no full stop after it.
  const citation = `${source.title}${/[.?!]$/.test(source.title) ? "" : "."} ${source.reference}${source.publisher ? `, ${source.publisher}` : ""}`;
  return source.url ? [`${citation}: `, link(source.url)] : citation;
}

/**
 * Why the vejvalg chose as it did, rule by rule: the reasons, the answers they rest on and the sources. The Word
 * report prints these blocks, and an agreement can print them in its læsevejledning.
 */
export function decisionBlocks(decision: VejvalgDecision): Block[] {
  const parts: [string, DecidingRule][] = [
    [`Vejen: ${routeText(decision)}`, decision.rule],
    [`Typen af OPI: ${typeText(decision.type)}`, decision.typeRule],
    ...(decision.rightsRule && decision.rights ? [[`Rettighederne: ${rightsText(decision.rights)}`, decision.rightsRule] as [string, DecidingRule]] : []),
  ];
  return parts.flatMap(([heading, rule]) => [
    { kind: "heading" as const, text: heading, level: 3 as const },
    ...rule.reasons.map((text) => ({ kind: "paragraph" as const, text })),
    ...(rule.basedOn.length ? [{ kind: "paragraph" as const, text: `Bygger på jeres svar: ${rule.basedOn.map((b) => `${b.label} ${b.answer}.`).join(" ")}` }] : []),
    { kind: "list" as const, items: [...rule.sources.map((source): Inline => ["Kilde: ", ...[sourceLine(source)].flat()]), ...(rule.link ? [["Læs mere: ", link(rule.link)] as Inline] : [])] },
  ]);
}

/**
 * The vejvalg's result as blocks: the notes on what it is, the recommendation, what to find out first, the reasons
 * rule by rule with the answers and sources behind them, the risks and every answer. The Word report prints them under
 * its title; a samarbejdsaftale made from the vejvalg prints them in its læsevejledning.
 */
export function vejvalgBlocks(answers: VejvalgAnswers, decision: VejvalgDecision): Block[] {
  return [
    { kind: "note", text: "Dette er en første retning, ikke juridisk rådgivning. Vejvalget går ud fra, at den offentlige part er ordregiver efter udbudsloven. Få en jurist til at vurdere jeres konkrete sag." },
    { kind: "note", text: `Vejvalgets regler: ${legalReviewText(decision.legalReview)} Reglernes version: ${decision.version}.` },
    ...(decision.route === "afklar" ? [{ kind: "note" as const, text: "Jeres svar afgør ikke vejen endnu. Afklar punkterne under »Afklar først«, og kontakt en jurist, før I vælger vej." }] : []),
    ...(decision.provisional ? [{ kind: "note" as const, text: "Resultatet er foreløbigt, fordi nogle vigtige spørgsmål er besvaret med »Ved ikke«. Se »Afklar først«." }] : []),
    { kind: "heading", text: "Anbefaling" },
    {
      kind: "table",
      header: ["Emne", "Anbefaling"],
      rows: [
        ["Vej", routeText(decision)],
        ["Type OPI", typeText(decision.type)],
        ["Aftale", AGREEMENT_LABELS[decision.agreement]],
        ...(decision.rights ? [["Rettigheder", rightsText(decision.rights)]] : []),
      ],
    },
    ...(decision.findOutFirst.length ? [{ kind: "heading" as const, text: "Afklar først" }, { kind: "list" as const, items: decision.findOutFirst }] : []),
    { kind: "heading", text: "Begrundelse" },
    ...decisionBlocks(decision),
    { kind: "heading", text: "Risici, I skal håndtere" },
    decision.risks.length
      ? { kind: "list", items: decision.risks.map((r) => withLink(`${r.title}: ${r.text} Kilde: ${r.sources.map((source) => `${source.title}. ${source.reference}`).join("; ")}.`, r.link)) }
      : { kind: "paragraph", text: "Vejvalget fandt ingen særlige risici ud fra jeres svar." },
    { kind: "heading", text: "Jeres svar" },
    { kind: "table", header: ["Spørgsmål", "Svar"], rows: VEJVALG_QUESTIONS.map((q) => [q.label, answerLabel(q.id, answers[q.id])]) },
  ];
}

export function vejvalgReport(answers: VejvalgAnswers, decision: VejvalgDecision): Report {
  return { title: "Begrundelse og risici", subtitle: "Vejvalg for et OPI-projekt", blocks: vejvalgBlocks(answers, decision) };
}

export function behovsscreeningReport(data: Behovsscreening): Report {
  const ranked = rankNeeds(data.needs);
  const solution = (value: string) => SOLUTION_OPTIONS.find((o) => o.value === value)?.label ?? value;
  return {
    title: "Behovsscreening",
    subtitle: data.project,
    blocks: [
      { kind: "paragraph", text: `Behovene er vurderet fra 1 (meget lille) til 5 (meget stort potentiale) på fem områder. Den højeste mulige score er ${MAX_SCORE}.` },
      { kind: "heading", text: "Prioriteret rækkefølge" },
      { kind: "list", ordered: true, items: ranked.map((n) => `${n.title}: ${n.score} af ${MAX_SCORE} point. ${n.advice}`) },
      {
        kind: "table",
        caption: "Behovene side om side",
        header: ["Behov", ...DIMENSIONS.map((d) => hyphenated(d.label)), "I alt"],
        numeric: [false, ...DIMENSIONS.map(() => true), true],
        rows: ranked.map((n) => [n.title, ...DIMENSIONS.map((d) => String(n.ratings[d.id])), String(n.score)]),
      },
      ...ranked.flatMap((n) => [
        { kind: "heading" as const, text: `${n.rank}. ${n.title}`, level: 3 as const },
        {
          kind: "fields" as const,
          items: [
            ["Behovet", n.description],
            ["Målgruppe", n.targetGroup],
            ["Andre med behovet", n.others ?? "Ikke udfyldt"],
            ["Findes der løsninger?", `${solution(n.solutions)}${n.solutionsNote ? `. ${n.solutionsNote}` : ""}`],
            ["Råd", n.advice],
          ] as [string, string][],
        },
      ]),
    ],
  };
}

/** Long compound words with soft hyphens where Danish breaks them, so a narrow column breaks them there. */
const SOFT_HYPHENS: Record<string, string> = {
  Organisation: "Organi\u00ADsation",
  Forretningsudvikling: "Forretnings\u00ADudvikling",
  Markedsudvikling: "Markeds\u00ADudvikling",
};
const hyphenated = (word: string) => SOFT_HYPHENS[word] ?? word;

export function behovsscreeningSheets(data: Behovsscreening): Sheet[] {
  const ranked = rankNeeds(data.needs);
  const last = 1 + DIMENSIONS.length; // column index of the last rating
  const column = (index: number) => String.fromCharCode(65 + index);
  return [
    {
      name: "Behovsscreening",
      landscape: true,
      widths: [10, 26, ...DIMENSIONS.map((d) => Math.max(10, d.label.length + 2)), 8, 40, 22, 22, 24],
      rows: [
        ["Placering", "Behov", ...DIMENSIONS.map((d) => d.label), "I alt", "Beskrivelse", "Målgruppe", "Andre med behovet", "Findes der løsninger?"],
        ...ranked.map((n, i): SheetCell[] => [
          n.rank,
          n.title,
          ...DIMENSIONS.map((d) => n.ratings[d.id]),
          { formula: `SUM(C${i + 2}:${column(last)}${i + 2})`, value: DIMENSIONS.reduce((sum, d) => sum + n.ratings[d.id], 0) },
          n.description,
          n.targetGroup,
          n.others ?? "",
          SOLUTION_OPTIONS.find((o) => o.value === n.solutions)?.label ?? n.solutions,
        ]),
      ],
    },
  ];
}

export function partnerscreeningReport(data: PartnerScreening): Report {
  const missing = missingKinds(data.partners);
  return {
    title: "Partnerscreening",
    subtitle: data.project,
    blocks: [
      { kind: "heading", text: "Fælles mål" },
      { kind: "paragraph", text: data.goal },
      { kind: "heading", text: "Partnere" },
      {
        kind: "table",
        header: ["Partner", "Type", "Status", "Bidrager med", "Egne mål", "Sådan når I dem"],
        rows: data.partners.map((p) => [p.name, kindLabel(p.kind), statusLabel(p.status), p.brings, p.goals ?? "", p.reach ?? ""]),
      },
      ...(missing.length ? [{ kind: "heading" as const, text: "Overvej" }, { kind: "list" as const, items: missing }] : []),
    ],
  };
}

export function partnerscreeningSheets(data: PartnerScreening): Sheet[] {
  return [
    {
      name: "Partnere",
      landscape: true,
      widths: [30, 22, 16, 45, 45, 40],
      rows: [["Partner", "Type", "Status", "Bidrager med", "Egne mål", "Sådan når I dem"], ...data.partners.map((p) => [p.name, kindLabel(p.kind), statusLabel(p.status), p.brings, p.goals ?? "", p.reach ?? ""])],
    },
    { name: "Fælles mål", widths: [80], rows: [["Fælles mål"], [data.goal]] },
  ];
}

export function businessCaseReport(data: BusinessCase): Report {
  const result = computeBusinessCase(data);
  const years = result.years.map((y) => `År ${y.year}`);
  return {
    title: "Business case",
    subtitle: data.title,
    blocks: [
      { kind: "heading", text: "Resultat" },
      {
        kind: "list",
        items: [
          `Omkostninger i alt: ${formatKroner(result.totalCost)}`,
          `Gevinster i alt: ${formatKroner(result.totalGain)}`,
          `Nettoværdi: ${formatKroner(result.net)}`,
          ...(data.rate > 0 ? [`Nutidsværdi med ${formatNumber(data.rate)} % diskonteringsrente: ${formatKroner(result.presentValue)}`] : []),
          paybackText(result),
        ],
      },
      {
        kind: "table",
        caption: "År for år (kr.)",
        header: ["", ...years],
        numeric: [false, ...years.map(() => true)],
        rows: [
          ...BOTTOM_LINES.flatMap((line) => [
            [`${line.label}: omkostninger`, ...data.years.map((y) => formatNumber(y[`${line.id}Cost`]))],
            [`${line.label}: gevinster`, ...data.years.map((y) => formatNumber(y[`${line.id}Gain`]))],
          ]),
          ["Netto", ...result.years.map((y) => formatNumber(y.net))],
          ["Akkumuleret netto", ...result.years.map((y) => formatNumber(y.cumulative))],
          ...(data.rate > 0 ? [["Nutidsværdi", ...result.years.map((y) => formatNumber(y.present))]] : []),
        ],
      },
      {
        kind: "table",
        caption: "De tre bundlinjer for hele perioden (kr.)",
        header: ["Bundlinje", "Omkostninger", "Gevinster", "Netto"],
        numeric: [false, true, true, true],
        rows: result.perLine.map((l) => [l.label, formatNumber(l.cost), formatNumber(l.gain), formatNumber(l.net)]),
      },
      ...(data.qualityNote ? [{ kind: "heading" as const, text: "Kvalitet, der ikke kan gøres op i kroner" }, { kind: "paragraph" as const, text: data.qualityNote }] : []),
      { kind: "note", text: "År 1 tilbagediskonteres ikke. År 2 tilbagediskonteres én gang med renten, år 3 to gange og så videre. Tallene er jeres egne skøn." },
    ],
  };
}

export function businessCaseSheets(data: BusinessCase): Sheet[] {
  const n = data.years.length;
  const col = (i: number) => String.fromCharCode(66 + i); // B = year 1
  const rows: SheetCell[][] = [["Beløb i kr.", ...data.years.map((_, i) => `År ${i + 1}`), "I alt"]];
  // Each formula carries the value it computes, worked out here the way the spreadsheet does.
  const sumRow = (r: number, values: number[]): SheetCell => ({ formula: `SUM(B${r}:${col(n - 1)}${r})`, value: values.reduce((a, b) => a + b, 0) });
  for (const line of BOTTOM_LINES) {
    for (const kind of ["Cost", "Gain"] as const) {
      const r = rows.length + 1;
      const values = data.years.map((y) => y[`${line.id}${kind}`]);
      rows.push([`${line.label}: ${kind === "Cost" ? "omkostninger" : "gevinster"}`, ...values, sumRow(r, values)]);
    }
  }
  const costRows = [2, 4, 6];
  const gainRows = [3, 5, 7];
  const net = data.years.map((y) => y.citizenGain + y.publicGain + y.companyGain - (y.citizenCost + y.publicCost + y.companyCost));
  const netRow = rows.length + 1;
  rows.push(["Netto", ...net.map((value, i): SheetCell => ({ formula: `${gainRows.map((r) => `${col(i)}${r}`).join("+")}-(${costRows.map((r) => `${col(i)}${r}`).join("+")})`, value })), sumRow(netRow, net)]);
  const cumulativeRow = rows.length + 1;
  let cumulative = 0;
  rows.push(["Akkumuleret netto", ...net.map((value, i): SheetCell => ({ formula: i === 0 ? `B${netRow}` : `${col(i - 1)}${cumulativeRow}+${col(i)}${netRow}`, value: (cumulative += value) })), null]);
  const rateRow = rows.length + 1;
  const rate = data.rate / 100;
  rows.push(["Diskonteringsrente", { value: rate, format: "0.0# %" }, ...data.years.slice(1).map(() => null), null]);
  const presentRow = rows.length + 1;
  const present = net.map((value, i) => value / Math.pow(1 + rate, i));
  rows.push(["Nutidsværdi", ...present.map((value, i): SheetCell => ({ formula: `${col(i)}${netRow}/(1+$B$${rateRow})^${i}`, value })), sumRow(presentRow, present)]);
  return [
    { name: "Business case", widths: [46, ...data.years.map(() => 14), 16], rows },
    ...(data.qualityNote ? [{ name: "Kvalitet", widths: [90], rows: [["Kvalitet, der ikke kan gøres op i kroner"], [data.qualityNote]] }] : []),
  ];
}
