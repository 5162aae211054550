import type { ReactNode } from "react";
import { SiteChrome, addressOf } from "@/components/layout/SiteChrome";

export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ slug: string[] }> }) {
  return <SiteChrome page={addressOf((await params).slug)}>{children}</SiteChrome>;
}
