/**
 * A small pool of worker threads for work whose cost the input decides: each job runs in a worker with a hard time
 * limit and a heap limit, a worker that runs over is terminated and replaced, and jobs beyond the pool's size wait in a
 * short queue; when that is full, a job is refused at once ("busy") instead of piling up. The server's own thread only
 * hands over the input and waits, so it keeps answering every other request.
 *
 * A worker script posts { type: "ready" } once it has loaded, answers { type: "result", id, value } for each
 * { type: "job", id, input }, and { type: "failed", id } when the job threw (see lib/editor/check.worker.ts).
 */
import type { Worker, ResourceLimits } from "node:worker_threads";

export interface PoolLimits {
  /** Worker threads at most. */
  workers: number;
  /** Jobs that may wait for a worker; one more is refused as busy. */
  queue: number;
  /** How long one job may run in its worker, counted from the moment the worker receives it. */
  timeoutMs: number;
  /** Heap limit of each worker (old generation), in MB. */
  memoryMb: number;
}

export type PoolResult<T> = { ok: true; value: T } | { ok: false; reason: PoolFailure };
/** timeout and memory: the input is too costly; busy: the queue is full; failed: the worker broke or could not start. */
export type PoolFailure = "timeout" | "memory" | "busy" | "failed";

interface Job<In, Out> {
  id: number;
  input: In;
  resolve: (result: PoolResult<Out>) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  ready: boolean;
  job?: Job<In, Out>;
  timer?: ReturnType<typeof setTimeout>;
  /** Why the worker stopped, when it reported an error before exiting. */
  failure?: PoolFailure;
}

type Message<Out> = { type: "ready" } | { type: "result"; id: number; value: Out } | { type: "failed"; id: number };

/** The limits each worker thread starts with: the heap from PoolLimits, a young generation and stack to match. */
export function resourceLimitsOf(limits: PoolLimits): ResourceLimits {
  return { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.max(4, Math.min(32, Math.floor(limits.memoryMb / 4))), stackSizeMb: 4 };
}

export class WorkerPool<In, Out> {
  readonly stats = { started: 0, replaced: 0, timedOut: 0, outOfMemory: 0, refused: 0, completed: 0 };
  private readonly slots = new Set<Slot<In, Out>>();
  private readonly waiting: Job<In, Out>[] = [];
  private running = 0;
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly spawn: () => Worker,
    readonly limits: PoolLimits,
  ) {}

  /** Runs one job. Never rejects: every outcome, including a refusal, is a PoolResult. */
  run(input: In): Promise<PoolResult<Out>> {
    if (this.closed) return Promise.resolve({ ok: false, reason: "failed" });
    if (this.running + this.waiting.length >= this.limits.workers + this.limits.queue) {
      this.stats.refused++;
      return Promise.resolve({ ok: false, reason: "busy" });
    }
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, input, resolve });
      this.pump();
    });
  }

  /** Jobs running and waiting, for a health check or a benchmark. */
  get load(): { running: number; waiting: number; workers: number } {
    return { running: this.running, waiting: this.waiting.length, workers: this.slots.size };
  }

  /** Stops every worker; jobs still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.resolve({ ok: false, reason: "failed" });
    await Promise.all([...this.slots].map((slot) => this.retire(slot, "failed")));
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      const idle = [...this.slots].find((slot) => slot.ready && !slot.job);
      if (idle) {
        this.assign(idle, this.waiting.shift()!);
        continue;
      }
      // Start a worker only if no started one is still loading: a job waits for the first worker that is free.
      const starting = [...this.slots].filter((slot) => !slot.ready);
      if (this.slots.size < this.limits.workers && starting.length < this.waiting.length && this.start()) continue;
      // A job waits for a worker that is still loading: that worker must keep a script alive until it is ready.
      for (const slot of starting) slot.worker.ref();
      return;
    }
  }

  private start(): Slot<In, Out> | undefined {
    let worker: Worker;
    try {
      worker = this.spawn();
    } catch {
      for (const job of this.waiting.splice(0)) job.resolve({ ok: false, reason: "failed" });
      return undefined;
    }
    const slot: Slot<In, Out> = { worker, ready: false };
    this.slots.add(slot);
    this.stats.started++;
    worker.on("message", (message: Message<Out>) => {
      if (message.type === "ready") {
        slot.ready = true;
        this.idle(slot);
        this.pump();
        return;
      }
      const job = slot.job;
      if (!job || message.id !== job.id) return;
      this.finish(slot, message.type === "result" ? { ok: true, value: message.value } : { ok: false, reason: "failed" });
      this.stats.completed++;
      this.idle(slot);
      this.pump();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      slot.failure = error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "failed";
    });
    worker.on("exit", () => {
      if (!this.slots.has(slot)) return;
      this.slots.delete(slot);
      const failure = slot.failure ?? "failed";
      if (failure === "memory") this.stats.outOfMemory++;
      if (slot.job) {
        this.finish(slot, { ok: false, reason: failure });
      } else if (!slot.ready) {
        // A worker that cannot even start would fail again at once: tell the waiting jobs instead of looping.
        for (const job of this.waiting.splice(0)) job.resolve({ ok: false, reason: "failed" });
        return;
      }
      if (!this.closed) this.replace();
    });
    return slot;
  }

  private assign(slot: Slot<In, Out>, job: Job<In, Out>): void {
    slot.job = job;
    this.running++;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      this.stats.timedOut++;
      void this.retire(slot, "timeout");
      if (!this.closed) this.replace();
    }, this.limits.timeoutMs);
    slot.worker.postMessage({ type: "job", id: job.id, input: job.input });
  }

  private finish(slot: Slot<In, Out>, result: PoolResult<Out>): void {
    const job = slot.job;
    if (!job) return;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    this.running--;
    job.resolve(result);
  }

  /** An idle worker must not keep a script (content:check, a test run) from ending. */
  private idle(slot: Slot<In, Out>): void {
    if (!slot.job) slot.worker.unref();
  }

  private async retire(slot: Slot<In, Out>, reason: PoolFailure): Promise<void> {
    this.slots.delete(slot);
    this.finish(slot, { ok: false, reason });
    await slot.worker.terminate().catch(() => undefined);
  }

  /** A worker was lost: start its successor now, so the next job does not wait for one to load. */
  private replace(): void {
    this.stats.replaced++;
    if (this.slots.size < this.limits.workers) {
      const slot = this.start();
      if (slot && this.waiting.length === 0) slot.worker.unref();
    }
    this.pump();
  }
}
