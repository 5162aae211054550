"use server";

/**
 * The builders' one server action. The same code runs whether the form was sent by JavaScript or as a plain
 * HTML form with JavaScript switched off: it merges the step's answers, validates with the zod schema and
 * returns the next state. Nothing is stored: all answers travel in the form.
 */
import { DOCUMENT_IDS, DOCUMENTS, isDocumentId, type DocumentId } from "@/lib/agreements/documents";
import { MAX_COMPANIES, MAX_PUBLICS, mergeAnswers, parseAnswers, readStep, type Draft, type FlowState } from "@/lib/agreements/form";
import { inspectEmbeddedAnswers } from "@/lib/agreements/embed";
import { answersProblemMessage, answersTextProblem, type AnswersProblem } from "@/lib/agreements/bounds";
import { migrateAnswers } from "@/lib/agreements/migrate";
import { changesSince, compareVersions, TEMPLATE_VERSION } from "@/lib/agreements/template";
import { getTemplate, validateDocument, validateStep } from "@/lib/agreements/server";
import { visibleText } from "@/lib/format";
import { MAX_UPLOAD, MAX_UPLOAD_TEXT } from "@/lib/agreements/upload";
import { fieldErrors, jsonObject, previousState, revision, submittedForm } from "@/lib/http/action-state";
import { z } from "zod";

/** What the builder sent back last time; the client holds it, so it is checked like any other input. */
const flowState = z.object({
  document: z.enum(DOCUMENT_IDS),
  step: z.number().int().min(0).max(100),
  answers: jsonObject.transform((answers) => answers as Draft),
  errors: fieldErrors,
  notice: z.string().optional(),
  confirm: z.literal("reset").optional(),
  revision,
});

export async function agreementStep(received: FlowState, submitted: FormData): Promise<FlowState> {
  const form = submittedForm(submitted);
  const previous = previousState(flowState, received, () => fresh(form));
  try {
    return await advance(previous, form);
  } catch {
    // Whatever arrives, the reader keeps the page and their answers.
    return { ...previous, notice: "Noget gik galt. Dine svar er bevaret; prøv igen.", revision: previous.revision + 1 };
  }
}

/** A new builder for the document the form names (the first one if it names none). */
function fresh(form: FormData): FlowState {
  const named = form.get("document");
  const document = DOCUMENT_IDS.find((id) => id === named) ?? DOCUMENT_IDS[0];
  return { document, step: 0, answers: {}, errors: {}, revision: 0 };
}

async function advance(previous: FlowState, form: FormData): Promise<FlowState> {
  const documentRaw = form.get("document");
  const document = isDocumentId(documentRaw) ? documentRaw : previous.document;
  if (!isDocumentId(document)) return previous;
  const steps = DOCUMENTS[document].steps;
  const answersField = form.get("answers");
  // Answers the page did not write (too deep, long or many to read) are refused, and the reader keeps the previous ones.
  const answersProblem = typeof answersField === "string" ? answersTextProblem(answersField) : undefined;
  if (answersProblem) return { ...previous, notice: answersProblemMessage(answersProblem, "Formularens svar"), revision: previous.revision + 1 };
  let answers: Draft = parseAnswers(typeof answersField === "string" ? answersField : undefined);
  const stepRaw = Number(form.get("step"));
  const current = Number.isInteger(stepRaw) && stepRaw >= 0 && stepRaw <= steps.length ? stepRaw : 0;
  const intent = String(form.get("intent") ?? "next");
  const state = (step: number, extra: Partial<FlowState> = {}): FlowState => ({
    document,
    step,
    answers,
    errors: {},
    revision: previous.revision + 1,
    ...extra,
  });

  if (intent === "resume") return resume(form, document, state);
  if (intent === "forget-vejvalg") {
    const { vejvalg: _forgotten, ...rest } = answers;
    answers = rest as Draft;
    return state(current, { notice: "Svarene fra vejvalget er fjernet. Aftalen viser ikke længere vejvalgets anbefaling." });
  }
  // Deleting every answer cannot be undone, so it is asked first and done only when the reader confirms.
  if (intent === "reset") return state(current, { confirm: "reset" });
  // »Nej, behold svarene« comes from the confirmation's own form, which holds no step fields: nothing is read or changed.
  if (intent === "keep") return state(current);
  if (intent === "reset-confirmed") {
    answers = {};
    return state(0, { notice: "Alle svar er slettet." });
  }

  const step = steps[current];
  if (step) answers = mergeAnswers(answers, step, readStep(form, step, answers));

  const grow = /^(add|remove)-(publics|companies)(?::(\d+))?$/.exec(intent);
  if (grow) {
    const [, change, group] = grow as unknown as [string, "add" | "remove", "publics" | "companies"];
    const list = [...(answers.parties?.[group] ?? [{}])];
    if (change === "add" && list.length < (group === "publics" ? MAX_PUBLICS : MAX_COMPANIES)) list.push({});
    const index = Number(grow[3]);
    if (change === "remove" && list.length > 1 && Number.isInteger(index) && index < list.length) list.splice(index, 1);
    answers = { ...answers, parties: { ...answers.parties, [group]: list } };
    return state(current);
  }
  if (intent === "back") return state(Math.max(0, current - 1));
  if (intent.startsWith("goto:")) {
    const target = Number(intent.slice(5));
    return state(Number.isInteger(target) && target >= 0 && target <= steps.length ? Math.min(target, steps.length) : current);
  }

  // "next": the step must be valid before the reader moves on.
  if (step) {
    const errors = validateStep(document, current, answers);
    if (Object.keys(errors).length > 0) return state(current, { errors });
  }
  const next = current + 1;
  if (next >= steps.length) {
    const whole = validateDocument(document, answers);
    if (!whole.ok) return state(whole.step, { errors: whole.issues, notice: "Der mangler svar i et tidligere trin." });
    return state(steps.length);
  }
  return state(next);
}

