"use client";

import { startTransition, useActionState, useCallback, useEffect, useRef, useState } from "react";
import { parseDraft, readForm, type Draft } from "@/lib/planning/form";
import type { PlanningState } from "@/lib/planning/ids";
import { useSavedAnswers } from "@/lib/browser/storage";

type Action = (state: PlanningState, form: FormData) => Promise<PlanningState>;

/**
 * What every planning tool's client leaf shares: the server action's state, answers saved in this browser
 * on every keystroke and brought back after a reload, and focus moved to the errors or the result.
 */
export function usePlanning(action: Action, initial: PlanningState) {
  // Without JavaScript the form is a POST to the page the tool is on (the address is relative); its fragment opens the
  // answer at the result, or at the tool with its error summary (see ToolFrame and resultAnchor).
  const [state, dispatch, pending] = useActionState(action, initial, `#${initial.tool}-svar`);
  const [draft, setDraft] = useState<{ revision: number; answers: Draft } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const errorCount = Object.keys(state.errors).length;
  // A draft typed before the last server answer is stale: the server's answers are newer.
  const answers = draft && draft.revision === state.revision ? draft.answers : state.answers;

  const restore = useCallback(
    (stored: string | null) => {
      const saved = parseDraft(stored);
      if (Object.keys(saved).length === 0) return;
      const form = new FormData();
      form.set("tool", initial.tool);
      form.set("intent", "restore");
      form.set("answers", JSON.stringify(saved));
      startTransition(() => dispatch(form));
    },
    [initial.tool, dispatch],
  );
  const { hydrated, store } = useSavedAnswers(`opi-guiden:${initial.tool}`, state.revision, state.answers, restore);

  useEffect(() => {
    if (state.confirm === "reset") window.document.getElementById(`${state.tool}-slet`)?.focus();
    else if (errorCount > 0) summaryRef.current?.focus();
    else if (state.done && state.revision > 0 && !state.notice) resultRef.current?.focus();
  }, [state.revision, errorCount, state.done, state.notice, state.confirm, state.tool]);

  function onInput() {
    if (!formRef.current) return;
    const next = readForm(new FormData(formRef.current));
    setDraft({ revision: state.revision, answers: next });
    store(JSON.stringify(next));
  }

  return { state, dispatch, pending, hydrated, answers, onInput, formRef, summaryRef, resultRef };
}
