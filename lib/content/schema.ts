/**
 * Every frontmatter schema of OPI-guiden lives in this file.
 * The comment on each field is written for editors; content/README.md repeats them in Danish.
 * Types come from z.infer, never from casts, so a page can only read what was validated.
 */
import { z } from "zod";
import { PHASES, AUDIENCES, OPI_TYPES, AREAS, CASE_STATUSES, LISTING_KINDS, TOOL_IDS, LEGAL_REVIEW_STATUSES } from "./vocabulary";

// The vocabulary is zod-free so client code can read it without loading zod.
export * from "./vocabulary";


// ---------------------------------------------------------------------------
// Building blocks

/** A calendar date written as YYYY-MM-DD. YAML turns such a value into a Date; we turn it back. */
const fromYamlDate = (value: unknown) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value);
const isValidDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const isoDate = z.preprocess(
  fromYamlDate,
  z
    .string({ error: "skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-23" })
    .refine(isValidDay, { error: "skal være en gyldig dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-23" }),
);

/**
 * A date as precise as a source shows it: YYYY-MM-DD, YYYY-MM or YYYY. An unquoted year reaches us as a number from
 * YAML; it is read as the year.
 */
const PARTIAL_DATE = /^(\d{4})(-(0[1-9]|1[0-2]))?$/;
const HINT = "skal være en dato skrevet som ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, så præcist som kilden viser den, fx 2021-02-10, 2021-02 eller 2021";
export const partialDate = z.preprocess(
  (value) => (typeof value === "number" && Number.isInteger(value) ? String(value) : fromYamlDate(value)),
  z.string({ error: HINT }).refine((s) => PARTIAL_DATE.test(s) || isValidDay(s), { error: HINT }),
);

/** A trimmed text between min and max characters, with Danish messages. */
export const text = (min: number, max: number) =>
  z
    .string({ error: "mangler; skriv en tekst" })
    .trim()
    .min(min, { error: `er for kort; skriv mindst ${min} tegn` })
    .max(max, { error: `er for lang; skriv højst ${max} tegn` });

const httpsUrl = z
  .string({ error: "mangler; skriv en fuld adresse, der begynder med https://" })
  .regex(/^https?:\/\/[^\s]+$/, { error: "skal være en fuld adresse, der begynder med https:// (eller http://)" });

/** A source that a statement rests on: a law, a guidance document, a web page. */
export const sourceSchema = z.strictObject({
  /** What the source is called, fx "Udbudsloven § 22". */
  title: text(3, 200),
  /** Where the reader can find it. Leave out only for printed material. */
  url: httpsUrl.optional(),
  /** Who published it, fx "Konkurrence- og Forbrugerstyrelsen". */
  publisher: text(2, 120).optional(),
  /** When the source was published or last changed (YYYY-MM-DD), if known. */
  date: isoDate.optional(),
});

/**
 * Whether a jurist has checked the legal content of a page (or of a tool's rules).
 * Every page under /jura must say it; any other page may. The site shows it under the heading:
 * "Ikke gennemgået af en jurist endnu", or "Juridisk gennemgået af … (dato)".
 *
 *   legalReview:
 *     status: ikke-gennemgaaet
 *
 *   legalReview:
 *     status: gennemgaaet
 *     reviewer: "Anne Eksempel, advokat, Eksempel Advokater"   # the person, and the firm or department
 *     date: 2026-12-10                                          # the day the review was finished
 *
 * Never write status: gennemgaaet unless a named jurist has read the whole page against its sources.
 */