/** Said after every file that is read: the answers come back, the Word text does not. */
const WORD_TEXT_NOT_READ = "Ændringer, du har lavet i selve Word-teksten, bliver ikke læst ind: kun svarene, som OPI-guiden har gemt i filen.";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

async function resume(form: FormData, document: DocumentId, state: (step: number, extra?: Partial<FlowState>) => FlowState): Promise<FlowState> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ...state(0), errors: { file: "Vælg en fil: et udkast (.docx) fra OPI-guiden eller en fil med svar (.json)" } };
  if (file.size > MAX_UPLOAD) return { ...state(0), errors: { file: MAX_UPLOAD_TEXT } };
  const bytes = new Uint8Array(await file.arrayBuffer());

  // The answers, the shape they were saved in, and which document and template version made the file.
  let raw: Record<string, unknown> | null = null;
  let declared: number | undefined;
  let madeBy: { document: string; templateVersion?: string } | undefined;
  const refuse = (problem: AnswersProblem) => ({ ...state(0), errors: { file: answersProblemMessage(problem) } });
  const embedded = await inspectEmbeddedAnswers(bytes);
  if (embedded && "problem" in embedded) return refuse(embedded.problem);
  if (embedded) {
    raw = isObject(embedded.answers) ? embedded.answers : null;
    // Files from before the shape was recorded hold version 1.
    declared = embedded.answersVersion ?? 1;
    madeBy = { document: embedded.document, templateVersion: embedded.templateVersion };
  } else {
    const text = new TextDecoder().decode(bytes);
    // Bounded before it is parsed, so that neither the parse nor anything after it walks a value it cannot hold.
    const problem = answersTextProblem(text);
    if (problem) return refuse(problem);
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Not JSON either: no answers in the file.
    }
    if (isObject(json) && isObject(json.answers)) {
      // A saved answers file: {format, answersVersion, document, answers}.
      raw = json.answers;
      declared = typeof json.answersVersion === "number" ? json.answersVersion : undefined;
      if (typeof json.document === "string") madeBy = { document: json.document };
    } else if (isObject(json)) {
      raw = json;
    }
  }
  const migrated = raw ? migrateAnswers(raw, declared) : null;
  const answers = migrated ? (migrated.answers as Draft) : null;
  if (!answers || Object.keys(answers).length === 0) {
    return { ...state(0), errors: { file: "Filen indeholder ingen svar fra OPI-guiden. Brug et udkast (.docx), som OPI-guiden har lavet, eller en gemt svarfil (.json)" } };
  }

  const template = await getTemplate(document);
  // The file name and the version come from the upload: the name is shown only in visible characters (no control or
  // direction characters that could reorder the notice), and the version only when it is one.
  const lines = [`Dine svar er hentet fra ${visibleText(file.name, 120) || "filen"}.`];
  if (migrated!.changes.length > 0) lines.push(`Filen er lavet med en tidligere udgave af OPI-guiden, og svarene er flyttet over: ${migrated!.changes.join(" ")}`);
  const made = madeBy?.document === document ? madeBy.templateVersion : undefined;
  if (made !== undefined && made !== template.version) {
    if (TEMPLATE_VERSION.test(made) && compareVersions(made, template.version) < 0) {
      const changes = changesSince(template, made);
      lines.push(`Skabelonen er opdateret fra version ${made} til ${template.version}.${changes.length ? ` Det er nyt: ${changes.join(" ")}` : ""} Læs udkastet igennem igen.`);
    } else {
      lines.push("Skabelonen kan være ændret, siden filen blev lavet: læs udkastet igennem igen.");
    }
  }
  const whole = validateDocument(document, answers);
  if (!whole.ok) lines.push("Nogle spørgsmål mangler svar. Besvar dem, før du henter dokumentet.");
  lines.push(WORD_TEXT_NOT_READ);
  return { ...state(whole.ok ? DOCUMENTS[document].steps.length : whole.step), answers, notice: lines.join(" ") };
}
