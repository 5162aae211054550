/**
 * Checks a content file that came from the web (POST /indsend/fil, the editor forms) off the server's own thread.
 * Reading Markdown and YAML takes time that grows faster than the text on some inputs: 90 KB of "*a" took the
 * Markdown reader up to a minute. Here every check runs in a worker thread with a time and heap limit, so no body
 * (at most 100 KB) can hold the server up, and no more than a few checks run or wait at once.
 *
 * Limits come from the environment (see README.md, Configuration); tests set tiny ones with useEditorCheckLimits.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { resourceLimitsOf, WorkerPool, type PoolFailure, type PoolLimits } from "@/lib/workers/pool";
import type { EditorFileCheck } from "./validate";
import type { EditorKind } from "./fields";

export type EditorCheck = ({ ok: true } & EditorFileCheck) | { ok: false; reason: PoolFailure };

const setting = (value: string | undefined, fallback: number, least: number) => {
  const number = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(number) && number >= least ? number : fallback;
};

/** The limits from the environment, with defaults that leave one core to the server. */
export function editorCheckLimits(env: Record<string, string | undefined> = process.env): PoolLimits {
  return {
    workers: Math.floor(setting(env.EDITOR_CHECK_WORKERS, Math.max(1, Math.min(2, availableParallelism() - 1)), 1)),
    queue: Math.floor(setting(env.EDITOR_CHECK_QUEUE, 4, 0)),
    timeoutMs: setting(env.EDITOR_CHECK_TIMEOUT_MS, 2000, 1),
    memoryMb: setting(env.EDITOR_CHECK_MEMORY_MB, 128, 16),
  };
}

let pool: WorkerPool<{ kind: EditorKind; mdx: string }, EditorFileCheck> | undefined;

function createPool(limits: PoolLimits) {
  return new WorkerPool<{ kind: EditorKind; mdx: string }, EditorFileCheck>(
    () =>
      // Next.js bundles the worker with the server (and defines NEXT_RUNTIME there). Unbundled, in unit tests and
      // scripts, the worker is TypeScript source, which tsx loads inside the thread.
      process.env.NEXT_RUNTIME
        ? new Worker(new URL("./check.worker.ts", import.meta.url), { resourceLimits: resourceLimitsOf(limits) })
        : new Worker(typeScriptLoader(import.meta.url.replace(/check\.ts$/, "check.worker.ts")), { eval: true, resourceLimits: resourceLimitsOf(limits) }),
    limits,
  );
}

function typeScriptLoader(file: string): string {
  const base = `file://${process.cwd()}/`;
  return `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(file)}, ${JSON.stringify(base)}));`;
}

/** The pool, created on first use. */
export function editorCheckPool() {
  pool ??= createPool(editorCheckLimits());
  return pool;
}

/** Replaces the pool with one that has other limits (tests, benchmarks). */
export async function useEditorCheckLimits(limits: Partial<PoolLimits>): Promise<void> {
  const old = pool;
  pool = createPool({ ...editorCheckLimits(), ...limits });
  await old?.close();
}

export async function checkEditorInput(kind: EditorKind, mdx: string): Promise<EditorCheck> {
  const result = await editorCheckPool().run({ kind, mdx });
  return result.ok ? { ok: true, ...result.value } : result;
}

/** What the reader is told when a check could not run to its end; Danish, in the style of the other messages. */
export function checkFailureMessage(reason: PoolFailure): string {
  if (reason === "timeout" || reason === "memory") {
    return "Teksten er for indviklet til at blive tjekket. Del lange afsnit op, og undgå lange rækker af *, _, ~, [ eller >";
  }
  return "Teksten kunne ikke tjekkes lige nu, fordi der er travlt. Dine svar er bevaret; prøv igen om lidt";
}
