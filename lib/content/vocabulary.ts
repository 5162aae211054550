/** The closed vocabularies of the content: phases, audiences, OPI types, areas, statuses and tools, with their Danish labels. Zod-free. */
export const PHASES = ["ide", "opstart", "innovation", "markedsmodning", "implementering"] as const;
export const PHASE_LABELS: Record<Phase, string> = {
  ide: "Idé",
  opstart: "Opstart",
  innovation: "Innovation",
  markedsmodning: "Markedsmodning",
  implementering: "Implementering",
};

export const AUDIENCES = ["offentlig", "virksomhed", "videninstitution"] as const;
export const AUDIENCE_LABELS: Record<Audience, string> = {
  offentlig: "Offentlig",
  virksomhed: "Virksomhed",
  videninstitution: "Videninstitution",
};

/** How the guide names each audience in a sentence: "Tjekliste for virksomheden". */
export const AUDIENCE_NOUNS: Record<Audience, string> = {
  offentlig: "den offentlige part",
  virksomhed: "virksomheden",
  videninstitution: "videninstitutionen",
};

export const OPI_TYPES = ["mini-afproevning", "eksplorativ", "innovativt-indkoeb", "strategisk"] as const;
export const OPI_TYPE_LABELS: Record<OpiType, string> = {
  "mini-afproevning": "Mini-afprøvning",
  eksplorativ: "Eksplorativ OPI",
  "innovativt-indkoeb": "Innovativt indkøb",
  strategisk: "Strategisk samarbejde",
};

/** The five welfare areas of the national mapping of OPI projects, plus three more. */
export const AREAS = [
  "sundhed",
  "aeldrepleje",
  "dagtilbud",
  "undervisning",
  "socialomraadet",
  "beskaeftigelse",
  "klima-og-miljoe",
  "andet",
] as const;
export const AREA_LABELS: Record<Area, string> = {
  sundhed: "Sundhed",
  aeldrepleje: "Ældrepleje",
  dagtilbud: "Dagtilbud",
  undervisning: "Undervisning",
  socialomraadet: "Socialområdet",
  beskaeftigelse: "Beskæftigelse",
  "klima-og-miljoe": "Klima og miljø",
  andet: "Andet",
};

/** Where a project stands. "ukendt" when no source states it: a status is never inferred. */
export const CASE_STATUSES = ["igangvaerende", "afsluttet", "stoppet", "ukendt"] as const;
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  igangvaerende: "Igangværende",
  afsluttet: "Afsluttet",
  stoppet: "Stoppet",
  ukendt: "Ukendt",
};

/**
 * The kinds of partners a case shows, derived from its lists of parties. Every case has a public party and (being OPI)
 * a company, so "a public party" or "a company took part" tells no case apart; several of them, or a knowledge
 * institution, do.
 */
export const PARTNER_KINDS = ["flere-offentlige", "flere-virksomheder", "videninstitution"] as const;
export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  "flere-offentlige": "Flere offentlige parter",
  "flere-virksomheder": "Flere virksomheder",
  videninstitution: "Med videninstitution",
};

/** A real project, told from its public sources, or a made-up example. */
export const CASE_KINDS = ["virkelig", "eksempel"] as const;
export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  virkelig: "Virkeligt projekt",
  eksempel: "Eksempel",
};

export const LISTING_KINDS = ["behov", "kompetence"] as const;

/** Whether a jurist has checked a page's legal content: never claimed, only recorded with a name and a date. */
export const LEGAL_REVIEW_STATUSES = ["ikke-gennemgaaet", "gennemgaaet"] as const;

/** Interactive tools that a tool page or a phase page may show. */
export const TOOL_IDS = [
  "samarbejdsaftale",
  "hensigtserklaering",
  "fortrolighedsaftale",
  "databehandleraftale",
  "vejvalg",
  "behovsscreening",
  "partnerscreening",
  "business-case",
] as const;

export type Phase = (typeof PHASES)[number];
export type Audience = (typeof AUDIENCES)[number];
export type OpiType = (typeof OPI_TYPES)[number];
export type Area = (typeof AREAS)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export type CaseKind = (typeof CASE_KINDS)[number];
export type ToolId = (typeof TOOL_IDS)[number];
export type LegalReviewStatus = (typeof LEGAL_REVIEW_STATUSES)[number];