export const legalReviewSchema = z
  .strictObject({
    /** ikke-gennemgaaet (no jurist has checked the page) or gennemgaaet (a named jurist has, on a given date). */
    status: z.enum(LEGAL_REVIEW_STATUSES),
    /** Who reviewed it: the person, and the firm or department, fx "Anne Eksempel, advokat, Eksempel Advokater". */
    reviewer: text(5, 160).optional(),
    /** The day the review was finished (YYYY-MM-DD). */
    date: isoDate.optional(),
  })
  .superRefine(
    (value, ctx) => {
      if (value.status === "gennemgaaet") {
        if (value.reviewer === undefined) {
          ctx.addIssue({ code: "custom", path: ["reviewer"], message: "mangler. Skriv juristens navn og organisation, fx reviewer: \"Anne Eksempel, advokat, Eksempel Advokater\"" });
        }
        if (value.date === undefined) {
          ctx.addIssue({ code: "custom", path: ["date"], message: "mangler. Skriv den dag, juristen blev færdig med gennemgangen, fx date: 2026-12-10" });
        }
      } else {
        for (const field of ["reviewer", "date"] as const) {
          if (value[field] !== undefined) {
            ctx.addIssue({ code: "custom", path: [field], message: "hører kun til status: gennemgaaet. Slet feltet, eller ret status, hvis en jurist har gennemgået siden" });
          }
        }
      }
    },
    { when: (payload) => fieldsValid(payload, ["status"]) },
  );

const audienceList = z.array(z.enum(AUDIENCES)).min(1, { error: "skal have mindst én målgruppe" });
const phaseList = z.array(z.enum(PHASES)).min(1, { error: "skal have mindst én fase" });

// ---------------------------------------------------------------------------
// Guide pages: content/pages/**/*.mdx (URL = path; index.mdx is the folder's own page)

const pageFields = {
  /** The page's heading and <title>. */
  title: text(3, 90),
  /** A shorter name for menus and breadcrumbs. Defaults to the title. */
  navTitle: text(2, 40).optional(),
  /** One or two sentences for search engines and link previews. */
  description: text(40, 220),
  /** A short introduction shown under the heading. */
  lead: text(20, 400).optional(),
  /** Position among the pages in the same folder: lowest first. */
  order: z.number({ error: "skal være et tal, fx 10" }).int({ error: "skal være et helt tal, fx 10" }).min(0).max(1000).default(100),
  /** Position in the main navigation in the header. Only for pages directly under content/pages/. */
  menu: z.number({ error: "skal være et tal, fx 1" }).int().min(1).max(9).optional(),
  /** The date an editor last checked that the page is correct (YYYY-MM-DD). Shown as "Senest gennemgået". */
  reviewed: isoDate,
  /**
   * The sources the page builds on. Every legal statement needs one. A page under /jura must cite at least one
   * primary source by number: a Danish act ("lov nr. …" or "LBK nr. …") or an EU act (CELEX number or ELI address).
   */
  sources: z.array(sourceSchema).default([]),
  /** Whether a jurist has checked the page. Required under /jura; see legalReviewSchema above. */
  legalReview: legalReviewSchema.optional(),
  /** Who the page is for. Leave out when it is for everyone. */
  audience: audienceList.optional(),
  /** Leave the page out of the sitemap and search (fx a draft). */
  hidden: z.boolean().default(false),
  /** Include the page in "Hele guiden", the printable page with the whole guide. */
  wholeGuide: z.boolean().default(true),
};

export const pageSchema = z.strictObject(pageFields);

const checklistItem = text(5, 240);

/** content/pages/opi-processen/<fase>.mdx: every phase page has the same structure. */
export const phaseSchema = z.strictObject({
  ...pageFields,
  /** Which phase the page describes; must match the file name. */
  phase: z.enum(PHASES),
  /** The phase's number in the usual order (1–5). */
  step: z.number({ error: "skal være et tal fra 1 til 5" }).int().min(1).max(5),
  /** A short motto for the phase. */
  slogan: text(5, 140),
  /** What the phase is for, in one or two sentences. */
  purpose: text(20, 600),
  /** The questions the partners should be able to answer when the phase ends. */
  keyQuestions: z.array(text(5, 240)).min(2, { error: "skal have mindst 2 nøglespørgsmål" }),
  /** What the partners do in the phase. */
  activities: z.array(text(5, 300)).min(2, { error: "skal have mindst 2 aktiviteter" }),
  /** A checklist for each audience. */
  checklists: z.strictObject({
    offentlig: z.array(checklistItem).min(2, { error: "skal have mindst 2 punkter" }),
    virksomhed: z.array(checklistItem).min(2, { error: "skal have mindst 2 punkter" }),
    videninstitution: z.array(checklistItem).min(2, { error: "skal have mindst 2 punkter" }),
  }),
  /** Typical mistakes in the phase. */
  pitfalls: z.array(text(5, 300)).min(2, { error: "skal have mindst 2 faldgruber" }),
  /** Legal points to watch, each linking to a page under /jura. */
  legal: z
    .array(
      z.strictObject({
        /** The slug of the page under /jura, fx "inhabilitet". */
        topic: z.string().regex(/^[a-z0-9-]+$/, { error: "skal være et sidenavn under /jura, fx inhabilitet" }),
        /** What to watch out for, in one sentence. */
        text: text(10, 300),
      }),
    )
    .default([]),
  /** Tools that fit the phase (slugs of pages under /vaerktoejer). */
  tools: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
});

