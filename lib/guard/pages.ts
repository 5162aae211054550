/**
 * The guard's answers: a Danish page for each reason a request is refused, with every security header. The
 * same pages are written to files for nginx's own errors (docs/deploy.md), so a reader sees one page whoever
 * refused the request.
 */
import { ERROR_PAGE_CSP, errorPageHtml, type ErrorPage } from "@/lib/http/error-page";
import { securityHeaders } from "@/lib/security/headers.mjs";

const BACK_TO_FORM = "Gå tilbage med browserens Tilbage-knap. Dine svar står stadig i formularen.";

export const REFUSALS = {
  "bad-address": {
    status: 400,
    page: { title: "Adressen er ikke gyldig", text: ["Adressen indeholder tegn, som ikke kan læses.", "Tjek adressen, eller start på forsiden."] },
  },
  "bad-request": {
    status: 400,
    page: { title: "Forespørgslen kunne ikke læses", text: ["Browseren sendte noget, som OPI-guiden ikke kan læse.", "Tjek adressen, eller start på forsiden. Var du ved at udfylde en formular, så gå tilbage, og send den igen."] },
  },
  "bad-form": {
    status: 400,
    page: { title: "Formularen kunne ikke læses", text: ["Det, som browseren sendte, var ufuldstændigt eller i et format, som OPI-guiden ikke kender.", `${BACK_TO_FORM} Send formularen igen.`] },
  },
  "foreign-origin": {
    status: 403,
    page: { title: "Formularen kom fra et andet websted", text: ["OPI-guiden tager kun imod formularer, som er sendt fra OPI-guidens egne sider. Derfor er formularen ikke modtaget.", "Åbn værktøjet på OPI-guiden, og send formularen derfra."] },
  },
  "not-found": {
    status: 404,
    page: { title: "Siden findes ikke", text: ["Der er ingen side på denne adresse.", "Tjek adressen, eller start på forsiden."] },
  },
  method: {
    status: 405,
    page: { title: "Siden tager ikke imod den slags forespørgsler", text: ["På OPI-guiden kan du hente sider og sende formularer. Andre slags forespørgsler bliver ikke modtaget."] },
  },
  "too-slow": {
    status: 408,
    page: { title: "Det tog for lang tid at sende formularen", text: ["Browseren holdt op med at sende, før hele formularen var modtaget.", `${BACK_TO_FORM} Send formularen igen.`] },
  },
  outdated: {
    status: 409,
    page: { title: "Siden er blevet opdateret", text: ["Der er kommet en ny udgave af OPI-guiden, siden du åbnede siden. Derfor kunne formularen ikke sendes.", "Gå tilbage, hent siden igen, og send formularen en gang til."] },
  },
  "too-large": {
    status: 413,
    page: {
      title: "Filen er for stor",
      text: ["Det, du sendte, fylder mere end 2,5 MB. Derfor er det ikke modtaget.", "Et udkast eller en svarfil må højst fylde 2 MB.", `${BACK_TO_FORM} Du kan vælge en mindre fil.`],
    },
  },
  "wrong-format": {
    status: 415,
    page: { title: "Forkert format", text: ["OPI-guiden tager kun imod formularer i det format, som en browser sender dem i.", "Send formularen fra en side på OPI-guiden."] },
  },
  "too-many": {
    status: 429,
    page: { title: "Du har sendt mange formularer på kort tid", text: ["Vent et øjeblik, og prøv igen.", BACK_TO_FORM] },
  },
  "headers-too-large": {
    status: 431,
    page: { title: "Adressen er for lang", text: ["Adressen eller de oplysninger, som browseren sendte med, fylder for meget.", "Tjek adressen, eller start på forsiden."] },
  },
  "server-error": {
    status: 500,
    page: { title: "Der skete en fejl", text: ["Siden kunne ikke vises på grund af en fejl hos OPI-guiden. Fejlen er skrevet i serverens log.", `Prøv igen om lidt. Var du ved at udfylde en formular: ${BACK_TO_FORM.charAt(0).toLowerCase()}${BACK_TO_FORM.slice(1)}`] },
  },
  unavailable: {
    status: 502,
    page: { title: "OPI-guiden svarer ikke lige nu", text: ["Serveren bag siden svarede ikke i tide.", `Prøv igen om lidt. Var du ved at udfylde en formular: ${BACK_TO_FORM.charAt(0).toLowerCase()}${BACK_TO_FORM.slice(1)}`] },
  },
} as const satisfies Record<string, { status: number; page: ErrorPage }>;

export type Refusal = keyof typeof REFUSALS;

/** The methods the site answers; anything else gets 405 with this list. */
export const ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";

/** The security headers every answer carries, the policy included; an answer's own values win. */
export function withSecurityHeaders(headers: Record<string, string>, csp = ERROR_PAGE_CSP): Record<string, string> {
  const present = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const all: Record<string, string> = { ...headers };
  for (const { key, value } of [...securityHeaders, { key: "Content-Security-Policy", value: csp }]) {
    if (!present.has(key.toLowerCase())) all[key] = value;
  }
  return all;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** The Danish page for a refusal, with its status and every header. `status` overrides the usual one. */
export function refusal(reason: Refusal, status: number = REFUSALS[reason].status): Answer {
  const body = Buffer.from(errorPageHtml(REFUSALS[reason].page), "utf8");
  const headers: Record<string, string> = {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": String(body.length),
    "Cache-Control": "no-store",
  };
  if (status === 405) headers.Allow = ALLOWED_METHODS;
  // Next.js' client router reads this header as "the page's server function is gone" (a deploy since it loaded).
  if (reason === "outdated") headers["x-nextjs-action-not-found"] = "1";
  return { status, headers: withSecurityHeaders(headers), body };
}

/** The reason to show for an error status from the Next.js server whose answer had no page of its own. */
export function reasonFor(status: number): Refusal {
  if (status === 502 || status === 503 || status === 504) return "unavailable";
  if (status >= 500) return "server-error";
  switch (status) {
    case 403:
      return "foreign-origin";
    case 404:
    case 409:
      return "outdated";
    case 405:
      return "method";
    case 408:
      return "too-slow";
    case 413:
      return "too-large";
    case 415:
      return "wrong-format";
    case 429:
      return "too-many";
    case 431:
      return "headers-too-large";
    default:
      return "bad-form";
  }
}

/** The error pages nginx serves for its own errors, by file name (deploy/nginx.conf: error_page). */
export const NGINX_ERROR_PAGES: Record<string, Refusal> = {
  "400.html": "bad-request",
  "404.html": "not-found",
  "405.html": "method",
  "408.html": "too-slow",
  "413.html": "too-large",
  "414.html": "headers-too-large",
  "429.html": "too-many",
  "431.html": "headers-too-large",
  "500.html": "server-error",
  "502.html": "unavailable",
};

export function nginxErrorPage(file: string): string {
  const reason = NGINX_ERROR_PAGES[file];
  if (!reason) throw new Error(`No error page ${file}`);
  return errorPageHtml(REFUSALS[reason].page);
}
