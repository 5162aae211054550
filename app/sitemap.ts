import type { MetadataRoute } from "next";
import { listSitemapUrls } from "@/lib/content";
import { APP_ROUTES } from "@/lib/content/routes";
import { absoluteUrl } from "@/lib/site";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const content = await listSitemapUrls();
  const pages = APP_ROUTES.filter((route) => !route.includes("."));
  return [
    ...content.map((entry) => ({ url: absoluteUrl(entry.url), lastModified: entry.lastModified || undefined })),
    ...pages.map((route) => ({ url: absoluteUrl(route) })),
  ];
}
