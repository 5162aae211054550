import type { ReactNode } from "react";
import { getMainNav } from "@/lib/content";
import { SiteHeader } from "./SiteHeader";

/**
 * The header and the main region of every page. Each section's layout renders it with what it knows of the address,
 * so the header marks the current section while pages stay prerendered (the root layout never knows the address):
 * `page` is the exact address (layouts of catch-all routes), `section` a section the page lies somewhere in.
 */
export async function SiteChrome({ page, section, children }: { page?: string; section?: string; children: ReactNode }) {
  const nav = await getMainNav();
  return (
    <>
      <SiteHeader items={nav} location={{ page, section }} />
      <main id="indhold" tabIndex={-1} className="flex-1 pt-6 outline-none">
        {children}
      </main>
    </>
  );
}

/** The address of a page under a layout with a catch-all segment: /jura/inhabilitet from ["jura", "inhabilitet"]. */
export function addressOf(slug: readonly string[]): string {
  return `/${slug.map(decodeURIComponent).join("/")}`;
}