/** content/pages/vaerktoejer/<værktøj>.mdx */
export const toolPageSchema = z.strictObject({
  ...pageFields,
  /** The interactive tool the page shows, if any. */
  tool: z.enum(TOOL_IDS).optional(),
  /** The phases where the tool helps. */
  phases: phaseList,
  /** Who the tool is for. */
  audience: audienceList,
});

/** True when none of the payload's issues so far concern these top-level fields. */
function fieldsValid(payload: z.core.ParsePayload, fields: string[]): boolean {
  return !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));
}

// ---------------------------------------------------------------------------
// Cases: content/cases/<slug>.mdx
//
// Every fact a real case states names the source that says it: `source` is the `id` of one of the case's sources.
// content:check refuses a fact on a real case without a source, and any `source` that is not among the case's sources.
// The classification (phases, audience, area, opiType) is the editors' own and cites nothing; the page says so.

const SOURCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const sourceId = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? "mangler. Giv kilden et kort id, fx kl-2021, som fakta kan henvise til med source: kl-2021"
        : Array.isArray(issue.input)
          ? "skal være ét id, fx kl-2021. Siger flere kilder det samme, så vælg den, der siger det tydeligst"
          : "skal være et kort id, fx kl-2021",
  })
  .regex(SOURCE_ID, { error: "skal være et kort id med små bogstaver a-z, tal og bindestreger, fx kl-2021" });

/** A source of a case: like a page's source, with a short id that the facts cite. */
export const caseSourceSchema = z.strictObject({
  /** A short key the facts cite, fx "kl-2021": small letters a-z, digits and hyphens. */
  id: sourceId,
  ...sourceSchema.shape,
  /** When the source was published, as precisely as it shows it: YYYY-MM-DD, YYYY-MM or YYYY. Leave out when it shows none. */
  date: partialDate.optional(),
});

/**
 * A fact that a source states. In an example (example: true) the short form without a source is allowed:
 * "Eksempelkommune" instead of { name: "Eksempelkommune" }, so an example reads as plainly as before.
 */
const cited = <K extends string>(key: K, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? { [key]: value } : value),
    z.strictObject({ [key]: text(min, max), source: sourceId.optional() } as { [P in K]: ReturnType<typeof text> } & { source: z.ZodOptional<typeof sourceId> }),
  );

const party = cited("name", 2, 120);
const citedValue = (max: number) => cited("value", 2, max);
const citedText = (min: number, max: number) => cited("text", min, max);

const caseStatus = z.preprocess(
  (value) => (typeof value === "string" ? { value } : value),
  z.strictObject({
    /** igangvaerende, afsluttet or stoppet as a source states it; ukendt when no source does. */
    value: z.enum(CASE_STATUSES),
    /** The source that states the status. Leave out with ukendt. */
    source: sourceId.optional(),
    /** Optional: what the sources do say, fx "Kilden er et forslag fra 2009; den siger ikke, om det blev gennemført". */
    note: text(10, 300).optional(),
  }),
);

/** The facts of a case that must cite a source, by field. Used by the check and by the page's footnotes. */
export const CITED_CASE_FIELDS = ["publicParties", "companies", "knowledgeInstitutions", "period", "duration", "status", "results", "figures", "lessons", "agreement"] as const;

