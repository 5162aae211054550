/** POST kind and mdx → the content file as a download, after the same checks as content:check. */
import { checkEditorInput, checkFailureMessage } from "@/lib/editor/check";
import { slugOf } from "@/lib/editor/forms";
import { download, methodNotAllowed, problem, readPostedForm } from "@/lib/http/forms";

export async function POST(request: Request): Promise<Response> {
  try {
    const form = await readPostedForm(request);
    if (form instanceof Response) return form;
    const kind = form.get("kind") === "listing" ? "listing" : "case";
    const mdx = String(form.get("mdx") ?? "").slice(0, 100 * 1024);
    // The file is read in a worker thread with a time limit; this thread only waits.
    const checked = await checkEditorInput(kind, mdx);
    if (!checked.ok && (checked.reason === "busy" || checked.reason === "failed")) {
      return problem(503, "Prøv igen om lidt", "Der bliver tjekket mange filer lige nu. Gå tilbage til formularen, og send den igen om lidt.", [], { "Retry-After": "10" });
    }
    if (!checked.ok) return problem(422, "Filen er ikke gyldig", "Gå tilbage til formularen, og ret dette:", [checkFailureMessage(checked.reason)]);
    if (Object.keys(checked.errors).length > 0) return problem(422, "Filen er ikke gyldig", "Gå tilbage til formularen, og ret dette:", Object.values(checked.errors).slice(0, 20));
    return download(mdx, "text/markdown; charset=utf-8", `${slugOf(checked.title)}.mdx`);
  } catch (error) {
    console.error("indsend/fil:", error);
    return problem(400, "Filen kunne ikke laves", "Gå tilbage til formularen, og prøv igen.");
  }
}

export const GET = methodNotAllowed;
