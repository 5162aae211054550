/**
 * content:check --format=github: every problem as a workflow command on its file and line, escaped as the Actions
 * runner reads it, so that no message (which may quote an editor's text) can end its line and start a command.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { escapeData, escapeProperty, formatAnnotation } from "@/lib/github/annotations";
import { problemAnnotation, problemLine } from "@/lib/content/annotations";
import { loadContent } from "@/lib/content/load";

const root = "tests/fixtures/content/annotations";

describe("the workflow command format", () => {
  it("escapes %, CR and LF in the message, and : and , as well in properties", () => {
    expect(escapeData("100% klar\r\nnæste: linje, og mere")).toBe("100%25 klar%0D%0Anæste: linje, og mere");
    expect(escapeProperty("content:check, 100%\n")).toBe("content%3Acheck%2C 100%25%0A");
    // % first: an escape already in the text is escaped again rather than read as one.
    expect(escapeData("%0A")).toBe("%250A");
  });

  it("writes level, file, line and title, and leaves out what it does not know", () => {
    expect(formatAnnotation({ level: "error", file: "content/a.mdx", line: 7, title: "content:check", message: "frontmatter.area: mangler" })).toBe(
      "::error file=content/a.mdx,line=7,title=content%3Acheck::frontmatter.area: mangler",
    );
    expect(formatAnnotation({ level: "warning", file: "content/a,b.mdx", message: "hele filen" })).toBe("::warning file=content/a%2Cb.mdx::hele filen");
    expect(formatAnnotation({ level: "notice", message: "uden fil" })).toBe("::notice::uden fil");
    // A line without a file, or a line that is not a positive whole number, says nothing.
    expect(formatAnnotation({ level: "error", line: 3, message: "x" })).toBe("::error::x");
    expect(formatAnnotation({ level: "error", file: "f", line: 0, message: "x" })).toBe("::error file=f::x");
  });

  it("keeps a message that tries to start a command of its own on one line", () => {
    const hostile = formatAnnotation({ level: "error", file: "x.mdx,line=1", title: "t::u", message: "ok\n::error file=.github/workflows/ci.yml::falsk\r\n::add-mask::x" });
    expect(hostile.split(/\r|\n/)).toHaveLength(1);
    expect(hostile).toBe("::error file=x.mdx%2Cline=1,title=t%3A%3Au::ok%0A::error file=.github/workflows/ci.yml::falsk%0D%0A::add-mask::x");
  });
});

describe("content:check --format=github on fixtures", () => {
  const expected = [
    '::error file=tests/fixtures/content/annotations/pages/Komma%2Cnavn.mdx,title=content%3Acheck::filnavn: "Komma,navn" må kun have små bogstaver a-z, tal og enkelte bindestreger. Skriv æ som ae, ø som oe og å som aa, fx "aeldrepleje-robot.mdx"',
    "::error file=tests/fixtures/content/annotations/pages/ukendt-felt.mdx,line=5,title=content%3Acheck::frontmatter.order: skal være et tal, fx 10",
    '::error file=tests/fixtures/content/annotations/pages/ukendt-felt.mdx,line=4,title=content%3Acheck::frontmatter: ukendt felt "titel". Fjern det, eller ret stavningen (se content/README.md)',
    "::error file=tests/fixtures/content/annotations/markedsplads/forkert-adresse.mdx,line=12,title=content%3Acheck::frontmatter.contact.email: skal være en e-mailadresse, fx innovation@kommune.dk",
    "::error file=tests/fixtures/content/annotations/pages/index.mdx,line=9,title=content%3Acheck::linje 9: linket /om-opi%2520ny peger på en side, der ikke findes. Ret adressen, eller opret siden",
    "::warning file=tests/fixtures/content/annotations/markedsplads/udloebet-opslag.mdx,line=9,title=content%3Acheck::frontmatter.expires: opslaget udløb 2026-06-30 og vises ikke længere. Slet filen, eller forlæng datoen",
  ];

  it("puts each problem on its file and line: a body line, a nested field, an unknown field, a whole file", async () => {
    const { problems } = await loadContent(root, { today: "2026-11-23" });
    const lines = await Promise.all(problems.map(async (problem) => problemAnnotation(problem, await readFile(problem.file, "utf8").catch(() => undefined))));
    expect(lines).toEqual(expected);
  });

  it("is what the command prints, with the summary, and it exits 1 on errors", () => {
    let output = "";
    let status = 0;
    try {
      execFileSync(process.execPath, ["--import", "tsx", "scripts/content-check.ts", root, "--format=github"], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      const failed = error as { stdout: string; status: number };
      output = failed.stdout;
      status = failed.status;
    }
    expect(status).toBe(1);
    expect(output.split("\n").filter((line) => line.startsWith("::"))).toEqual(expected);
    expect(output).toContain("5 fejl, 1 advarsler.");
  }, 60_000);

  it("refuses a format it does not know", () => {
    expect(() => execFileSync(process.execPath, ["--import", "tsx", "scripts/content-check.ts", root, "--format=json"], { encoding: "utf8", stdio: "pipe" })).toThrow(
      /Ukendt --format=json/,
    );
  }, 60_000);

  it("finds the line of a field in a list, of a field that is missing, and of YAML that cannot be read", () => {
    const raw = '---\ntitle: "A"\nsources:\n  - title: "B"\n    url: "https://b.dk"\n  - title: "C"\n    url: "x"\n---\n\nTekst.\n';
    const at = (field: string, file = "content/pages/a.mdx", text = raw) => problemLine({ file, field, message: "", severity: "error" }, text);
    expect(at("frontmatter.sources.1.url")).toBe(7);
    expect(at("frontmatter.sources.1")).toBe(6);
    expect(at("frontmatter.description")).toBe(1);
    expect(at("frontmatter.sources.1.note")).toBe(6);
    expect(at("linje 10")).toBe(10);
    expect(at("adresse")).toBeUndefined();
    expect(at("frontmatter", "content/pages/a.mdx", '---\ntitle: "A"\nreviewed: 2026-11-01\n\torder: 3\n---\n')).toBe(4);
    expect(at("clauses.1.id", "content/agreements/x.yaml", "id: x\nclauses:\n  - id: a\n  - id: b\n")).toBe(4);
  });
});
