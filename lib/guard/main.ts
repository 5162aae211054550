/**
 * `node guard.mjs`: starts the Next.js standalone server (server.js beside this file) on a free loopback port and
 * the guard (lib/guard/server.ts) in front of it on PORT and HOSTNAME, the variables server.js itself reads. The
 * two stop together: a signal stops both, and if the Next.js server ends, the guard ends with its exit code, so
 * systemd restarts the pair (deploy/opi-guiden@.service).
 *
 * `node guard.mjs --write-error-pages <folder>` writes the Danish error pages nginx serves for its own errors.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createGuard } from "./server";
import { NGINX_ERROR_PAGES, nginxErrorPage } from "./pages";

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The Next.js server listens on loopback under the name "localhost", not "127.0.0.1". Next.js serves a proxy.ts
 * rewrite (/cases?… → /cases-udvalg, ?maalgruppe= → /for/…) itself only when the rewritten address has the
 * origin it built for the request from HOSTNAME; the address the proxy hands back has 127.0.0.1 written as
 * "localhost". With HOSTNAME=127.0.0.1 the two differ, so every rewrite was fetched over the network from the
 * server itself, and over https when X-Forwarded-Proto said https (nginx sends it): a 500 on every such page.
 */
const INNER_HOST = "localhost";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, INNER_HOST, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The ids of the build's server functions, from Next.js' manifest beside server.js. */
function serverActions(): Set<string> | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(here, ".next/server/server-reference-manifest.json"), "utf8")) as Record<string, unknown>;
    return new Set(["node", "edge"].flatMap((runtime) => Object.keys((manifest[runtime] as Record<string, unknown> | undefined) ?? {})));
  } catch {
    console.error("guard: no server-reference-manifest.json; server-action ids are left to Next.js");
    return undefined;
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: INNER_HOST });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function main() {
  const pagesAt = process.argv.indexOf("--write-error-pages");
  if (pagesAt !== -1) {
    const folder = process.argv[pagesAt + 1];
    if (!folder) throw new Error("--write-error-pages needs a folder");
    mkdirSync(folder, { recursive: true });
    for (const file of Object.keys(NGINX_ERROR_PAGES)) writeFileSync(path.join(folder, file), nginxErrorPage(file));
    return;
  }

  const port = Number.parseInt(process.env.PORT ?? "", 10) || 3000;
  const hostname = process.env.HOSTNAME || "0.0.0.0";
  const keepAlive = Number.parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? "", 10);
  const keepAliveTimeout = Number.isFinite(keepAlive) && keepAlive >= 0 ? keepAlive : 5_000;
  const innerPort = await freePort();
  const server = createGuard({ upstream: { host: INNER_HOST, port: innerPort }, keepAliveTimeout, actions: serverActions() });
  // The Next.js server keeps idle connections longer than the guard's pool does, so the guard never reuses one it
  // has just closed.
  const next = spawn(process.execPath, [path.join(here, "server.js")], {
    cwd: here,
    env: { ...process.env, PORT: String(innerPort), HOSTNAME: INNER_HOST, KEEP_ALIVE_TIMEOUT: String(keepAliveTimeout + 5_000) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let stopping = false;
  next.on("exit", (code, signal) => {
    if (!stopping) console.error(`guard: the Next.js server ended (${signal ?? code}); stopping.`);
    process.exit(stopping ? 0 : (code ?? 1) || 1);
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    next.kill("SIGTERM");
    setTimeout(() => next.kill("SIGKILL"), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  const started = Date.now();
  while (!(await accepts(innerPort))) {
    if (Date.now() - started > 60_000) throw new Error("the Next.js server did not start within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.listen(port, hostname, () => console.log(`OPI-guiden: http://${hostname}:${port} (guard in front of the Next.js server on ${INNER_HOST}:${innerPort})`));
}

main().catch((error: unknown) => {
  console.error(`guard: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
