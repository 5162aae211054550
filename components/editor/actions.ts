"use server";

/**
 * Turns the "Indsend en case" and "Opret et opslag" forms into a content file. The file is checked with the
 * same schema and MDX rules as content:check; nothing is stored on the server.
 */
import { readEditorForm, type EditorKind, type EditorValues } from "@/lib/editor/forms";
import { makeEditorFile } from "@/lib/editor/submit";
import { today } from "@/lib/today";
import { fieldErrors, previousState, revision, submittedForm } from "@/lib/http/action-state";
import { z } from "zod";

export interface EditorState {
  kind: EditorKind;
  values: EditorValues;
  errors: Record<string, string>;
  file?: { name: string; mdx: string };
  revision: number;
}

/** What the form sent back last time; the client holds it, so it is checked like any other input. */
const editorState = z.object({
  kind: z.enum(["case", "listing"] satisfies EditorKind[]),
  values: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  errors: fieldErrors,
  file: z.object({ name: z.string(), mdx: z.string() }).optional(),
  revision,
});

export async function submitEditorForm(received: EditorState, submitted: FormData): Promise<EditorState> {
  const form = submittedForm(submitted);
  const previous = previousState(editorState, received, (): EditorState => ({ kind: form.get("editorForm") === "listing" ? "listing" : "case", values: {}, errors: {}, revision: 0 }));
  try {
    const kind: EditorKind = previous.kind;
    const values = readEditorForm(kind, form);
    // Read in a worker thread with a time limit, so no story, however it is written, holds up the server.
    const { errors, file } = await makeEditorFile(kind, values, today());
    const next: EditorState = { kind, values, errors, revision: previous.revision + 1 };
    return file ? { ...next, file } : next;
  } catch {
    return { ...previous, errors: { title: "Noget gik galt. Dine svar er bevaret; prøv igen." }, revision: previous.revision + 1 };
  }
}
