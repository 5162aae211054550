/**
 * The bench's load generator and Lighthouse are heavy (about 190 MB with their dependencies) and serve only the bench, so
 * they are a package of the bench's own (scripts/bench/package.json), which scripts/bench/run.sh installs on first use.
 * They are imported by a computed name, so the site's typecheck and install need neither; the interfaces below are
 * the part of their API the bench uses.
 */

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  method: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
  requests?: LoadRequest[];
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number } | undefined>;
}

interface LighthouseResult {
  lhr: {
    categories: Record<string, { score: number | null } | undefined>;
    audits: Record<string, { id: string; score: number | null; scoreDisplayMode: string; numericValue?: number }>;
    environment: { benchmarkIndex: number };
  };
}

interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): Promise<void> | void }>;
}

const load = (name: string): Promise<unknown> => import(name).catch(() => {
  throw new Error(`${name} mangler. Kør benchmarken med npm run bench, som installerer scripts/bench/package.json første gang.`);
});

export async function autocannon(options: AutocannonOptions): Promise<AutocannonResult> {
  const tool = (await load("autocannon")) as { default: (options: AutocannonOptions) => Promise<AutocannonResult> };
  return tool.default(options);
}

export async function lighthouse(): Promise<{
  run: (url: string, flags: { port: number; output: "json"; logLevel: "error"; onlyCategories: string[] }) => Promise<LighthouseResult | undefined>;
  chromeLauncher: ChromeLauncher;
}> {
  const [lh, chromeLauncher] = await Promise.all([load("lighthouse"), load("chrome-launcher")]);
  return { run: (lh as { default: never }).default, chromeLauncher: chromeLauncher as ChromeLauncher };
}
