import { expect } from "vitest";
import type { FlowState } from "@/lib/agreements/form";
import type { DocumentId } from "@/lib/agreements/steps";
import { agreementStep } from "@/components/tools/agreement/actions";
import { POST } from "@/app/vaerktoejer/dokument/route";

/** Uploads a file to a builder's »Fortsæt fra en fil« (the server action, as the plain HTML form sends it) and returns the builder's next state. */
export async function uploadToBuilder(document: DocumentId, name: string, bytes: Uint8Array<ArrayBuffer>): Promise<FlowState> {
  const form = new FormData();
  form.set("document", document);
  form.set("intent", "resume");
  form.set("answers", "{}");
  form.set("file", new File([bytes], name));
  return agreementStep({ document, step: 0, answers: {}, errors: {}, revision: 0 }, form);
}

/** Downloads a document (or the saved answers file) from the route the builders post to; expects a 200. */
export async function downloadDocument(document: DocumentId, format: "docx" | "pdf" | "json", answers: unknown): Promise<Uint8Array<ArrayBuffer>> {
  const response = await POST(new Request("http://localhost/vaerktoejer/dokument", { method: "POST", body: new URLSearchParams({ document, format, answers: JSON.stringify(answers) }) }));
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}
