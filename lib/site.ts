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

/** Dates are shown the Danish way: 23. november 2026. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
  return `${day}. ${months[(month ?? 1) - 1]} ${year}`;
}
