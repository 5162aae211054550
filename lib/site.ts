/** Facts about the site itself. Deployments set SITE_URL and REPOSITORY_URL; see README.md. */
export const site = {
  name: "OPI-guiden",
  tagline: "Guide til offentlig-privat innovation",
  url: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  repositoryUrl: (process.env.REPOSITORY_URL ?? "https://github.com/opi-guiden/opi-guiden").replace(/\/$/, ""),
  branch: process.env.REPOSITORY_BRANCH ?? "main",
  license: { code: "MIT", content: "CC BY 4.0" },
};

/** "Foreslå en ændring": the file in the source repository, opened for editing. */
export function editUrl(file: string): string {
  return `${site.repositoryUrl}/edit/${site.branch}/${file}`;
}

export function absoluteUrl(pathname: string): string {
  return `${site.url}${pathname === "/" ? "/" : pathname}`;
}

export { formatDate } from "./format";
