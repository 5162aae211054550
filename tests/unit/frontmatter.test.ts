import { describe, expect, it } from "vitest";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { opensFrontmatter, parseFrontmatter, parseYaml } from "@/lib/content/frontmatter";

const problemOf = (raw: string) => {
  const result = parseFrontmatter(raw);
  return result.ok ? "ok" : `${result.line ?? "-"}: ${result.message}`;
};

async function mdxFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? mdxFiles(path.join(dir, e.name)) : Promise.resolve(e.name.endsWith(".mdx") ? [path.join(dir, e.name)] : []))));
  return nested.flat();
}

describe("frontmatter", () => {
  it("reads every content file exactly as gray-matter's YAML did: same values (dates included) and the same body", async () => {
    const files = [...(await mdxFiles("content")), ...(await mdxFiles("tests/fixtures/content/good"))];
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const raw = await readFile(file, "utf8");
      const ours = parseFrontmatter(raw);
      const theirs = matter(raw, {});
      expect(ours.ok, file).toBe(true);
      if (!ours.ok) continue;
      expect(ours.data, file).toEqual(theirs.data);
      expect(ours.body, file).toBe(theirs.content);
    }
  });

  it("keeps plain YAML values: text, numbers, true/false, null, lists, fields and dates", () => {
    const result = parseFrontmatter('---\ntitle: "Om OPI"\norder: 10\nhidden: false\nnote: ~\nphases: [ide, opstart]\ncontact:\n  name: Lise\nreviewed: 2026-11-23\nduration: 1:30\n---\n\n## Tekst\n');
    expect(result).toEqual({
      ok: true,
      data: { title: "Om OPI", order: 10, hidden: false, note: null, phases: ["ide", "opstart"], contact: { name: "Lise" }, reviewed: new Date("2026-11-23T00:00:00Z"), duration: "1:30" },
      body: "\n## Tekst\n",
      lineOffset: 11,
    });
  });

  it("refuses a date that is not in the calendar instead of rolling it over to another day", () => {
    expect(problemOf("---\ntitle: x\nreviewed: 2027-02-30\n---\nTekst")).toBe("3: datoen 2027-02-30 findes ikke (linje 3). Skriv en dato, der står i kalenderen, som ÅÅÅÅ-MM-DD");
    expect(problemOf("---\ntitle: x\nsources:\n  - date: 2026-13-01\n---\nTekst")).toBe("4: datoen 2026-13-01 findes ikke (linje 4). Skriv en dato, der står i kalenderen, som ÅÅÅÅ-MM-DD");
    expect(parseFrontmatter("---\nreviewed: 2028-02-29\n---\n")).toMatchObject({ ok: true, data: { reviewed: new Date("2028-02-29T00:00:00Z") } });
  });

  it("accepts a byte order mark and Windows line ends, and counts lines for the body", () => {
    expect(parseFrontmatter("\uFEFF---\r\ntitle: x\r\n---\r\nTekst")).toEqual({ ok: true, data: { title: "x" }, body: "Tekst", lineOffset: 3 });
  });

  it("opens only with a line of exactly ---, and says so in Danish for any language after the dashes", () => {
    for (const language of ["js", "javascript", "coffee", "json", "yaml", "toml", " js"]) {
      expect(problemOf(`---${language}\n{"title": "x"}\n---\n`)).toBe(
        `1: første linje er "---${language.trim()}", men må kun indeholde ---. Frontmatter skrives altid i YAML, aldrig i JavaScript, JSON eller et andet sprog. Slet "${language.trim()}" efter ---`,
      );
    }
    expect(problemOf("--- \ntitle: x\n---\n")).toBe("1: første linje har usynlige tegn eller mellemrum efter ---. Slet dem, så linjen kun indeholder ---");
    expect(problemOf("---\u202E\ntitle: x\n---\n")).toBe("1: første linje har usynlige tegn eller mellemrum efter ---. Slet dem, så linjen kun indeholder ---");
    expect(problemOf("title: x\n")).toBe("-: mangler. Filen skal begynde med --- efterfulgt af felterne og endnu en linje med --- (se content/README.md)");
    expect(problemOf("----\ntitle: x\n----\n")).toMatch(/^-: mangler\./);
    expect(problemOf("---\ntitle: x\n")).toBe("1: mangler den afsluttende linje med ---. Skriv --- på en linje for sig efter det sidste felt");
  });

  it("refuses a second block that gray-matter would read as frontmatter from the body", () => {
    expect(problemOf("---\ntitle: x\n---\n---js\n({})\n---\n")).toBe(
      "4: linje 4 begynder med --- lige efter frontmatter og ville blive læst som endnu en frontmatter. Slet linjen, eller skriv tekst før den",
    );
    expect(problemOf("---\ntitle: x\n---\n\uFEFF---\ny: 1\n---\n")).toMatch(/^4: linje 4 begynder med ---/);
    expect(problemOf("---\ntitle: x\n---\n\n---\n\nTekst")).toBe("ok");
    expect(opensFrontmatter("----\nTekst")).toBe(false);
  });

  it("refuses explicit tags, anchors, aliases, complex keys, directives and a second document, naming the line", () => {
    const cases: [string, RegExp][] = [
      ["title: !!binary aGVq", /^3: YAML-tagget "!!binary" \(linje 3\) er ikke tilladt/],
      ["title: !!set { a, b }", /^3: YAML-tagget "!!set"/],
      ["title: !eget tekst", /^3: YAML-tagget "!eget"/],
      ["title: !<tag:yaml.org,2002:js/function> x", /^3: YAML-tagget "!<tag:yaml\.org,2002:js\/function>"/],
      ["title: &a x\nother: *a", /^3: "&a" \(linje 3\) er et YAML-anker eller en henvisning/],
      ["? title\n: x", /^3: komplekse nøgler med \? \(linje 3\) er ikke tilladt/],
      ["...\ntitle: x", /^3: linje 3 afslutter YAML-dokumentet/],
    ];
    for (const [yaml, expected] of cases) expect(problemOf(`---\norder: 1\n${yaml}\n---\n`), yaml).toMatch(expected);
    expect(problemOf("---\n%YAML 1.2\n---\n")).toMatch(/^2: YAML-direktiver som "%YAML 1\.2" \(linje 2\)/);
  });

  it("refuses what makes YAML readers slow or huge: alias chains, deep flow collections, duplicate fields", () => {
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${"bcdefghi"[i]}: &${"bcdefghi"[i]} [*${"abcdefgh"[i]}, *${"abcdefgh"[i]}, *${"abcdefgh"[i]}]`)].join("\n");
    expect(parseYaml(laughs)).toMatchObject({ ok: false, line: 1 });
    expect(parseYaml(`a: ${"[".repeat(9)}x${"]".repeat(9)}`)).toEqual({
      ok: false,
      line: 1,
      message: "lister og felter i [ ] og { } er indlejret mere end 8 niveauer (linje 1). Skriv dem som lister med - foran hvert punkt",
    });
    expect(parseYaml(`a: ${"[".repeat(8)}x${"]".repeat(8)}`)).toMatchObject({ ok: true });
    expect(parseYaml("title: a\norder: 1\ntitle: b", 2)).toEqual({ ok: false, line: 4, message: 'feltet "title" står to gange (linje 4). Slet det ene' });
  });

  it("explains YAML errors in Danish with the file's line", () => {
    expect(problemOf('---\ntitle: "Uden slutcitat\ndescription: x\n---\n')).toBe(
      "4: YAML kan ikke læses (linje 4): et anførselstegn eller en parentes er ikke lukket. Tjek kolon, indrykning og anførselstegn",
    );
    expect(problemOf("---\ncontact:\n\tname: x\n---\n")).toBe("3: YAML kan ikke læses (linje 3): linjen er rykket ind med tabulator; brug mellemrum. Tjek kolon, indrykning og anførselstegn");
    expect(problemOf("---\n- a\n- b\n---\n")).toBe('2: skal være felter på formen navn: værdi, fx title: "Om OPI" (se content/README.md)');
  });
});
