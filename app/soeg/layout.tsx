import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/SiteChrome";

export default function Layout({ children }: { children: ReactNode }) {
  return <SiteChrome section="/soeg">{children}</SiteChrome>;
}
