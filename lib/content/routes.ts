/**
 * Addresses served by code rather than by a content file, so content may link to them.
 * Navigation never comes from here: it comes from frontmatter.
 */
export const APP_ROUTES: readonly string[] = ["/soeg", "/opi-processen/hele-guiden", "/cases.json", "/cases.csv", "/cases.schema.json", "/cases/feed.xml", "/cases/indsend", "/cases/aabne-data", "/markedsplads/opret", "/sitemap.xml", "/robots.txt"];

/**
 * Guide pages served by a route of their own: they embed interactive tools (see components/layout/GuideRoute.tsx)
 * or render a list of their own (the case catalogue, whose filtered views are rendered per request, and the
 * markedsplads, which drops expired listings per request).
 */
export const OWN_ROUTES: readonly string[] = [
  "/cases",
  "/markedsplads",
  "/opi-processen/ide",
  "/opi-processen/opstart",
  "/opi-processen/markedsmodning",
  "/vaerktoejer/vejvalg",
  "/vaerktoejer/behovsscreening",
  "/vaerktoejer/partnerscreening",
  "/vaerktoejer/business-case",
  "/vaerktoejer/samarbejdsaftale",
  "/vaerktoejer/hensigtserklaering",
  "/vaerktoejer/fortrolighedsaftale",
  "/vaerktoejer/databehandleraftale",
];

/** The URL parameter of the role switch: /side?maalgruppe=virksomhed. */
export const AUDIENCE_PARAM = "maalgruppe";

/**
 * Where no audience variant exists: the front page; the case catalogue and the markedsplads, which read the request
 * themselves ("maalgruppe" is one of the catalogue's filters); the case pages; and the variants themselves.
 */
const NO_AUDIENCE_VARIANT = /^\/(?:$|cases(?:-udvalg)?(?:\/|$)|markedsplads(?:\/|$)|for\/)/;

/** Whether the page at url has prerendered variants focused on one audience, at /for/<audience><url>. */
export function hasAudienceVariant(url: string): boolean {
  return !NO_AUDIENCE_VARIANT.test(url);
}