export const caseSchema = z
  .strictObject({
    /** The case's heading: what the project is. Examples get "Eksempel:" in front on the site; do not write it. */
    title: text(5, 120),
    /** Two or three sentences shown in the catalogue: only facts from the sources. */
    summary: text(40, 400),
    /** When the case was written or last checked against its sources (YYYY-MM-DD). */
    date: isoDate,
    /** Editors' classification: the phases the sources describe. */
    phases: phaseList,
    /** Editors' classification: who the case is most useful for. */
    audience: audienceList,
    /** Editors' classification: the welfare area. */
    area: z.enum(AREAS),
    /** Editors' classification: the type of OPI. */
    opiType: z.enum(OPI_TYPES),
    /** The public sources the case builds on, each with an id the facts cite. Required unless the case is an example. */
    sources: z.array(caseSourceSchema).default([]),
    /** Public parties (municipalities, regions, hospitals …) as the source names them, each with its source. */
    publicParties: z.array(party).min(1, { error: "skal have mindst én offentlig part" }),
    /** Companies as the source names them; [] when no source names one. */
    companies: z.array(party).default([]),
    /** Universities, professional colleges and GTS institutes; [] when no source names one. */
    knowledgeInstitutions: z.array(party).default([]),
    /** When the project ran, as the source gives it, fx "2020–2021". */
    period: citedValue(120).optional(),
    /** How long the project ran, as the source gives it, fx "10 måneder". */
    duration: citedValue(60).optional(),
    /** Where the project stands, with the source that says so; { value: ukendt } when no source does. */
    status: caseStatus,
    /** Results on the three bottom lines, each only when a source states it. */
    results: z
      .strictObject({
        citizen: citedText(5, 400).optional(),
        publicBody: citedText(5, 400).optional(),
        company: citedText(5, 400).optional(),
      })
      .default({}),
    /** Every number the case states, each with its source. */
    figures: z.array(citedText(3, 300)).default([]),
    /** What the sources present as learnings. An example needs at least one; a real case has [] when its sources name none. */
    lessons: z.array(citedText(5, 300)).default([]),
    /** The agreement the source says the partners used, fx "OPI-aftalen". */
    agreement: citedValue(200).optional(),
    /** Tools from the guide the case used or would have used (slugs under /vaerktoejer). */
    tools: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    /** true when the case is made up to illustrate a point. It is then marked "Eksempel" wherever it is shown. */
    example: z.boolean().default(false),
    /** Examples only: what the example shows that no real case in the guide shows, in one or two sentences. */
    illustrates: text(20, 300).optional(),
    /** Who to contact (only with their consent). */
    contact: text(2, 200).optional(),
  })
  .superRefine(
    (value, ctx) => {
      // A list of sources that is not a list at all is reported on its own; nothing below could be checked.
      if (value.sources !== undefined && !Array.isArray(value.sources)) return;
      const sources = Array.isArray(value.sources) ? value.sources : [];
      const known = new Map<string, number>();
      sources.forEach((source, index) => {
        if (!source || typeof source.id !== "string") return;
        if (known.has(source.id)) {
          ctx.addIssue({ code: "custom", path: ["sources", index, "id"], message: `"${source.id}" bruges også af kilde nr. ${(known.get(source.id) ?? 0) + 1}. Giv hver kilde sit eget id` });
        } else known.set(source.id, index);
      });
      const real = value.example !== true;
      if (real && sources.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["sources"],
          message: "mangler; en case om et virkeligt projekt skal nævne mindst én offentlig kilde. Er casen opdigtet, så skriv example: true",
        });
        // Without sources, every fact would also be reported: the one message above says what to do first.
        return;
      }
      if (real && !sources.some((source) => source && typeof source.url === "string")) {
        ctx.addIssue({
          code: "custom",
          path: ["sources"],
          message: "har ingen kilde med en adresse. Tilføj url: \"https://…\" på mindst én kilde, så læseren selv kan tjekke casen",
        });
      }
      const ids = [...known.keys()];
      const knownList = ids.length > 0 ? `Casens kilder: ${ids.join(", ")}` : "Casen har ingen kilder under sources";
      /** says: what the source must say, as it follows "den kilde, der …". */
      const check = (path: (string | number)[], fact: unknown, says: string, hint: string) => {
        if (!fact || typeof fact !== "object") return;
        const source = (fact as { source?: unknown }).source;
        // A source that is not an id at all has its own message from the field's schema.
        if (source !== undefined && (typeof source !== "string" || !SOURCE_ID.test(source))) return;
        if (typeof source === "string") {
          if (!known.has(source)) {
            ctx.addIssue({ code: "custom", path: [...path, "source"], message: `"${source}" findes ikke under sources. ${knownList}. Ret id'et, eller tilføj kilden under sources` });
          }
          return;
        }
        if (real) {
          ctx.addIssue({
            code: "custom",
            path: [...path, "source"],
            message: `mangler. Skriv id'et på den kilde, der ${says}, fx ${hint}. ${knownList}`,
          });
        }
      };
      const example = ids[0] ?? "kl-2021";
      const quote = (s: unknown) => (typeof s === "string" ? `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"` : "det");
      for (const key of ["publicParties", "companies", "knowledgeInstitutions"] as const) {
        const list = value[key];
        if (!Array.isArray(list)) continue;
        list.forEach((item, index) => {
          const name = (item as { name?: unknown } | undefined)?.name;
          check([key, index], item, `nævner ${quote(name)}`, `{ name: ${typeof name === "string" ? JSON.stringify(name) : '"…"'}, source: ${example} }`);
        });
      }
      for (const key of ["period", "duration", "agreement"] as const) {
        const fact = value[key];
        const said = (fact as { value?: unknown } | undefined)?.value;
        check([key], fact, `siger ${quote(said)}`, `${key}: { value: ${typeof said === "string" ? JSON.stringify(said) : '"…"'}, source: ${example} }`);
      }
      const status = value.status as { value?: unknown; source?: unknown } | undefined;
      if (status && typeof status === "object") {
        if (status.value === "ukendt") {
          if (typeof status.source === "string") {
            ctx.addIssue({ code: "custom", path: ["status", "source"], message: "skal udelades, når status er ukendt. Slet source, eller skriv den status, kilden nævner" });
          }
        } else if (typeof status.value === "string") {
          check(["status"], status, `siger, at projektet er ${status.value}`, `status: { value: ${status.value}, source: ${example} }. Siger ingen kilde det, så skriv status: { value: ukendt }`);
        }
      }
      const results = value.results as Record<string, unknown> | undefined;
      if (results && typeof results === "object") {
        for (const key of ["citizen", "publicBody", "company"]) {
          check(["results", key], results[key], `siger resultatet ${quote((results[key] as { text?: unknown } | undefined)?.text)}`, `{ text: "…", source: ${example} }. Siger ingen kilde det, så slet resultatet`);
        }
      }
      for (const key of ["figures", "lessons"] as const) {
        const list = value[key];
        if (!Array.isArray(list)) continue;
        list.forEach((item, index) => {
          const what = quote((item as { text?: unknown } | undefined)?.text);
          check([key, index], item, key === "figures" ? `siger tallet i ${what}` : `fremhæver læringen ${what}`, `{ text: "…", source: ${example} }`);
        });
      }
      if (!real && value.illustrates === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["illustrates"],
          message: "mangler. Skriv, hvad eksemplet viser, som ingen virkelig case i guiden viser. Viser en virkelig case det samme, så slet eksemplet",
        });
      }
      if (real && value.illustrates !== undefined) {
        ctx.addIssue({ code: "custom", path: ["illustrates"], message: "bruges kun i eksempler (example: true). Slet feltet" });
      }
      if (!real && Array.isArray(value.lessons) && value.lessons.length === 0) {
        ctx.addIssue({ code: "custom", path: ["lessons"], message: "mangler; et eksempel skal vise mindst én læring" });
      }
      if (typeof value.title === "string" && /^eksempel\b/i.test(value.title)) {
        ctx.addIssue({ code: "custom", path: ["title"], message: "begynder med »Eksempel«. Siden skriver selv »Eksempel:« foran et eksempel; slet ordet fra titlen" });
      }
    },
    // Check provenance together with any other problem in the file (a source's bad address included), not only after
    // the rest is fixed.
    { when: (payload) => fieldsValid(payload, ["example"]) },
  );

