/* global process */
import { availableParallelism } from "node:os";
import { securityHeaders } from "./lib/security/headers.mjs";

// Security headers go on every response, pages and static files alike (lib/security/headers.mjs). The Content
// Security Policy is set per page by proxy.ts: hashes of the inline scripts on prerendered pages, a nonce on pages
// rendered per request.

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
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
