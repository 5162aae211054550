/**
 * Addresses served by code rather than by a content file, so content may link to them.
 * Navigation never comes from here: it comes from frontmatter.
 */
export const APP_ROUTES: readonly string[] = ["/soeg", "/opi-processen/hele-guiden", "/sitemap.xml", "/robots.txt"];

/** Guide pages served by a route of their own because they embed interactive tools (see components/layout/GuideRoute.tsx). */
export const TOOL_ROUTES: readonly string[] = [
  "/opi-processen/opstart",
  "/vaerktoejer/samarbejdsaftale",
  "/vaerktoejer/hensigtserklaering",
  "/vaerktoejer/fortrolighedsaftale",
];
