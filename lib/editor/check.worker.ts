/**
 * The worker thread behind lib/editor/check.ts: it reads a content file from the web (frontmatter, schema, MDX rules)
 * so that the server's own thread never does. The pool gives it a time and heap limit and ends it when it runs over.
 */
import { parentPort } from "node:worker_threads";
import { checkEditorFile } from "./validate";
import type { EditorKind } from "./fields";

const port = parentPort;
if (port) {
  port.on("message", (message: { type: "job"; id: number; input: { kind: EditorKind; mdx: string } }) => {
    if (message?.type !== "job") return;
    try {
      port.postMessage({ type: "result", id: message.id, value: checkEditorFile(message.input.kind, message.input.mdx) });
    } catch {
      port.postMessage({ type: "failed", id: message.id });
    }
  });
  port.postMessage({ type: "ready" });
}
