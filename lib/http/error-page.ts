/**
 * The plain Danish page every error answer shows: the form routes' 4xx pages, the guard's refusals in front of the
 * server (lib/guard) and nginx's own errors (written to files by the guard; docs/deploy.md). It has no script and
 * loads nothing, so one strict policy fits it everywhere.
 */
export const ERROR_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

export interface ErrorPage {
  title: string;
  /** Short paragraphs in plain Danish: what happened, then what the reader can do. */
  text: string | string[];
  items?: string[];
  link?: { href: string; label: string };
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function errorPageHtml({ title, text, items = [], link = { href: "/", label: "Gå til forsiden" } }: ErrorPage): string {
  const paragraphs = (Array.isArray(text) ? text : [text]).map((line) => `<p>${escape(line)}</p>`).join("");
  const list = items.length ? `<ul>${items.map((item) => `<li>${escape(item)}</li>`).join("")}</ul>` : "";
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} | OPI-guiden</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b"><main><h1>${escape(title)}</h1>${paragraphs}${list}<p><a href="${escape(link.href)}" style="color:#0b4f8a">${escape(link.label)}</a></p></main></body></html>`;
}
