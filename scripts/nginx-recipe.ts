/**
 * deploy/nginx.conf made runnable on this machine, for the end-to-end tests and the benchmark: the file itself,
 * with only what a test run needs substituted. Ports above 1024, every path below one prefix folder (the release is
 * a symlink to .next/standalone, the generated CSP map is the release's), the certificate one made with openssl
 * at test time, and the upstream pointed at the guards that run. Everything else (the maps, the locations, the
 * headers, the limits and timeouts, the error pages) is the recipe as it is deployed.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

export interface RecipeOptions {
  /** The assembled release (.next/standalone after scripts/standalone.sh). */
  release?: string;
  /** The ports of the guards (node guard.mjs) that nginx passes requests on to. */
  upstreams: number[];
  /** The HTTPS server's port, with a self-signed certificate; null: the site server listens on `port` without TLS (benchmark). */
  httpsPort: number | null;
  /** The port of the plain-HTTP server that redirects to HTTPS, or of the site itself when httpsPort is null. */
  port: number;
  /** false: without the per-client POST limit, which would hold a benchmark's single client to 10 requests a second. */
  rateLimit?: boolean;
  /** More server blocks at http level (the benchmark's bare nginx). */
  extra?: (dir: string) => string;
}

export interface Recipe {
  dir: string;
  nginx: ChildProcess;
  stop: () => Promise<void>;
}

/** The nginx binary: NGINX_PATH, or nginx on the PATH or in /usr/sbin. Null when there is none. */
export function findNginx(): string | null {
  for (const candidate of [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync("bash", ["-c", "command -v nginx"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** deploy/nginx.conf with the substitutions above, inside a complete nginx.conf for a prefix folder. */
export async function recipeConfig(dir: string, options: RecipeOptions): Promise<string> {
  const release = options.release ?? path.join(ROOT, ".next/standalone");
  let site = await readFile(path.join(ROOT, "deploy/nginx.conf"), "utf8");
  if (options.httpsPort === null) {
    // Only the site's server block, over plain HTTP.
    const first = site.indexOf("\nserver {");
    const second = site.indexOf("\nserver {", first + 1);
    site = site.slice(0, first) + site.slice(second);
    site = site
      .replace(/^(\s*)listen 443 ssl http2;$/m, `$1listen 127.0.0.1:${options.port};`)
      .replace(/^\s*ssl_.*$/gm, "");
  } else {
    site = site
      .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${options.port};`)
      .replace(/^(\s*)listen 443 ssl http2;$/m, `$1listen 127.0.0.1:${options.httpsPort} ssl http2;`)
      .replace("/etc/ssl/opi-guiden/fullchain.pem", path.join(dir, "tls/cert.pem"))
      .replace("/etc/ssl/opi-guiden/privkey.pem", path.join(dir, "tls/key.pem"));
  }
  site = site
    .replace(/^\s*listen \[::\].*$/gm, "")
    .replace(/\/etc\/nginx\/opi-guiden\/csp\.conf/g, path.join(release, ".next/csp-nginx.conf"))
    .replace(/\/etc\/nginx\/opi-guiden\/security-headers\.conf/g, path.join(ROOT, "deploy/nginx-security-headers.conf"))
    .replace(/\/srv\/opi-guiden/g, dir)
    .replace(/\/var\/www\/acme/g, path.join(dir, "acme"))
    .replace(/(\s*server 127\.0\.0\.1:\d+;)+/, options.upstreams.map((port) => `\n    server 127.0.0.1:${port};`).join(""));
  if (options.rateLimit === false) site = site.replace(/^\s*limit_req(_status)? .*$/gm, "");
  return [
    "daemon off;",
    "worker_processes 2;",
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    "events { worker_connections 4096; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  default_type application/octet-stream;",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${name}_temp_path ${dir}/${name};`),
    site,
    options.extra?.(dir) ?? "",
    "}",
    "",
  ].join("\n");
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** Writes the configuration (and the certificate), checks it with nginx -t, and starts nginx. */
export async function startRecipe(nginx: string, options: RecipeOptions): Promise<Recipe> {
  const release = options.release ?? path.join(ROOT, ".next/standalone");
  const dir = await mkdtemp(path.join(tmpdir(), "opi-nginx-"));
  // nginx workers run as an unprivileged user when nginx runs as root: they must be able to read the folder.
  await chmod(dir, 0o755);
  await symlink(release, path.join(dir, "current"));
  await mkdir(path.join(dir, "static-archive"));
  await mkdir(path.join(dir, "acme"));
  if (options.httpsPort !== null) {
    await mkdir(path.join(dir, "tls"));
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
      "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
      "-keyout", path.join(dir, "tls/key.pem"), "-out", path.join(dir, "tls/cert.pem"),
    ], { stdio: "ignore" });
  }
  const conf = path.join(dir, "nginx.conf");
  await writeFile(conf, await recipeConfig(dir, options));
  execFileSync(nginx, ["-t", "-q", "-p", dir, "-c", conf], { stdio: ["ignore", "ignore", "inherit"] });
  const child = spawn(nginx, ["-p", dir, "-c", conf], { stdio: ["ignore", "ignore", "inherit"] });
  const stop = async () => {
    if (child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      });
    }
    await rm(dir, { recursive: true, force: true });
  };
  const started = Date.now();
  while (!(await accepts(options.httpsPort ?? options.port))) {
    if (child.exitCode !== null || Date.now() - started > 15_000) {
      await stop();
      throw new Error(`nginx did not start (see ${dir}/error.log)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { dir, nginx: child, stop };
}
