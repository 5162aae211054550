import { z } from "zod";

/** The organisation responsible for the site, as a deployment sets it (SITE_OWNER, SITE_OWNER_CONTACT; see README.md). */
export interface SiteOwner {
  name: string;
  /** A public e-mail address or web page, shown as a link. */
  contact?: { href: string; label: string };
}

/** What the site says when no organisation has taken responsibility for it. */
export const NO_SITE_OWNER = "OPI-guiden har endnu ingen organisation, der ejer den og står inde for indholdet.";

const ownerName = z
  .string()
  .trim()
  .min(2)
  .max(160)
  .regex(/^[^\p{Cc}<>]+$/u);
const ownerContact = z.union([
  z.email().transform((email) => ({ href: `mailto:${email}`, label: email })),
  z
    .url({ protocol: /^https$/, hostname: z.regexes.domain })
    .transform((url) => ({ href: url, label: url.replace(/^https:\/\//, "").replace(/\/$/, "") })),
]);

/**
 * Reads the owner from the environment. A value that is not a plain name, or a contact that is neither an e-mail
 * address nor an https address, is left out with a warning: the site then says honestly that no owner is set.
 */
export function readSiteOwner(env: Record<string, string | undefined>, warn: (message: string) => void = console.warn): SiteOwner | undefined {
  const rawName = env.SITE_OWNER?.trim();
  if (!rawName) return undefined;
  const name = ownerName.safeParse(rawName);
  if (!name.success) {
    warn("SITE_OWNER er ikke et gyldigt navn (2–160 tegn, uden < og >) og bliver ikke vist.");
    return undefined;
  }
  const rawContact = env.SITE_OWNER_CONTACT?.trim();
  if (!rawContact) return { name: name.data };
  const contact = ownerContact.safeParse(rawContact);
  if (!contact.success) warn("SITE_OWNER_CONTACT er hverken en e-mailadresse eller en https-adresse og bliver ikke vist.");
  return contact.success ? { name: name.data, contact: contact.data } : { name: name.data };
}

/**
 * Facts about the site itself. Deployments set SITE_URL, REPOSITORY_URL and SITE_OWNER; see README.md. A production
 * build refuses to run without SITE_URL (next.config.mjs) and writes its value into the code, so the fallback below
 * serves only `next dev` and the unit tests.
 */
export const site = {
  name: "OPI-guiden",
  tagline: "Guide til offentlig-privat innovation",
  url: (process.env.SITE_URL || "http://localhost:3000").replace(/\/$/, ""),
  repositoryUrl: (process.env.REPOSITORY_URL ?? "https://github.com/opi-guiden/opi-guiden").replace(/\/$/, ""),
  branch: process.env.REPOSITORY_BRANCH ?? "main",
  license: { code: "MIT", content: "CC BY 4.0" },
  owner: readSiteOwner(process.env),
};

/** "Foreslå en ændring": the file in the source repository, opened for editing. */
export function editUrl(file: string): string {
  return `${site.repositoryUrl}/edit/${site.branch}/${file}`;
}

export function absoluteUrl(pathname: string): string {
  return `${site.url}${pathname === "/" ? "/" : pathname}`;
}

export { formatDate } from "./format";
