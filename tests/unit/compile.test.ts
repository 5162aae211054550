import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import { compileMdx, compileStats } from "@/lib/content/compile";
import { refuseFrontmatterInBody } from "@/lib/content/frontmatter";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { getMDXComponent } from "mdx-bundler/client";

const render = (code: string) =>
  renderToStaticMarkup(
    createElement(getMDXComponent(code), {
      components: {
        Steps: ({ children }: { children?: unknown }) => createElement("ol", null, children as never),
        Step: ({ title }: { title: string }) => createElement("li", null, title),
      },
    }),
  );

it("compiles MDX to code that renders the body with ASCII heading anchors and components unwrapped from paragraphs", async () => {
  const unique = `Kørsel ${Date.now()} ${Math.random()}`;
  const code = await compileMdx(`## Hvornår gælder det?\n\n${unique} med æøå.\n\n<Steps>\n<Step title="Første">x</Step>\n</Steps>`, "pages/test.mdx");
  const html = render(code);
  expect(html).toContain('<h2 id="hvornaar-gaelder-det">Hvornår gælder det?</h2>');
  expect(html).toContain(`${unique} med æøå.`);
  expect(html).toContain("<ol><li>Første</li></ol>");
});

it("never compiles the same content twice, and compiles changed content again", async () => {
  const body = `Uændret tekst ${Date.now()} ${Math.random()}`;
  const before = compileStats.compiled;
  const first = await compileMdx(body, "pages/a.mdx");
  const second = await compileMdx(body, "pages/b.mdx");
  expect(second).toBe(first);
  expect(compileStats.compiled).toBe(before + 1);
  await compileMdx(`${body} – ændret`, "pages/a.mdx");
  expect(compileStats.compiled).toBe(before + 2);
});

it("refuses to compile content that breaks the rules", async () => {
  await expect(compileMdx('import x from "node:fs"\n\nTekst', "pages/farlig.mdx")).rejects.toThrow(
    /content\/pages\/farlig\.mdx kan ikke bygges:\n {2}linje 1: import og export er ikke tilladt/,
  );
});

describe("a body that opens frontmatter", () => {
  // mdx-bundler reads frontmatter again with gray-matter, whose ---js engine is eval. This payload would write a file.
  const marker = path.join(tmpdir(), "opi-guiden-compile-frontmatter-js-ran");
  const payload = `(require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"), [])`;

  it("never reaches mdx-bundler, and no code runs", async () => {
    await rm(marker, { force: true });
    for (const body of [`---js\n${payload}\n---\n\nTekst ${Math.random()}`, `\uFEFF---javascript\n${payload}\n---\n`, `---\ntitle: x\n---\nTekst ${Math.random()}`]) {
      await expect(compileMdx(body, "pages/angreb.mdx")).rejects.toThrow(
        /content\/pages\/angreb\.mdx kan ikke bygges:\n {2}linje 1: teksten begynder med --- og ville blive læst som frontmatter/,
      );
    }
    expect(existsSync(marker)).toBe(false);
  });

  it("finds no engine in gray-matter inside mdx-bundler, even when handed such a body directly", async () => {
    await rm(marker, { force: true });
    for (const source of [`---js\n${payload}\n---\n\nTekst`, `---coffee\nx\n---\n`, `---\ntitle: x\n---\n\nTekst`]) {
      await expect(bundleMDX({ source, grayMatterOptions: refuseFrontmatterInBody })).rejects.toThrow();
    }
    expect(existsSync(marker)).toBe(false);
  });
});
