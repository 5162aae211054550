import type { ReactNode } from "react";
import { SiteChrome, addressOf } from "@/components/layout/SiteChrome";

// An audience variant is the page itself (/for/virksomhed/jura is /jura?maalgruppe=virksomhed): mark the page's section.
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ slug: string[] }> }) {
  return <SiteChrome page={addressOf((await params).slug)}>{children}</SiteChrome>;
}
