/* global process */
import { availableParallelism } from "node:os";

// Security headers go on every response, pages and static files alike. The Content Security Policy is set per
// page by proxy.ts: hashes of the inline scripts on prerendered pages, a nonce on pages rendered per request.
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The benchmark builds generated content into a folder of its own, so it never overwrites the real build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // A self-contained server in .next/standalone for deployment; see docs/deploy.md.
  output: "standalone",
  // The builders' "Fortsæt fra en fil" accepts a DOCX of up to 2 MB through their server action.
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
    // Prerender with one worker per core. Next.js keeps a core free for its main process by default, but that
    // process only waits while the workers render, so on a 2-core machine the default halved the build's speed.
    cpus: availableParallelism(),
  },
  serverExternalPackages: ["esbuild", "mdx-bundler"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