// ---------------------------------------------------------------------------
// Markedsplads listings: content/markedsplads/<slug>.mdx

export const listingSchema = z
  .strictObject({
    /** behov (a public body's need) or kompetence (what a company or knowledge institution offers). */
    kind: z.enum(LISTING_KINDS),
    title: text(5, 120),
    summary: text(20, 400),
    /** The organisation behind the listing. */
    organisation: text(2, 120),
    area: z.enum(AREAS),
    phases: phaseList,
    /** When the listing was published (YYYY-MM-DD). */
    published: isoDate,
    /** The last day the listing is shown (YYYY-MM-DD); at most one year after publication. */
    expires: isoDate,
    /** How to get in touch: a public e-mail address or web page of the organisation. */
    contact: z.strictObject({
      name: text(2, 120),
      email: z.email({ error: "skal være en e-mailadresse, fx innovation@kommune.dk" }).optional(),
      url: httpsUrl.optional(),
    }),
    /** true when the listing is made up to show how it works. */
    example: z.boolean().default(false),
  })
  .superRefine(
    (value, ctx) => {
    if (value.expires < value.published) {
      ctx.addIssue({ code: "custom", path: ["expires"], message: "ligger før published; udløbsdatoen skal være efter udgivelsesdatoen" });
    }
    const limit = new Date(`${value.published}T00:00:00Z`);
    limit.setUTCFullYear(limit.getUTCFullYear() + 1);
    if (Date.parse(`${value.expires}T00:00:00Z`) > limit.valueOf()) {
      ctx.addIssue({ code: "custom", path: ["expires"], message: "ligger mere end et år efter published; vælg en udløbsdato inden for et år" });
    }
    },
    { when: (payload) => fieldsValid(payload, ["published", "expires"]) },
  );

