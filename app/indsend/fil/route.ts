/** POST kind and mdx → the content file as a download, after the same checks as content:check. */
import { checkEditorFile } from "@/lib/editor/validate";
import { slugOf } from "@/lib/editor/forms";
import { download, methodNotAllowed, problem, readPostedForm } from "@/lib/http/forms";

export async function POST(request: Request): Promise<Response> {
  try {
    const form = await readPostedForm(request);
    if (form instanceof Response) return form;
    const kind = form.get("kind") === "listing" ? "listing" : "case";
    const mdx = String(form.get("mdx") ?? "").slice(0, 100 * 1024);
    const { errors, title } = checkEditorFile(kind, mdx);
    if (Object.keys(errors).length > 0) return problem(422, "Filen er ikke gyldig", "Gå tilbage til formularen, og ret dette:", Object.values(errors).slice(0, 20));
    return download(mdx, "text/markdown; charset=utf-8", `${slugOf(title)}.mdx`);
  } catch (error) {
    console.error("indsend/fil:", error);
    return problem(400, "Filen kunne ikke laves", "Gå tilbage til formularen, og prøv igen.");
  }
}

export const GET = methodNotAllowed;
