/**
 * The Content Security Policy. Scripts run only from this origin, and inline scripts only when the policy names them:
 * by their sha256 hash on prerendered pages (listed at build time by scripts/csp-manifest.ts), by a per-request
 * nonce on pages rendered per request. Never 'unsafe-inline' or 'unsafe-eval' for scripts.
 */
export const CSP_MANIFEST = "csp-hashes.json";

export interface CspManifest {
  /** Page path → the sha256 sources of its inline scripts. */
  pages: Record<string, string[]>;
  /** The inline scripts of the prerendered 404 page, which any unknown path may get. */
  notFound: string[];
}

export interface PolicyOptions {
  /** Development: React evaluates code for its debugging features. */
  dev?: boolean;
  /**
   * The site is served over HTTPS, so the browser may load every http: address of the page over https: instead.
   * Never on plain HTTP: a browser that opens http://<machine>:3000 from the network would then ask for the
   * stylesheet and scripts over HTTPS, which that server does not speak, and the page would lose them.
   */
  upgradeInsecureRequests?: boolean;
}

/**
 * Whether the site is served over HTTPS: SITE_URL says so, or the request came through the HTTPS front, which
 * says so in X-Forwarded-Proto (the guard in front of the server passes that header on only from the machine
 * itself; see docs/deploy.md). Plain HTTP otherwise.
 */
export function servedOverHttps(siteUrl: string | undefined, forwardedProto: string | null): boolean {
  return Boolean(siteUrl?.startsWith("https://")) || forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

export function contentSecurityPolicy(scriptSources: string[], options: PolicyOptions = {}): string {
  return [
    "default-src 'self'",
    // In development React evaluates code for its debugging features; production never does.
    `script-src 'self' ${scriptSources.join(" ")}${options.dev ? " 'unsafe-eval' 'unsafe-inline'" : ""}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(options.upgradeInsecureRequests ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Inline <script> bodies in an HTML document, hashed as a browser hashes them. */
export async function inlineScriptHashes(html: string): Promise<string[]> {
  const bodies = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").filter((body) => body.length > 0);
  const hashes = await Promise.all(
    bodies.map(async (body) => {
      const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body));
      return `'sha256-${Buffer.from(digest).toString("base64")}'`;
    }),
  );
  return [...new Set(hashes)];
}