export type PageFrontmatter = z.infer<typeof pageSchema>;
export type PhaseFrontmatter = z.infer<typeof phaseSchema>;
export type ToolPageFrontmatter = z.infer<typeof toolPageSchema>;
export type CaseFrontmatter = z.infer<typeof caseSchema>;
export type ListingFrontmatter = z.infer<typeof listingSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type LegalReview = z.infer<typeof legalReviewSchema>;
export type CaseSource = z.infer<typeof caseSourceSchema>;

// ---------------------------------------------------------------------------
// Turning zod issues into editor messages: "field: what is wrong and how to fix it"

export function formatIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  return formatIssueAt(issue, "frontmatter");
}

/** The same message for a field of another YAML file, named from its root: "rules.0.reasons" (root ""). */
export function formatIssueAt(issue: z.core.$ZodIssue, root: string): { field: string; message: string } {
  const field = [root, ...issue.path.map(String)].filter(Boolean).join(".") || "(hele filen)";
  switch (issue.code) {
    case "invalid_value": {
      const allowed = issue.values.map((v) => String(v)).join(", ");
      if ("input" in issue && issue.input === undefined) return { field, message: `mangler. Vælg en af: ${allowed}` };
      return { field, message: `har en ukendt værdi. Tilladte værdier: ${allowed}` };
    }
    case "unrecognized_keys":
      return {
        field,
        message: `ukendt felt ${issue.keys.map((k) => `"${k}"`).join(", ")}. Fjern det, eller ret stavningen (se content/README.md)`,
      };
    case "invalid_type":
      // A schema's own message for a missing field ("mangler. …") says more than the general one.
      if (issue.input === undefined) return { field, message: issue.message.startsWith("mangler.") ? issue.message : "mangler. Feltet skal udfyldes (se content/README.md)" };
      return { field, message: issue.message.startsWith("Invalid") ? `har forkert type; forventede ${issue.expected}` : issue.message };
    case "too_small":
      if (issue.origin === "array") return { field, message: issue.message.startsWith("Too") ? `skal have mindst ${String(issue.minimum)} punkt(er)` : issue.message };
      if (issue.origin === "number") return { field, message: `skal være mindst ${String(issue.minimum)}` };
      return { field, message: issue.message };
    case "too_big":
      if (issue.origin === "number") return { field, message: `må højst være ${String(issue.maximum)}` };
      if (issue.origin === "array") return { field, message: `må højst have ${String(issue.maximum)} punkter` };
      return { field, message: issue.message };
    default:
      return { field, message: issue.message };
  }
}
