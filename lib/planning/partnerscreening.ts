/** Partnerscreening: known and wanted partners, what each brings, their goals and how to reach them. Zod-free and pure. */
export const MAX_PARTNERS = 12;

export const PARTNER_KINDS = [
  { value: "offentlig", label: "Offentlig part" },
  { value: "virksomhed", label: "Virksomhed" },
  { value: "videninstitution", label: "Videninstitution" },
  { value: "forening", label: "Forening eller borgere" },
  { value: "andet", label: "Andet" },
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number]["value"];

export const PARTNER_STATUSES = [
  { value: "kendt", label: "Kendt partner", hint: "I har kontakt i dag" },
  { value: "oensket", label: "Ønsket partner", hint: "I skal finde eller kontakte dem" },
] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number]["value"];

export interface Partner {
  name: string;
  kind: PartnerKind;
  status: PartnerStatus;
  brings: string;
  goals?: string;
  reach?: string;
}

export interface PartnerScreening {
  project?: string;
  goal: string;
  partners: Partner[];
}

export const kindLabel = (kind: string) => PARTNER_KINDS.find((k) => k.value === kind)?.label ?? kind;
export const statusLabel = (status: string) => PARTNER_STATUSES.find((s) => s.value === status)?.label ?? status;

/** Which kinds of partner the list lacks: an OPI needs at least a public party and a company. */
export function missingKinds(partners: Partner[]): string[] {
  const kinds = new Set(partners.map((p) => p.kind));
  const missing: string[] = [];
  if (!kinds.has("offentlig")) missing.push("Der er ingen offentlig part på listen. Et OPI-projekt har mindst én.");
  if (!kinds.has("virksomhed")) missing.push("Der er ingen virksomhed på listen. Et OPI-projekt har mindst én.");
  if (!kinds.has("videninstitution")) missing.push("Overvej en videninstitution. Den kan fx stå for evalueringen.");
  return missing;
}
