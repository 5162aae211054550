/**
 * The issue form "Indsend en case" → the content file, for contributors without git. The form is written from the
 * site's case form, and a submitted form becomes exactly the file the site's form makes from the same answers. The
 * issue's text is untrusted: it is refused when it hides characters, quoted only escaped, and never run.
 */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { parse } from "yaml";
import { caseFromIssue } from "@/lib/github/case-from-issue";
import { CASE_FORM_LABEL, CASE_READY_LABEL, readIssueForm } from "@/lib/github/issue-form";
import { issueFormTemplate, ISSUE_FORM_FILE } from "@/lib/github/issue-form-file";
import { markdownText } from "@/lib/github/markdown";
import { EDITOR_FIELDS } from "@/lib/editor/fields";
import { readEditorForm } from "@/lib/editor/forms";
import { makeEditorFile } from "@/lib/editor/submit";
import { editorCheckPool } from "@/lib/editor/check";
import { parseFrontmatter } from "@/lib/content/frontmatter";
import { loadContent, formatProblem } from "@/lib/content/load";
import { compileMdx } from "@/lib/content/compile";

const good = readFileSync("tests/fixtures/issues/indsend-en-case.md", "utf8");
const bad = readFileSync("tests/fixtures/issues/indsend-en-case-fejl.md", "utf8");
const expectedMdx = readFileSync("tests/fixtures/issues/indsend-en-case.mdx", "utf8");
const today = "2026-12-01";
const none = () => false;

/** Replaces the answer under a heading of the good form. */
function answer(label: string, text: string, body = good): string {
  const heading = `### ${label}\n\n`;
  const start = body.indexOf(heading) + heading.length;
  // The story is the last field and runs to the end, subheadings and all.
  const end = label === EDITOR_FIELDS.case.at(-1)!.label ? -1 : body.indexOf("\n\n### ", start);
  return body.slice(0, start) + text + (end === -1 ? "\n" : body.slice(end));
}

afterAll(async () => {
  await editorCheckPool().close();
});

describe("the issue form", () => {
  it("is the committed template, written from the site's case form", () => {
    expect(readFileSync(ISSUE_FORM_FILE, "utf8"), "Run npx tsx scripts/issue-form.ts and commit the template").toBe(issueFormTemplate());
  });

  it("asks every field of the site's form, with its label, its choices and whether it is required", () => {
    const form = parse(readFileSync(ISSUE_FORM_FILE, "utf8")) as { labels: string[]; body: { type: string; id?: string; attributes: { label?: string; options?: (string | { label: string })[] }; validations?: { required: boolean } }[] };
    const fields = form.body.filter((element) => element.type !== "markdown");
    expect(fields.map((element) => [element.id, element.attributes.label])).toEqual(EDITOR_FIELDS.case.map((field) => [field.name, field.label]));
    for (const field of EDITOR_FIELDS.case.filter((f) => f.kind === "select" || f.kind === "checkboxes")) {
      const element = fields.find((e) => e.id === field.name)!;
      expect(element.attributes.options?.map((o) => (typeof o === "string" ? o : o.label))).toEqual(field.options?.map((o) => o.label));
    }
    expect(fields.find((e) => e.id === "title")?.validations?.required).toBe(true);
    expect(fields.find((e) => e.id === "sources")?.validations?.required).toBe(false);
  });

  it("labels a new issue for review, never with the label that starts the conversion", () => {
    const form = parse(readFileSync(ISSUE_FORM_FILE, "utf8")) as { labels: string[] };
    expect(form.labels).toEqual([CASE_FORM_LABEL]);
    expect(form.labels).not.toContain(CASE_READY_LABEL);
  });
});

