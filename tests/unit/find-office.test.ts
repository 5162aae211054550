/**
 * scripts/find-office.sh, which npm run verify runs before the unit tests: it prints the LibreOffice to use, finds
 * poppler and qpdf on PATH, installs from Debian only what is missing (as root with apt-get, through the finder
 * Chromium and nginx share), and otherwise says how to install them. Each run gets a PATH of its own, with stand-in
 * programs, so the tests neither depend on nor change what this machine has installed.
 */
import { afterAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const SCRIPT = path.resolve("scripts/find-office.sh");
const POPPLER = ["pdfinfo", "pdffonts", "pdftotext", "pdftoppm"];
const root = mkdtempSync(path.join(tmpdir(), "find-office-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const realPath = (program: string) => execFileSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" }).trim();
const BASH = realPath("bash");

let runs = 0;
/** Runs find-office.sh with only the named programs on PATH. `id` says whether we are root; apt-get, when given,
 * writes each call's arguments to a log and installs nothing. */
function run(onPath: string[], { root: asRoot = false, aptGet = false } = {}) {
  const dir = path.join(root, `run-${++runs}`);
  const bin = path.join(dir, "bin");
  const log = path.join(dir, "apt-get.log");
  execFileSync("mkdir", ["-p", bin]);
  for (const program of ["bash", "dirname", "cat"]) symlinkSync(realPath(program), path.join(bin, program));
  const script = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  for (const program of onPath) script(program, "exit 0");
  script("id", `echo ${asRoot ? 0 : 1000}`);
  if (aptGet) script("apt-get", `echo "$*" >> '${log}'`);
  const soffice = path.join(dir, "soffice");
  writeFileSync(soffice, "#!/bin/sh\nexit 0\n");
  chmodSync(soffice, 0o755);
  const result = spawnSync(BASH, [SCRIPT], { encoding: "utf8", env: { NODE_ENV: process.env.NODE_ENV, PATH: bin, HOME: dir, SOFFICE_PATH: soffice } });
  return { ...result, soffice, aptCalls: existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : [] };
}

describe("scripts/find-office.sh", () => {
  it("prints SOFFICE_PATH when poppler and qpdf are on PATH, and installs nothing", () => {
    const result = run([...POPPLER, "qpdf"], { root: true, aptGet: true });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${result.soffice}\n`);
    expect(result.aptCalls).toEqual([]);
  });

  it("says how to install the packages when a tool is missing and it may not install", () => {
    const result = run(POPPLER, { aptGet: true });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("LibreOffice (writer and calc), poppler or qpdf was not found, and could not be installed automatically.");
    expect(result.stderr).toContain(
      "sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils qpdf",
    );
    expect(result.stderr).toContain("point SOFFICE_PATH at a LibreOffice soffice binary");
    expect(result.aptCalls).toEqual([]);
  });

  it("as root, installs from Debian only the package that is missing, without recommends", () => {
    const result = run(["pdfinfo", "pdffonts", "pdftotext", "qpdf"], { root: true, aptGet: true });
    expect(result.aptCalls).toEqual(["update -qq", "install -y -qq --no-install-recommends poppler-utils"]);
    expect(result.stderr).toContain("poppler mangler: installerer Debians pakke(r) poppler-utils med apt-get");
    // The stand-in apt-get installs nothing: the run succeeds only where Debian's pdftoppm is really there.
    if (existsSync("/usr/bin/pdftoppm")) expect(result.stdout).toBe(`${result.soffice}\n`);
    else expect(result.stderr).toContain("could not be installed automatically");
  });
});
