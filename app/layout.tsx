import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { site } from "@/lib/site";
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

// The header and <main> come from each section's layout (components/layout/SiteChrome.tsx), which knows the address.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="da" className={body.variable}>
      <body className="flex min-h-screen flex-col">
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
