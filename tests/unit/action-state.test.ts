import { expect, it } from "vitest";
import { agreementStep } from "@/components/tools/agreement/actions";
import { planningStep } from "@/components/tools/planning/actions";
import { submitEditorForm } from "@/components/editor/actions";
import { DOCUMENT_IDS } from "@/lib/agreements/steps";
import { PLANNING_TOOL_IDS } from "@/lib/planning/ids";

// What React's reply decoder can hand an action as its previous state when the request is tampered with: nothing,
// null, a string, an empty object, a map, a function, and the decoder's own chunk object for a reference to a part
// that is not in the request (a thenable with status, value and reason).
class Chunk {
  status = "rejected";
  value = null;
  reason = new Error("Connection closed.");
  then() {}
}
const tampered: [string, unknown][] = [
  ["missing", undefined],
  ["null", null],
  ["a string", "<script>alert(1)</script>"],
  ["{}", {}],
  ["a map", new Map([["revision", 1]])],
  ["a function", () => ({ revision: 1 })],
  ["a chunk reference", new Chunk()],
  ["NaN revision", { document: "samarbejdsaftale", tool: "vejvalg", kind: "case", step: 0, answers: {}, values: {}, errors: {}, done: false, revision: Number.NaN }],
  ["answers that are not JSON data", { document: "samarbejdsaftale", tool: "vejvalg", kind: "case", step: 0, answers: { parties: new Map() }, values: { title: () => 1 }, errors: {}, done: false, revision: 3 }],
];

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

const ownKeys = (value: object) => Object.keys(value).sort();

it("the builders' action starts afresh, for the document the form names, when the previous state is unusable", async () => {
  for (const [label, previous] of tampered) {
    const state = await agreementStep(previous as never, form({ document: "fortrolighedsaftale", step: "0", intent: "next" }));
    expect(state.document, label).toBe("fortrolighedsaftale");
    expect(state.revision, label).toBe(1);
    expect(state.notice, label).toBeUndefined();
    expect(ownKeys(state), label).toEqual(expect.arrayContaining(["answers", "document", "errors", "revision", "step"]));
    for (const key of ["status", "value", "reason", "then"]) expect(state, label).not.toHaveProperty(key);
    // With no document in the form either, the first builder answers.
    expect((await agreementStep(previous as never, form({ intent: "back" }))).document, label).toBe(DOCUMENT_IDS[0]);
  }
});

it("the builders' action keeps a valid previous state and counts on from it", async () => {
  const previous = { document: "hensigtserklaering", step: 1, answers: { project: { title: "Fald" } }, errors: {}, revision: 7 };
  const state = await agreementStep(previous, form({ intent: "back", step: "1" }));
  expect(state.document).toBe("hensigtserklaering");
  expect(state.revision).toBe(8);
});

it("the planning tools' action starts afresh, for the tool the form names, when the previous state is unusable", async () => {
  for (const [label, previous] of tampered) {
    const state = await planningStep(previous as never, form({ tool: "partnerscreening", intent: "check" }));
    expect(state.tool, label).toBe("partnerscreening");
    expect(state.revision, label).toBe(1);
    for (const key of ["status", "value", "reason", "then"]) expect(state, label).not.toHaveProperty(key);
    expect((await planningStep(previous as never, form({ intent: "refresh" }))).tool, label).toBe(PLANNING_TOOL_IDS[0]);
  }
});

it("the editors' action starts afresh, for the form it names, when the previous state is unusable", async () => {
  for (const [label, previous] of tampered) {
    const state = await submitEditorForm(previous as never, form({ editorForm: "listing", title: "Robotstøvsuger" }));
    expect(state.kind, label).toBe("listing");
    expect(state.revision, label).toBe(1);
    for (const key of ["status", "value", "reason", "then"]) expect(state, label).not.toHaveProperty(key);
    expect((await submitEditorForm(previous as never, form({ title: "x" }))).kind, label).toBe("case");
  }
});

it("each action treats anything but a form in the form's place as an empty form", async () => {
  for (const form of [undefined, null, 2, "intent=reset", { get: () => "x" }, new Map()]) {
    expect((await agreementStep({} as never, form as never)).document, String(form)).toBe(DOCUMENT_IDS[0]);
    expect((await planningStep({} as never, form as never)).tool, String(form)).toBe(PLANNING_TOOL_IDS[0]);
    expect((await submitEditorForm({} as never, form as never)).kind, String(form)).toBe("case");
  }
});

it("a state that refers to itself does not crash an action", async () => {
  const cycle: Record<string, unknown> = { document: "samarbejdsaftale", tool: "vejvalg", kind: "case", step: 0, errors: {}, values: {}, done: false, revision: 1 };
  cycle.answers = { self: cycle };
  expect((await agreementStep(cycle as never, form({ document: "samarbejdsaftale", intent: "back" }))).document).toBe("samarbejdsaftale");
  expect((await planningStep(cycle as never, form({ tool: "vejvalg", intent: "refresh" }))).tool).toBe("vejvalg");
});
