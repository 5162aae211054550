/**
 * A time limit for synchronous work on trusted content (content:check, the build): Markdown and YAML readers spend
 * time that grows faster than the text on some inputs (long runs of * or [, deep > quotes), and a file in a pull
 * request must end in a clear error, not a build that never finishes. node:vm's timeout stops the JavaScript running on
 * this thread, including functions it calls outside the context. Input from the web never comes here: it is checked
 * in a worker thread (lib/editor/check.ts), so the server's own thread never runs the parse at all.
 */
import { createContext, runInContext } from "node:vm";

export class TimeLimitExceeded extends Error {
  constructor(readonly limitMs: number) {
    super(`Stopped after ${limitMs} ms`);
    this.name = "TimeLimitExceeded";
  }
}

/** Per file, for frontmatter and body each. Generous: the largest real page takes a few milliseconds. */
export function contentTimeLimitMs(): number {
  const configured = Number(process.env.CONTENT_TIME_LIMIT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : 10_000;
}

const sandbox = createContext({ work: undefined as (() => unknown) | undefined });

/** Runs `work` synchronously and returns its result, or throws TimeLimitExceeded once it has run for `limitMs`. */
export function withinTimeLimit<T>(limitMs: number, work: () => T): T {
  sandbox.work = work;
  try {
    return runInContext("work()", sandbox, { timeout: Math.max(1, Math.floor(limitMs)), breakOnSigint: false }) as T;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new TimeLimitExceeded(limitMs);
    throw error;
  } finally {
    sandbox.work = undefined;
  }
}

/** "10 sekunder", "1,5 sekunder", "200 millisekunder": for messages that name the limit. */
export function describeLimit(limitMs: number): string {
  if (limitMs < 1000) return `${Math.round(limitMs)} millisekunder`;
  const seconds = limitMs / 1000;
  return `${seconds.toLocaleString("da-DK", { maximumFractionDigits: 1 })} ${seconds === 1 ? "sekund" : "sekunder"}`;
}

/** What an editor is told about a body that could not be read within the limit. */
export function tooComplexMessage(limitMs: number): string {
  return `teksten kunne ikke læses på ${describeLimit(limitMs)}; den er for indviklet. Del lange afsnit op, og undgå lange rækker af *, _, ~, [ eller > (se content/README.md)`;
}
