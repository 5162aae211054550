import { isDocumentId } from "@/lib/agreements/steps";
import { getTemplate } from "@/lib/agreements/server";
import type { Template } from "@/lib/agreements/template";
import type { Draft, FlowState } from "@/lib/agreements/form";
import type { ToolId } from "@/lib/content/schema";
import { ToolLink } from "@/components/mdx/ToolLink";
import { agreementStep } from "./actions";
import { AgreementBuilder } from "./AgreementBuilder.client";

/**
 * The server shell of an agreement builder: it loads the template and hands it to the client leaf.
 * The leaf is a plain HTML form first, so it works with JavaScript switched off.
 */
export async function AgreementTool({ name, prefill }: { name: ToolId; prefill?: Draft }) {
  if (!isDocumentId(name)) return <ToolLink name={name} />;
  const document = name;
  const template = forPreview(await getTemplate(document));
  const initial: FlowState = { document, step: 0, answers: prefill ?? {}, errors: {}, revision: 0 };
  return <AgreementBuilder document={document} template={template} action={agreementStep} today={new Date().toISOString().slice(0, 10)} initial={initial} />;
}

/** What the browser needs for the live preview and the notes: the text, without the guidance notes and version history the files carry. */
function forPreview(template: Template): Template {
  const withoutGuidance = (parts: Template["clauses"]) => parts.map((part) => ({ ...part, guidance: "" }));
  return { ...template, changes: [], clauses: withoutGuidance(template.clauses), annexes: withoutGuidance(template.annexes) };
}