describe("a submitted form", () => {
  it("becomes the expected case file, which content:check accepts", async () => {
    const result = await caseFromIssue({ body: good, today, issue: 12, exists: none });
    expect(result.ok && result.path).toBe("content/cases/sensor-giver-ro-om-natten.mdx");
    expect(result.ok && result.mdx).toBe(expectedMdx);

    const root = await mkdtemp(path.join(tmpdir(), "opi-issue-"));
    try {
      await mkdir(path.join(root, "cases"));
      await writeFile(path.join(root, "cases", "sensor-giver-ro-om-natten.mdx"), expectedMdx);
      const { problems, entries } = await loadContent(root, { today });
      expect(problems.map(formatProblem)).toEqual([]);
      expect(entries.map((e) => e.url)).toEqual(["/cases/sensor-giver-ro-om-natten"]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("makes the same file as the site's form given the same answers, with Windows line ends too", async () => {
    const site = new FormData();
    for (const [name, value] of Object.entries({
      title: "Sensor giver ro om natten",
      summary: "En kommune og en virksomhed afprøver en sensor, der opdager uro om natten, så personalet kan komme, før en borger falder.",
      area: "aeldrepleje",
      opiType: "eksplorativ",
      status: "afsluttet",
      publicParties: "Eksempelkommune",
      companies: "Sensor ApS\r\nData og Drift A/S",
      duration: "10 måneder",
      citizen: "Færre fald om natten.",
      lessons: "Afstem forventninger tidligt.\r\nTest i små skridt.",
      sources: "Projektets slutrapport | https://eksempel.dk/slutrapport.pdf",
      body: "## Udfordringen\r\n\r\nPersonalet kunne ikke se, hvem der var urolig om natten.\r\n\r\n### Det gjorde vi\r\n\r\nVi satte sensorer op i ti boliger og mødtes hver anden uge.",
    })) {
      site.set(name, value);
    }
    for (const phase of ["ide", "innovation"]) site.append("phases", phase);
    for (const audience of ["offentlig", "virksomhed"]) site.append("audience", audience);
    const fromSite = await makeEditorFile("case", readEditorForm("case", site), today);
    expect(fromSite.file?.mdx).toBe(expectedMdx);

    const crlf = await caseFromIssue({ body: good.replace(/\n/g, "\r\n"), today, exists: none });
    expect(crlf.ok && crlf.mdx).toBe(expectedMdx);
  });

  it("opens a pull request that says where the case comes from, lists its sources and says no one has checked the facts yet", async () => {
    const result = await caseFromIssue({ body: good, today, issue: 12, exists: none });
    if (!result.ok) throw new Error(result.comment);
    expect(result.pullRequestTitle).toBe("Ny case: Sensor giver ro om natten");
    expect(result.pullRequestBody).toContain("En ny case fra formularen »Indsend en case« i #12: Sensor giver ro om natten (`content/cases/sensor-giver-ro-om-natten.mdx`).");
    expect(result.pullRequestBody).toContain("- Projektets slutrapport \\| https\\:\\/\\/eksempel\\.dk\\/slutrapport\\.pdf");
    expect(result.pullRequestBody).toContain("## Hvem har tjekket fakta?\n\nIngen endnu.");
    expect(result.pullRequestBody.endsWith("Closes #12")).toBe(true);
  });

  it("tells the contributor in Danish what to fix, field by field, in the form's order", async () => {
    const result = await caseFromIssue({ body: bad, today, issue: 13, exists: none });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.comment).toBe(
      [
        "Tak for casen. Før den kan blive til en fil i guiden, skal du rette dette:",
        "",
        "- **Titel**: Skriv en titel",
        "- **Resumé**: »Resumé« skal være på mindst 40 tegn\\. Du har skrevet 12",
        "- **Kilder**: Skriv mindst én kilde som titel \\| https\\:\\/\\/adresse\\. Handler casen ikke om et virkeligt projekt\\, så sæt kryds ved »Casen er et opdigtet eksempel«",
        "- **Faser**: Vælg mindst én fase",
        "- **Område**: »Havet« er ikke et af valgene\\. Vælg blandt\\: Sundhed\\, Ældrepleje\\, Dagtilbud\\, Undervisning\\, Socialområdet\\, Beskæftigelse\\, Klima og miljø\\, Andet",
        "",
        "Ret svarene i issuet (klik på ··· ved issuet og vælg »Edit«), og gem. Så bliver casen tjekket igen.",
      ].join("\n"),
    );
  });

  it("refuses a case whose file name is taken, and an issue that was not made with the form", async () => {
    const taken = await caseFromIssue({ body: good, today, exists: (file) => file === "content/cases/sensor-giver-ro-om-natten.mdx" });
    expect(!taken.ok && taken.problems).toEqual({ title: "Der findes allerede en case med filnavnet sensor-giver-ro-om-natten.mdx. Giv casen en anden titel" });
    const plain = await caseFromIssue({ body: "Hej, jeg har en god case om en robot.", today, exists: none });
    expect(!plain.ok && plain.problems).toEqual({ form: "Issuet er ikke lavet med formularen »Indsend en case«, så det kan ikke læses. Opret et nyt issue med formularen" });
  });

  it("reads the fields in the form's order, so a heading written inside the story changes no other field", async () => {
    const story = "## Forløbet\n\nVi startede her.\n\n### Titel\n\nEn anden titel\n\n### Status\n\nStoppet";
    const result = await caseFromIssue({ body: answer("Fortællingen", story), today, exists: none });
    if (!result.ok) throw new Error(result.comment);
    const parsed = parseFrontmatter(result.mdx);
    expect(parsed.ok && parsed.data).toMatchObject({ title: "Sensor giver ro om natten", status: { value: "afsluttet" } });
    expect(parsed.ok && parsed.body).toContain("### Titel\n\nEn anden titel\n\n### Status\n\nStoppet");
  });
});

describe("hostile text in the issue", () => {
  it("arrives as text: ${{ }}, backticks and command substitution in YAML strings, braces and tags escaped in the story, and nothing runs", async () => {
    const marker = path.join(tmpdir(), `opi-issue-ran-${process.pid}`);
    await rm(marker, { force: true });
    const title = "${{ secrets.GITHUB_TOKEN }} `touch x` $(touch x)";
    const story = [
      "---js",
      `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran")`,
      "---",
      "",
      "Tekst med ${{ github.token }}, `$(id)`, <script>alert(1)</script> og {process.exit(1)}.",
      "::error file=.github/workflows/ci.yml::falsk",
      "import fs from 'node:fs'",
    ].join("\n");
    let body = answer("Titel", title);
    body = answer("Fortællingen", story, body);
    body = answer("Kilder", "Rapport ${{ github.token }} `x` | https://eksempel.dk/rapport", body);
    const result = await caseFromIssue({ body, today, issue: 14, exists: none });
    if (!result.ok) throw new Error(result.comment);

    expect(result.path).toBe("content/cases/secrets-github-token-touch-x-touch-x.mdx");
    const parsed = parseFrontmatter(result.mdx);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(result.mdx.startsWith("---\n")).toBe(true);
    expect(parsed.data.title).toBe(title);
    expect(parsed.data.sources).toEqual([{ id: "kilde-1", title: "Rapport ${{ github.token }} `x`", url: "https://eksempel.dk/rapport" }]);
    expect(parsed.body).toContain("Tekst med $\\{\\{ github.token \\}\\}, `$(id)`, \\<script\\>alert(1)\\</script\\> og \\{process.exit(1)\\}.");
    expect(parsed.body).toContain("\\import fs from 'node:fs'");
    // The site compiles the story: still nothing runs.
    await compileMdx(parsed.body, "cases/fjendtlig.mdx");
    expect(existsSync(marker)).toBe(false);

    // In the pull request, the title can neither link, mention nor format anything.
    expect(result.pullRequestBody).toContain("i #14: \\$\\{\\{ secrets\\.GITHUB\\_TOKEN \\}\\} \\`touch x\\` \\$\\(touch x\\) (`content/cases/");
  });

  it("refuses control characters and direction overrides, naming the field and the character", async () => {
    const body = answer("Resumé", "En kommune afprøver en sensor \u202Emod uro\u202C om natten sammen med en virksomhed.", answer("Titel", "Sensor\u001b[31m om natten"));
    const result = await caseFromIssue({ body, today, exists: none });
    expect(!result.ok && result.problems.title).toBe("Svaret indeholder et usynligt styretegn (U+001B). Skriv teksten igen uden det, fx ved at skrive den i stedet for at kopiere den");
    expect(!result.ok && result.problems.summary).toBe("Svaret indeholder et usynligt styretegn (U+202E). Skriv teksten igen uden det, fx ved at skrive den i stedet for at kopiere den");
    expect(!result.ok && [...result.comment].filter((c) => c === "\u001b" || c === "\u202e")).toEqual([]);
  });

  it("escapes Markdown and breaks mentions and issue links in what the workflow writes", () => {
    expect(markdownText("@opi-guiden/redaktion se #1 ![x](https://a.b/c.png) <img src=x>\n## Overskrift")).toBe(
      "\\@\u2060opi\\-guiden\\/redaktion se \\#\u20601 \\!\\[x\\]\\(https\\:\\/\\/a\\.b\\/c\\.png\\) \\<img src\\=x\\> \\#\u2060\\#\u2060 Overskrift",
    );
  });

  it("reads only the boxes of the field's own choices", () => {
    const body = answer("Faser", "- [X] Idé\n- [x] Opstart\n- [X] Alle faser\n- [ ] Innovation");
    const { form, problems } = readIssueForm(body);
    expect(form.getAll("phases")).toEqual(["ide", "opstart"]);
    expect(problems.phases).toBe("»Alle faser« er ikke et af valgene. Vælg blandt: Idé, Opstart, Innovation, Markedsmodning, Implementering");
  });
});

describe("scripts/issue-to-case.ts", () => {
  const run = (args: string[]) => {
    try {
      return { status: 0, stdout: execFileSync(process.execPath, ["--import", "tsx", "scripts/issue-to-case.ts", ...args], { encoding: "utf8", stdio: "pipe" }) };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { status: failed.status, stdout: failed.stdout + failed.stderr };
    }
  };

  it("reads the workflow's event file and writes the case and the pull request, printing none of the issue's text", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "opi-issue-cli-"));
    try {
      const hostile = answer("Virksomheder", "Sensor ApS\n::error::falsk\n::add-mask::x");
      await writeFile(path.join(dir, "event.json"), JSON.stringify({ action: "labeled", issue: { number: 12, created_at: "2026-12-01T08:30:00Z", body: hostile } }));
      const { status, stdout } = run(["--event", path.join(dir, "event.json"), "--out", path.join(dir, "ud")]);
      expect(status).toBe(0);
      expect(stdout).toBe("Filen er lavet: content/cases/sensor-giver-ro-om-natten.mdx\n");
      expect(await readFile(path.join(dir, "ud", "path.txt"), "utf8")).toBe("content/cases/sensor-giver-ro-om-natten.mdx");
      expect(await readFile(path.join(dir, "ud", "case.mdx"), "utf8")).toContain("  - name: ::error::falsk\n");
      expect(await readFile(path.join(dir, "ud", "pull-request-title.txt"), "utf8")).toBe("Ny case: Sensor giver ro om natten");
      expect(await readFile(path.join(dir, "ud", "pull-request.md"), "utf8")).toContain("Closes #12");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("exits 2 with the comment when the case has problems, and 1 when it cannot run", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "opi-issue-cli-"));
    try {
      await writeFile(path.join(dir, "issue.md"), bad);
      const problems = run(["--body", path.join(dir, "issue.md"), "--today", today, "--out", path.join(dir, "ud")]);
      expect(problems.status).toBe(2);
      expect(problems.stdout).not.toContain("Havet");
      expect(await readFile(path.join(dir, "ud", "comment.md"), "utf8")).toContain("- **Område**: »Havet« er ikke et af valgene");
      expect(existsSync(path.join(dir, "ud", "case.mdx"))).toBe(false);
      expect(run(["--body", path.join(dir, "issue.md"), "--today", "2026-02-30", "--out", path.join(dir, "ud")]).status).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
