/**
 * POST document, format (docx | pdf | json) and answers → the file. Plain HTML forms post here, with or without
 * JavaScript. Every answer is validated again with the document's zod schema; bad input gets a Danish 4xx page.
 */
import { DOCUMENT_IDS, DOCUMENTS, type DocumentId } from "@/lib/agreements/steps";
import { parseAnswers } from "@/lib/agreements/form";
import { contentDisposition, FORMATS, generate, validateDocument } from "@/lib/agreements/server";

const MAX_BODY = 100 * 1024;

export async function POST(request: Request): Promise<Response> {
  try {
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > MAX_BODY) return problem(413, "Forespørgslen er for stor", "Svarene fylder mere end 100 KB. Forkort de længste tekster, og prøv igen.");
    const type = request.headers.get("content-type") ?? "";
    if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
      return problem(415, "Forkert format", "Send svarene fra formularen i OPI-guiden.");
    }
    const body = await request.arrayBuffer();
    if (body.byteLength > MAX_BODY) return problem(413, "Forespørgslen er for stor", "Svarene fylder mere end 100 KB. Forkort de længste tekster, og prøv igen.");
    let form: FormData;
    try {
      form = await new Response(body, { headers: { "content-type": type } }).formData();
    } catch {
      return problem(400, "Formularen kunne ikke læses", "Gå tilbage, og send formularen igen.");
    }
    const document = String(form.get("document") ?? "");
    if (!(DOCUMENT_IDS as readonly string[]).includes(document)) return problem(400, "Ukendt dokument", "Vælg et af guidens aftaleværktøjer, og prøv igen.");
    const id = document as DocumentId;
    const answersField = form.get("answers");
    const answers = parseAnswers(typeof answersField === "string" ? answersField : undefined);
    const format = String(form.get("format") ?? "docx");
    const name = `${DOCUMENTS[id].title}${typeof answers.project === "object" && answers.project && typeof (answers.project as { title?: unknown }).title === "string" ? ` – ${String((answers.project as { title: string }).title).slice(0, 80)}` : ""}`;

    if (format === "json") {
      return new Response(JSON.stringify({ format: "opi-guiden-svar", document: id, answers }, null, 2), {
        headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": contentDisposition(`${name} – svar.json`), "Cache-Control": "no-store" },
      });
    }
    if (format !== "docx" && format !== "pdf") return problem(400, "Ukendt filformat", "Vælg Word (.docx) eller PDF.");
    const checked = validateDocument(id, answers);
    if (!checked.ok) {
      const list = Object.values(checked.issues).slice(0, 20);
      return problem(422, "Der mangler svar", "Gå tilbage til værktøjet, og ret dette:", list);
    }
    const file = await generate(id, checked.data, format, new Date().toISOString().slice(0, 10));
    return new Response(new Uint8Array(file), {
      headers: {
        "Content-Type": FORMATS[format].type,
        "Content-Disposition": contentDisposition(`${name}.${FORMATS[format].extension}`),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    // A bug must not cost the reader their answers page: log it, and answer in Danish.
    console.error("vaerktoejer/dokument:", error);
    return problem(400, "Dokumentet kunne ikke laves", "Gå tilbage til værktøjet, tjek dine svar, og prøv igen.");
  }
}

export function GET(): Response {
  return problem(405, "Brug formularen", "Dokumenter laves fra værktøjerne under Værktøjer.", [], { Allow: "POST" });
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function problem(status: number, title: string, text: string, items: string[] = [], headers: Record<string, string> = {}): Response {
  const list = items.length ? `<ul>${items.map((item) => `<li>${escape(item)}</li>`).join("")}</ul>` : "";
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} | OPI-guiden</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b"><main><h1>${escape(title)}</h1><p>${escape(text)}</p>${list}<p><a href="/vaerktoejer" style="color:#0b4f8a">Gå til værktøjerne</a></p></main></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}
