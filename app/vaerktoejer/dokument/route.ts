/**
 * POST document, format (docx | pdf | json) and answers → the file. Plain HTML forms post here, with or without
 * JavaScript. Every answer is validated again with the document's zod schema; bad input gets a Danish 4xx page.
 */
import { DOCUMENTS, isDocumentId } from "@/lib/agreements/steps";
import { parseAnswers } from "@/lib/agreements/form";
import { answersProblemMessage, answersTextProblem } from "@/lib/agreements/bounds";
import { answersFile, FORMATS, generate, validateDocument } from "@/lib/agreements/server";
import { locatedMessage } from "@/lib/agreements/labels";
import { unprintableAnswers, unprintableMessage } from "@/lib/agreements/printable";
import { download, methodNotAllowed, problem, readPostedForm } from "@/lib/http/forms";

export async function POST(request: Request): Promise<Response> {
  try {
    const form = await readPostedForm(request);
    if (form instanceof Response) return form;
    const id = form.get("document");
    if (!isDocumentId(id)) return problem(400, "Ukendt dokument", "Vælg et af guidens aftaleværktøjer, og prøv igen.");
    const answersField = form.get("answers");
    const tooMuch = typeof answersField === "string" ? answersTextProblem(answersField) : undefined;
    if (tooMuch) return problem(400, "Svarene kan ikke læses", `${answersProblemMessage(tooMuch, "Formularens svar")}. Gå tilbage til værktøjet, og prøv igen.`);
    const answers = parseAnswers(typeof answersField === "string" ? answersField : undefined);
    const format = String(form.get("format") ?? "docx");
    const name = `${DOCUMENTS[id].title}${typeof answers.project === "object" && answers.project && typeof (answers.project as { title?: unknown }).title === "string" ? ` – ${String((answers.project as { title: string }).title).slice(0, 80)}` : ""}`;

    if (format === "json") {
      return download(answersFile(id, answers), "application/json; charset=utf-8", `${name} – svar.json`);
    }
    if (format !== "docx" && format !== "pdf") return problem(400, "Ukendt filformat", "Vælg Word (.docx) eller PDF.");
    const checked = validateDocument(id, answers);
    if (!checked.ok) {
      const list = Object.entries(checked.issues)
        .slice(0, 20)
        .map(([path, message]) => locatedMessage(path, message));
      return problem(422, "Der mangler svar", "Gå tilbage til værktøjet, og ret dette:", list);
    }
    if (format === "pdf") {
      const unprintable = unprintableAnswers(id, checked.data);
      if (unprintable.length) return problem(422, "PDF-filen kan ikke vise alle tegn", "Gå tilbage til værktøjet, og ret dette, eller hent udkastet som Word:", unprintable.slice(0, 20).map(unprintableMessage));
    }
    const file = await generate(id, checked.data, format, new Date().toISOString().slice(0, 10), answers);
    return download(new Uint8Array(file), FORMATS[format].type, `${name}.${FORMATS[format].extension}`);
  } catch (error) {
    // A bug must not cost the reader their answers page: log it, and answer in Danish.
    console.error("vaerktoejer/dokument:", error);
    return problem(400, "Dokumentet kunne ikke laves", "Gå tilbage til værktøjet, tjek dine svar, og prøv igen.");
  }
}

export const GET = methodNotAllowed;
