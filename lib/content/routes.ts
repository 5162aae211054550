/**
 * Addresses served by code rather than by a content file, so content may link to them.
 * Navigation never comes from here: it comes from frontmatter.
 */
export const APP_ROUTES: readonly string[] = ["/soeg", "/opi-processen/hele-guiden", "/sitemap.xml", "/robots.txt"];
