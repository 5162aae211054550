/** Shared by the benchmark's sections: servers started and stopped by PID, load runs, and figures. */
import { spawn, execSync, type ChildProcess } from "node:child_process";
import { gzipSync } from "node:zlib";
import { autocannon, type LoadRequest } from "./tools";

export const ROOT = new URL("../..", import.meta.url).pathname;

export function gz(bytes: Uint8Array | string): number {
  return gzipSync(typeof bytes === "string" ? Buffer.from(bytes) : bytes, { level: 9 }).length;
}

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export interface Server {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** The standalone server of a production build behind its guard, as npm run serve and docs/deploy.md run it. */
export async function startNext(port: number, env: Record<string, string> = {}): Promise<Server> {
  execSync("bash scripts/standalone.sh", { cwd: ROOT, stdio: "inherit" });
  const child = spawn(process.execPath, ["guard.mjs"], {
    cwd: `${ROOT}.next/standalone`,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "127.0.0.1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/robots.txt`);
  return { url, process: child, stop: () => stop(child) };
}

/** A plain Node static server that answers every request with the same bytes: the floor for serving HTML. */
export async function startStatic(port: number, file: string): Promise<Server> {
  const code = `const fs=require("fs"),http=require("http");const body=fs.readFileSync(${JSON.stringify(file)});http.createServer((q,r)=>{r.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":body.length});r.end(body)}).listen(${port},"127.0.0.1")`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url);
  return { url, process: child, stop: () => stop(child) };
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
}

export interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Of the errors: requests with no answer within 30 s. The rest are broken connections. */
  timeouts: number;
  requests: number;
  /** Responses per HTTP status, so a non-2xx figure says what went wrong. */
  statuses: Record<string, number>;
}

export async function load(options: { url: string; connections: number; duration: number; method?: "GET" | "POST"; body?: string; headers?: Record<string, string>; requests?: LoadRequest[] }): Promise<Load> {
  // A request counts as an error after 30 s without an answer (autocannon: timeout), or on a broken connection;
  // autocannon counts its timeouts among its errors.
  const result = await autocannon({ timeout: 30, ...options, method: options.method ?? "GET" });
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, requests: result.requests.total, statuses: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat?.count ?? 0])) };
}

/** Resident memory of a process and all its children, in MB. */
export function treeRssMb(pid: number): number {
  try {
    const out = execSync(`ps -o pid=,ppid=,rss= -A`, { encoding: "utf8" });
    const rows = out.trim().split("\n").map((line) => line.trim().split(/\s+/).map(Number)) as [number, number, number][];
    const children = new Map<number, number[]>();
    for (const [p, pp] of rows) children.set(pp, [...(children.get(pp) ?? []), p]);
    const rss = new Map(rows.map(([p, , r]) => [p, r]));
    let total = 0;
    const stack = [pid];
    while (stack.length) {
      const current = stack.pop()!;
      total += rss.get(current) ?? 0;
      stack.push(...(children.get(current) ?? []));
    }
    return Math.round(total / 1024);
  } catch {
    return 0;
  }
}

export function table(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(`\n${title}\n${"-".repeat(title.length)}`);
  console.log(line(cells[0]!));
  for (const row of cells.slice(1)) console.log(line(row));
}
