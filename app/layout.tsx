import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { getMainNav } from "@/lib/content";
import { site } from "@/lib/site";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SiteFooter } from "@/components/layout/SiteFooter";
import "./globals.css";

const body = localFont({
  src: [
    { path: "./fonts/source-sans-3-latin-wght-normal.woff2", style: "normal", weight: "200 900" },
    { path: "./fonts/source-sans-3-latin-wght-italic.woff2", style: "italic", weight: "200 900" },
  ],
  variable: "--font-body",
  // "optional": the text is painted once, in the font that is ready. A late font never repaints the page (no layout shift, earlier LCP).
  display: "optional",
});

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name} – ${site.tagline}`, template: `%s | ${site.name}` },
  description: "Sådan samarbejder offentlige og private om nye velfærdsløsninger: processen, jura, værktøjer og aftaler.",
  applicationName: site.name,
  formatDetection: { telephone: false },
};

export const viewport: Viewport = { themeColor: "#0b4f8a" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const nav = await getMainNav();
  return (
    <html lang="da" className={body.variable}>
      <body className="flex min-h-screen flex-col">
        <SiteHeader items={nav} />
        <main id="indhold" tabIndex={-1} className="flex-1 pt-6 outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
