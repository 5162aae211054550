/** POST kind and mdx → the content file as a download, after the same checks as content:check. */
import { validateEditorFile } from "@/lib/editor/validate";
import { slugOf } from "@/lib/editor/forms";
import matter from "gray-matter";

export async function POST(request: Request): Promise<Response> {
  try {
    if (Number(request.headers.get("content-length") ?? "0") > 100 * 1024) return text(413, "Filen er for stor. Den må højst fylde 100 KB.");
    const form = await request.formData().catch(() => null);
    if (!form) return text(400, "Formularen kunne ikke læses. Gå tilbage, og prøv igen.");
    const kind = form.get("kind") === "listing" ? "listing" : "case";
    const mdx = String(form.get("mdx") ?? "").slice(0, 100 * 1024);
    const errors = validateEditorFile(kind, mdx);
    if (Object.keys(errors).length > 0) return text(422, `Filen er ikke gyldig: ${Object.values(errors).join(" ")}`);
    const title = String((matter(mdx, {}).data as { title?: unknown }).title ?? "");
    return new Response(mdx, {
      headers: { "Content-Type": "text/markdown; charset=utf-8", "Content-Disposition": `attachment; filename="${slugOf(title)}.mdx"`, "Cache-Control": "no-store" },
    });
  } catch {
    return text(400, "Filen kunne ikke laves. Gå tilbage, og prøv igen.");
  }
}

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
