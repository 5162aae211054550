"use server";

/**
 * The planning tools' one server action. The same code runs whether the form was sent by JavaScript or as a plain
 * HTML form with JavaScript switched off: it reads every answer, grows or shrinks lists, and validates with the
 * tool's zod schema. Nothing is stored: the answers travel in the form.
 */
import { parseDraft, readForm, type Draft } from "@/lib/planning/form";
import { isPlanningTool, PLANNING_LISTS, PLANNING_TOOL_IDS, type PlanningState } from "@/lib/planning/ids";
import { resultOf, validatePlanning } from "@/lib/planning/server";
import { fieldErrors, jsonObject, previousState, revision, submittedForm } from "@/lib/http/action-state";
import { z } from "zod";

/** What the tool sent back last time; the client holds it, so it is checked like any other input. */
const planningState = z.object({
  tool: z.enum(PLANNING_TOOL_IDS),
  answers: jsonObject.transform((answers) => answers as Draft),
  errors: fieldErrors,
  done: z.boolean(),
  notice: z.string().optional(),
  confirm: z.literal("reset").optional(),
  revision,
});

export async function planningStep(received: PlanningState, submitted: FormData): Promise<PlanningState> {
  const form = submittedForm(submitted);
  const previous = previousState(planningState, received, (): PlanningState => {
    const named = form.get("tool");
    return { tool: isPlanningTool(named) ? named : PLANNING_TOOL_IDS[0], answers: {}, errors: {}, done: false, revision: 0 };
  });
  try {
    return await advance(previous, form);
  } catch {
    // Whatever arrives, the reader keeps the page and their answers.
    return { ...previous, notice: "Noget gik galt. Dine svar er bevaret; prøv igen.", revision: previous.revision + 1 };
  }
}

async function advance(previous: PlanningState, form: FormData): Promise<PlanningState> {
  const tool = isPlanningTool(form.get("tool")) ? (form.get("tool") as PlanningState["tool"]) : previous.tool;
  const intent = String(form.get("intent") ?? "check").slice(0, 40);
  const next = (answers: Draft, extra: Partial<PlanningState> = {}): PlanningState => ({ tool, answers, errors: {}, done: false, revision: previous.revision + 1, ...extra });

  // Deleting every answer cannot be undone: the first press asks, the second deletes, and »Nej« keeps the tool as it was.
  if (intent === "reset" || intent === "keep") {
    const checked = previous.done ? validatePlanning(tool, previous.answers) : undefined;
    const result = checked?.ok ? { done: true, ...(await resultOf(tool, checked.data)) } : {};
    return next(previous.answers, { errors: previous.errors, ...result, ...(intent === "reset" ? { confirm: "reset" as const } : {}) });
  }
  if (intent === "reset-confirmed") return next({}, { notice: "Alle svar er slettet." });
  if (intent === "restore") {
    const field = form.get("answers");
    const answers = parseDraft(typeof field === "string" ? field : undefined);
    const checked = validatePlanning(tool, answers);
    return next(answers, { done: checked.ok, ...(checked.ok ? await resultOf(tool, checked.data) : {}), notice: "Dine svar fra sidst er hentet frem. De er kun gemt i denne browser." });
  }

  let answers = readForm(form);
  const list = PLANNING_LISTS[tool];
  if (list && (intent === "add" || intent.startsWith("remove:"))) {
    const rows = Array.isArray(answers[list.key]) ? [...(answers[list.key] as Draft[])] : [{}];
    if (intent === "add" && rows.length < list.max) rows.push({});
    const index = Number(intent.slice(7));
    if (intent.startsWith("remove:") && rows.length > 1 && Number.isInteger(index) && index >= 0 && index < rows.length) rows.splice(index, 1);
    answers = { ...answers, [list.key]: rows };
    return next(answers, { notice: intent === "add" ? (rows.length >= list.max ? `Der er plads til ${list.max}.` : undefined) : "Rækken er fjernet." });
  }
  if (intent === "refresh") return next(answers);

  const checked = validatePlanning(tool, answers);
  if (!checked.ok) return next(answers, { errors: checked.errors });
  return next(answers, { done: true, ...(await resultOf(tool, checked.data)) });
}
