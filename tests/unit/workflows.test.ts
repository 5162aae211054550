/**
 * The GitHub Actions workflows: valid for actionlint, and held to the rules that keep a public repository's CI safe.
 * Least privilege, actions pinned by commit, a time limit on every job, no pull_request_target, and text from an
 * issue never inside an expression or a script, with the job that can write running no project code.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { parse } from "yaml";
import { lintWorkflow, lintWorkflows, workflowFiles } from "@/scripts/actionlint";
import { CASE_READY_LABEL } from "@/lib/github/issue-form";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  "timeout-minutes"?: number;
  container?: { image: string; options?: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, Job>;
}

const files = await workflowFiles();
const text = (file: string) => readFileSync(file, "utf8");
const workflow = (file: string) => parse(text(file)) as Workflow;
const TEST = ".github/workflows/test.yml";
const CONTENT = ".github/workflows/content.yml";
const CASE = ".github/workflows/case-from-issue.yml";

describe("actionlint", () => {
  it("finds nothing in the repository's workflows", async () => {
    expect(files).toEqual(expect.arrayContaining([TEST, CONTENT, CASE]));
    expect(await lintWorkflows(files)).toEqual([]);
  });

  it("catches an issue's body used directly in a script, and a mistyped expression", async () => {
    const bad = [
      "name: x",
      "on: { issues: { types: [opened] } }",
      "permissions: { contents: read }",
      "jobs:",
      "  x:",
      "    runs-on: ubuntu-24.04",
      "    steps:",
      '      - run: echo "${{ github.event.issue.body }}"',
      "      - run: echo ${{ matrix.nope }}",
    ].join("\n");
    const findings = await lintWorkflow(bad, "bad.yml");
    expect(findings.map((f) => [f.line, f.kind])).toEqual([
      [8, "expression"],
      [9, "expression"],
    ]);
    expect(findings[0]!.message).toContain('"github.event.issue.body" is potentially untrusted');
  });
});

describe("every workflow", () => {
  it("pins each action to a full commit SHA and names its version in a comment", () => {
    for (const file of files) {
      for (const line of text(file).split("\n").filter((l) => /^\s*(- )?uses:/.test(l))) {
        expect(line, `${file}: ${line.trim()}`).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      }
    }
  });

  it("starts from read-only or no permissions, gives each job a time limit, and never runs on pull_request_target or workflow_run", () => {
    for (const file of files) {
      const w = workflow(file);
      expect(w.permissions, file).toBeDefined();
      expect(Object.entries(w.permissions ?? {}).filter(([, access]) => access !== "read"), file).toEqual([]);
      expect(Object.keys(w.on), file).not.toContain("pull_request_target");
      expect(Object.keys(w.on), file).not.toContain("workflow_run");
      for (const [name, job] of Object.entries(w.jobs)) {
        expect(job["timeout-minutes"], `${file}: ${name}`).toBeGreaterThan(0);
        expect(job["timeout-minutes"], `${file}: ${name}`).toBeLessThanOrEqual(60);
        for (const step of job.steps.filter((s) => s.uses?.startsWith("actions/checkout@"))) {
          expect(step.with?.["persist-credentials"], `${file}: ${name}`).toBe(false);
        }
      }
    }
  });

  it("puts no expression inside a script: values reach scripts through the environment", () => {
    for (const file of files) {
      for (const [name, job] of Object.entries(workflow(file).jobs)) {
        for (const step of job.steps.filter((s) => s.run)) expect(step.run, `${file}: ${name}`).not.toContain("${{");
      }
    }
  });
});

describe("the test workflow", () => {
  const w = workflow(TEST);
  const job = Object.values(w.jobs)[0]!;

  it("runs .ci/run, which is exactly the README's test command, on every pull request and every push to main", () => {
    expect(Object.keys(w.jobs)).toHaveLength(1);
    expect(w.on).toEqual({ pull_request: null, push: { branches: ["main"] } });
    expect(job.steps.map((s) => s.run).filter(Boolean)).toContain("bash .ci/run");
    const command = "npm ci --no-audit --no-fund && npm run verify";
    expect(text(".ci/run").trim().split("\n").at(-1)).toBe(command);
    expect(text("README.md")).toContain(`\`\`\`sh\n${command}\n\`\`\``);
  });

  it("runs in Debian 12 as root, so the test command can install what it needs with apt-get", () => {
    expect(job.container?.image).toMatch(/^(debian:bookworm|node:20-bookworm)$/);
    expect(w.permissions).toEqual({ contents: "read" });
    expect(job.permissions).toBeUndefined();
  });

  it("cancels a run that a newer push has superseded", () => {
    expect(w.concurrency?.["cancel-in-progress"]).toBe(true);
    expect(w.concurrency?.group).toContain("github.event.pull_request.number || github.ref");
  });
});

describe("the content workflow", () => {
  it("annotates content problems on their lines in the pull request", () => {
    const w = workflow(CONTENT);
    const runs = Object.values(w.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ""));
    expect(runs).toContain("npm run content:check -- --format=github");
    expect(runs).toContain("npm ci --no-audit --no-fund --ignore-scripts");
    expect((w.on.pull_request as { paths: string[] }).paths).toContain("content/**");
  });
});

describe("the workflow that turns an issue into a case", () => {
  const w = workflow(CASE);
  const { convert, publish } = w.jobs as { convert: Job; publish: Job };

  it("runs on issues opened, edited and labeled, and only once a maintainer has added the ready label", () => {
    expect(w.on).toEqual({ issues: { types: ["opened", "edited", "labeled"] } });
    expect(w.permissions).toEqual({});
    expect(convert.if).toContain(`github.event.label.name == '${CASE_READY_LABEL}'`);
    expect(convert.if).toContain(`contains(github.event.issue.labels.*.name, '${CASE_READY_LABEL}')`);
    expect(convert.if).toContain("github.event.issue.state == 'open'");
  });

  it("never names the issue's text in an expression: the script reads the event file", () => {
    expect(text(CASE)).not.toMatch(/github\.event\.(issue\.(body|title)|comment)/);
    expect(convert.steps.map((s) => s.run ?? "").join("\n")).toContain('--event "$GITHUB_EVENT_PATH"');
  });

  it("reads the issue with a read-only token, installing without package scripts and running only the conversion", () => {
    expect(convert.permissions).toEqual({ contents: "read" });
    const commands = convert.steps.flatMap((s) => (s.run ?? "").split("\n")).filter((line) => /\b(npm|npx|node|tsx|yarn|pnpm)\b/.test(line));
    expect(commands.map((line) => line.trim())).toEqual([
      "npm ci --no-audit --no-fund --ignore-scripts",
      'npx tsx scripts/issue-to-case.ts --event "$GITHUB_EVENT_PATH" --out "$out" || status=$?',
    ]);
  });

  it("gives the job that writes only what it needs, and that job runs no project code", () => {
    expect(publish.permissions).toEqual({ contents: "write", "pull-requests": "write", issues: "write" });
    expect(publish.container).toBeUndefined();
    for (const step of publish.steps) {
      if (step.uses) expect(step.uses).toMatch(/^actions\/checkout@/);
      expect(step.run ?? "").not.toMatch(/\b(npm|npx|node|tsx|yarn|pnpm|make|bash \.|sh \.)\b/);
    }
  });
});

describe("the issue workflow's scripts, run here with a stand-in for gh", () => {
  const w = workflow(CASE);
  const { convert, publish } = w.jobs as { convert: Job; publish: Job };
  const good = readFileSync("tests/fixtures/issues/indsend-en-case.md", "utf8");
  const bad = readFileSync("tests/fixtures/issues/indsend-en-case-fejl.md", "utf8");

  /**
   * Runs a step's script as the runner does (bash -eo pipefail), with the environment it would get: the runner's
   * own, without the npm_* settings of an npm or npx that runs these tests (the Node.js 24 step runs them inside
   * `npx -c`, whose npm_config_call would make the step's own npx refuse its arguments).
   */
  const runnerEnv = { ...process.env };
  for (const key of Object.keys(runnerEnv)) if (key.toLowerCase().startsWith("npm_")) delete runnerEnv[key];
  const runStep = (step: Step, cwd: string, env: Record<string, string>) =>
    spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run!], { cwd, env: { ...runnerEnv, ...env }, encoding: "utf8" });

  const outputsOf = (file: string) => Object.fromEntries(readFileSync(file, "utf8").trim().split("\n").map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]));

  async function convertIssue(body: string, temp: string) {
    const event = path.join(temp, "event.json");
    await writeFile(event, JSON.stringify({ action: "labeled", label: { name: CASE_READY_LABEL }, issue: { number: 12, state: "open", created_at: "2026-12-01T09:00:00Z", body } }));
    const output = path.join(temp, `output-${Math.random()}`);
    await writeFile(output, "");
    const step = convert.steps.find((s) => s.run?.includes("issue-to-case"))!;
    const result = runStep(step, process.cwd(), { GITHUB_EVENT_PATH: event, RUNNER_TEMP: temp, GITHUB_OUTPUT: output });
    expect(result.status, result.stderr).toBe(0);
    return outputsOf(output);
  }

  /** A stand-in for gh that logs its arguments and answers like GitHub would. */
  async function fakeGh(temp: string, openPullRequest = "") {
    const bin = path.join(temp, "bin");
    await mkdir(bin, { recursive: true });
    const script = [
      "#!/usr/bin/env bash",
      `printf '%s\\n' "$*" >> ${JSON.stringify(path.join(temp, "gh.log"))}`,
      'case "$1 $2" in',
      `  "pr list") printf '%s' ${JSON.stringify(openPullRequest)} ;;`,
      '  "pr create") echo "https://github.com/opi-guiden/opi-guiden/pull/7" ;;',
      '  "issue comment") for a in "$@"; do if [ "$prev" = "--body-file" ]; then cat "$a" >> ' + JSON.stringify(path.join(temp, "comments.md")) + '; fi; prev="$a"; done ;;',
      "esac",
    ].join("\n");
    await writeFile(path.join(bin, "gh"), script, { mode: 0o755 });
    return bin;
  }

  it("turns a good form into a commit on the issue's branch and a pull request, and an edit updates the same branch", async () => {
    const temp = await mkdtemp(path.join(tmpdir(), "opi-workflow-"));
    try {
      const outputs = await convertIssue(good, temp);
      expect(outputs.result).toBe("case");
      expect(outputs.path).toBe("content/cases/sensor-giver-ro-om-natten.mdx");

      // A repository with a default branch, as the checkout leaves it.
      const remote = path.join(temp, "remote.git");
      const work = path.join(temp, "work");
      const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" });
      git(temp, "init", "--quiet", "--bare", "--initial-branch=main", remote);
      git(temp, "clone", "--quiet", remote, work);
      await mkdir(path.join(work, "content", "cases"), { recursive: true });
      await writeFile(path.join(work, "content", "cases", ".gitkeep"), "");
      git(work, "add", ".");
      git(work, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", "start");
      git(work, "push", "--quiet", "origin", "main");

      const step = publish.steps.find((s) => s.run?.includes("git switch"))!;
      const env = (bin: string) => ({
        PATH: `${bin}:${process.env.PATH}`,
        RUNNER_TEMP: temp,
        ISSUE: "12",
        BASE: "main",
        GH_TOKEN: "x",
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_REPOSITORY: "opi-guiden/opi-guiden",
        FILE: outputs.path!,
        MDX: outputs.mdx!,
        TITLE: outputs.title!,
        BODY: outputs.body!,
      });
      const first = runStep(step, work, env(await fakeGh(temp)));
      expect(first.status, first.stderr).toBe(0);
      expect(git(remote, "show", "case/issue-12:content/cases/sensor-giver-ro-om-natten.mdx")).toBe(readFileSync("tests/fixtures/issues/indsend-en-case.mdx", "utf8"));
      expect(git(remote, "log", "--format=%s", "main..case/issue-12").trim()).toBe("Add the case sent with issue #12");
      const log = readFileSync(path.join(temp, "gh.log"), "utf8").split("\n");
      expect(log).toContain("auth setup-git");
      expect(log).toContain("pr create --base main --head case/issue-12 --title Ny case: Sensor giver ro om natten --body-file " + path.join(temp, "body.md"));
      expect(readFileSync(path.join(temp, "body.md"), "utf8")).toContain("Closes #12");
      expect(log).toContain(
        "issue comment 12 --body Tak. Casen er nu et forslag til guiden: https://github.com/opi-guiden/opi-guiden/pull/7. En redaktør tjekker den mod kilderne, før den kommer på siden.",
      );

      // The contributor edits the issue: a new title, the same branch, one file, and a note instead of a second pull request.
      const edited = await convertIssue(good.replace("Sensor giver ro om natten", "Sensor om natten"), temp);
      git(work, "switch", "--quiet", "main"); // each run starts from a fresh checkout of the default branch
      const second = runStep(step, work, { ...env(await fakeGh(temp, "https://github.com/opi-guiden/opi-guiden/pull/7")), FILE: edited.path!, MDX: edited.mdx!, TITLE: edited.title!, BODY: edited.body! });
      expect(second.status, second.stderr).toBe(0);
      expect(git(remote, "ls-tree", "--name-only", "case/issue-12", "content/cases/").trim().split("\n")).toEqual(["content/cases/.gitkeep", "content/cases/sensor-om-natten.mdx"]);
      expect(readFileSync(path.join(temp, "gh.log"), "utf8")).toContain("issue comment 12 --body Casen er opdateret med dine rettelser: https://github.com/opi-guiden/opi-guiden/pull/7");
      expect(readFileSync(path.join(temp, "gh.log"), "utf8").match(/pr create/g)).toHaveLength(1);

      // A file name the conversion could not have made is refused before anything is written.
      const forged = runStep(step, work, { ...env(await fakeGh(temp)), FILE: "content/cases/../../.github/workflows/x.yml" });
      expect(forged.status).not.toBe(0);
      expect(forged.stderr).toContain("Unexpected file name");
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }, 120_000);

  it("comments the Danish problems on the issue when the form has mistakes", async () => {
    const temp = await mkdtemp(path.join(tmpdir(), "opi-workflow-"));
    try {
      const outputs = await convertIssue(bad, temp);
      expect(outputs.result).toBe("problems");
      const step = publish.steps.find((s) => s.run?.includes("comment.md"))!;
      const result = runStep(step, temp, { PATH: `${await fakeGh(temp)}:${process.env.PATH}`, RUNNER_TEMP: temp, ISSUE: "12", GITHUB_REPOSITORY: "opi-guiden/opi-guiden", COMMENT: outputs.comment! });
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(path.join(temp, "gh.log"), "utf8")).toContain(`issue comment 12 --repo opi-guiden/opi-guiden --body-file ${path.join(temp, "comment.md")}`);
      expect(readFileSync(path.join(temp, "comments.md"), "utf8")).toContain("- **Område**: »Havet« er ikke et af valgene");
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }, 120_000);
});
