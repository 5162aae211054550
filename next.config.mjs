/* global process, URL */
import { availableParallelism } from "node:os";
import { securityHeaders } from "./lib/security/headers.mjs";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";

// Security headers go on every response, pages and static files alike (lib/security/headers.mjs). The Content
// Security Policy is set per page by proxy.ts: hashes of the inline scripts on prerendered pages, a nonce on pages
// rendered per request.

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * The public address of the site, which pages (canonical links, sitemap, feed) and documents (links in the planning
 * reports) carry. A production build without it would point every reader at a server they cannot reach, so it fails
 * instead, with what to do. A loopback address is for a local preview or the tests only: say so with
 * ALLOW_LOCAL_SITE_URL=1 (npm run serve and npm run verify do).
 */
export function checkSiteUrl(value = process.env.SITE_URL, allowLocal = process.env.ALLOW_LOCAL_SITE_URL === "1") {
  const fix = "Set SITE_URL to the site's public address, e.g. SITE_URL=https://opi-guiden.example.dk npm run build (see README.md and docs/deploy.md).";
  if (!value) throw new Error(`SITE_URL is not set. Pages and documents would carry links to no real address. ${fix}`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not an address: ${JSON.stringify(value)}. ${fix}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`SITE_URL must start with https:// or http://, not ${url.protocol}. ${fix}`);
  if (LOOPBACK.test(url.hostname) && !allowLocal) {
    throw new Error(`SITE_URL is ${value}, an address on the build machine only. ${fix} For a local preview, also set ALLOW_LOCAL_SITE_URL=1.`);
  }
  return url.origin + url.pathname.replace(/\/$/, "");
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The benchmark builds generated content into a folder of its own, so it never overwrites the real build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // A self-contained server in .next/standalone for deployment; see docs/deploy.md.
  output: "standalone",
  // The builders' "Fortsæt fra en fil" accepts a DOCX of up to 2 MB through their server action. The guard in
  // front of the server (lib/guard) answers a request body over 2.5 MB itself with a Danish 413 page, so this
  // limit of Next.js, whose answer would be a 500, is set above it and never reached.
  experimental: {
    serverActions: { bodySizeLimit: "3mb" },
    // Prerender with one worker per core. Next.js keeps a core free for its main process by default, but that
    // process only waits while the workers render, so on a 2-core machine the default halved the build's speed.
    cpus: availableParallelism(),
  },
  serverExternalPackages: ["esbuild", "mdx-bundler"],
  // The PDF fonts are read from node_modules at run time (lib/pdf/fonts.ts): copy them into the standalone server.
  outputFileTracingIncludes: {
    "/vaerktoejer/dokument": [
      "./node_modules/source-sans/TTF/SourceSans3-{Regular,Bold,It}.ttf",
      "./node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-{400,700}-normal.woff",
      "./node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-{400,700}-normal.woff",
    ],
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default function config(phase) {
  if (phase !== PHASE_PRODUCTION_BUILD) return nextConfig;
  // The build's address is written into the server code too, so pages rendered per request and documents use it.
  return { ...nextConfig, env: { ...nextConfig.env, SITE_URL: checkSiteUrl() } };
}
