// The security headers on every response: pages, files and errors alike. next.config.mjs sends them with every
// answer of the Next.js server, and the guard in front of it (lib/guard) adds any that an answer lacks. The
// Content Security Policy is per page (proxy.ts). Plain JavaScript, because next.config.mjs imports it as it is.
// deploy/nginx.conf repeats the values for the answers nginx makes itself: change them there too.
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
