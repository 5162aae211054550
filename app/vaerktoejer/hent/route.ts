/**
 * POST tool, format (docx | xlsx | csv) and answers → the planning tool's download. Plain HTML forms post here,
 * with or without JavaScript. The answers are validated again with the tool's zod schema; bad input gets a Danish 4xx page.
 */
import { parseDraft } from "@/lib/planning/form";
import { DOWNLOAD_FORMATS, isPlanningTool, type DownloadFormat } from "@/lib/planning/ids";
import { generatePlanning, locatedPlanningMessage, PLANNING_FORMATS, validatePlanning } from "@/lib/planning/server";
import { download, methodNotAllowed, problem, readPostedForm } from "@/lib/http/forms";

export async function POST(request: Request): Promise<Response> {
  try {
    const form = await readPostedForm(request);
    if (form instanceof Response) return form;
    const tool = form.get("tool");
    if (!isPlanningTool(tool)) return problem(400, "Ukendt værktøj", "Vælg et af guidens værktøjer, og prøv igen.");
    const format = String(form.get("format") ?? "");
    if (!(DOWNLOAD_FORMATS[tool] as string[]).includes(format)) return problem(400, "Ukendt filformat", "Vælg et af de filformater, værktøjet tilbyder.");
    const answers = form.get("answers");
    const checked = validatePlanning(tool, parseDraft(typeof answers === "string" ? answers : undefined));
    if (!checked.ok) return problem(422, "Der mangler svar", "Gå tilbage til værktøjet, og ret dette:", [...new Set(Object.entries(checked.errors).map(([path, message]) => locatedPlanningMessage(path, message)))].slice(0, 20));
    const { file, name } = await generatePlanning(tool, checked.data, format as DownloadFormat, new Date().toISOString().slice(0, 10));
    const type = PLANNING_FORMATS[format as DownloadFormat];
    return download(file, type.type, `${name}.${type.extension}`);
  } catch (error) {
    console.error("vaerktoejer/hent:", error);
    return problem(400, "Filen kunne ikke laves", "Gå tilbage til værktøjet, tjek dine svar, og prøv igen.");
  }
}

export const GET = methodNotAllowed;
