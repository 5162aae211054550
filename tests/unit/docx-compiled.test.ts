import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { Document, Paragraph, TextRun, type FileChild } from "docx";
import { loadTemplates } from "@/lib/agreements/load";
import type { Template } from "@/lib/agreements/template";
import { buildModel, type GuideSection } from "@/lib/agreements/model";
import { renderDocx, renderDocxWithDocx } from "@/lib/agreements/render-docx";
import { exampleAnswers } from "@/lib/agreements/examples";
import type { Answers } from "@/lib/agreements/answers";
import { compiledOnce, compilePackage, escapeXml } from "@/lib/docx/compiled";

let templates: Template[];
beforeAll(async () => {
  const { templates: list, problems } = await loadTemplates("content");
  expect(problems).toEqual([]);
  templates = list;
});

const withAnswers = (change: (a: Answers) => void): Answers => {
  const copy = structuredClone(exampleAnswers);
  change(copy);
  return copy;
};
const company = (name: string) => ({ ...exampleAnswers.parties.companies[0]!, name });

/** Answers that reach every kind of block, and texts that could break XML or the layout's placeholders. */
const variants: [string, Answers][] = [
  ["the example", exampleAnswers],
  [
    "texts with markup, quotes, control characters, emoji and private-use characters",
    withAnswers((a) => {
      a.project.title = `<w:p>Tæt & "godt" 'samarbejde'</w:p> 😀`;
      a.parties.publics[0]!.name = "Kommune \u0001\u0008\u000B\u001F med styretegn\ttab";
      a.parties.companies[0]!.name = "Firma \uE000 0 \uE001 \uE002 ApS";
      a.parties.companies[0]!.contribution = "]]> <![CDATA[ &amp; &#x41;";
    }),
  ],
  [
    "six companies and a knowledge institution, without CVR, EAN or signatory",
    withAnswers((a) => {
      a.parties.companies = ["A", "B", "C", "D", "E", "F"].map((letter) => ({ ...company(`Virksomhed ${letter} A/S`), cvr: "", signatoryName: "", signatoryTitle: "" }));
      a.parties.hasKnowledgeInstitution = true;
      a.parties.knowledge = { ...company("Videncenter for Velfærd"), cvr: "" };
    }),
  ],
  ["no project title", withAnswers((a) => (a.project.title = ""))],
];

/** A læsevejledning section made by code, with every kind of block it may hold. */
const guideSections: GuideSection[] = [
  {
    title: "Sådan valgte I vej",
    blocks: [
      { kind: "paragraph", text: "I lavede aftalen ud fra jeres svar <i>vejvalget</i> & mere." },
      { kind: "note", text: "Dette er en første retning, ikke juridisk rådgivning." },
      { kind: "heading", text: "Anbefaling" },
      { kind: "table", header: ["", "Anbefaling"], rows: [["Vej", "Udbudsfri OPI"], ["Aftale", "OPI-samarbejdsaftale"]] },
      { kind: "heading", text: "Vejen: Udbudsfri OPI", level: 3 },
      { kind: "list", items: ["Kilde: Udbudsloven § 2, stk. 2", "Læs mere: /jura/udbudsfri-opi"] },
    ],
  },
];

/** Every part of a .docx as text, with the times it was made taken out. */
async function parts(file: Buffer): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(file, { checkCRC32: true });
  const out: [string, string][] = [];
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir) out.push([path, (await entry.async("string")).replace(/(W3CDTF">)[^<]*/g, "$1")]);
  }
  return out;
}

describe("Word files from compiled layouts", () => {
  it.each(variants)("hold the same parts and the same XML as docx writes on its own: %s", async (_, answers) => {
    for (const template of templates) {
      const model = buildModel(template, answers, { today: "2026-11-23", guideSections });
      const embedded = { document: template.id, templateVersion: template.version, answers };
      for (const payload of [embedded, undefined]) {
        const fast = await parts(await renderDocx(model, payload));
        const reference = await parts(await renderDocxWithDocx(model, payload));
        expect(fast.map(([path]) => path)).toEqual(reference.map(([path]) => path));
        for (const [i, [path, xml]] of fast.entries()) expect(xml, `${template.id}: ${path}`).toBe(reference[i]![1]);
      }
    }
  });

  it("escape texts as docx does and keep what a reader typed", async () => {
    const template = templates.find((t) => t.id === "samarbejdsaftale")!;
    const model = buildModel(template, variants[1]![1], { today: "2026-11-23" });
    const document = (await parts(await renderDocx(model))).find(([path]) => path === "word/document.xml")![1];
    expect(document).toContain("&lt;w:p&gt;Tæt &amp; &quot;godt&quot; &apos;samarbejde&apos;&lt;/w:p&gt; 😀");
    // Control characters become spaces, so the words around them stay apart.
    expect(document).toContain("Kommune      med styretegn tab");
    expect(document).toContain("Firma \uE000 0 \uE001 \uE002 ApS");
    expect([...document].filter((char) => char < " " && !"\t\n\r".includes(char))).toEqual([]);
    expect(escapeXml("a<b>&\"'")).toBe("a&lt;b&gt;&amp;&quot;&apos;");
  });

  it("date the file when it is made, in its properties and in the zip", async () => {
    const template = templates.find((t) => t.id === "hensigtserklaering")!;
    const before = Date.now();
    const file = await renderDocx(buildModel(template, exampleAnswers, { today: "2026-11-23" }));
    const zip = await JSZip.loadAsync(file);
    const core = await zip.file("docProps/core.xml")!.async("string");
    const created = Date.parse(/<dcterms:created xsi:type="dcterms:W3CDTF">([^<]+)</.exec(core)![1]!);
    expect(created).toBeGreaterThanOrEqual(before);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${new Date(created).toISOString()}</dcterms:modified>`);
    expect(Math.abs(zip.file("word/document.xml")!.date.getTime() - created)).toBeLessThan(5000);
  });

  it("refuse a block that is given the wrong number of texts, and a layout that disagrees with its blocks", async () => {
    const document = (body: FileChild[]) => ({ file: new Document({ sections: [{ children: body }] }), parts: [] });
    const pkg = await compilePackage({ blocks: { pair: { texts: 2, render: ([a, b]) => [new Paragraph({ children: [new TextRun(`${a} og ${b}`)] })] } }, document });
    expect(pkg.block("pair", ["æble", "pære"])).toBe('<w:p><w:r><w:t xml:space="preserve">æble og pære</w:t></w:r></w:p>');
    expect(() => pkg.block("pair", ["æble"])).toThrow(/takes 2 texts, not 1/);
    await expect(compilePackage({ blocks: { lost: { texts: 2, render: ([a]) => [new Paragraph(a!)] } }, document })).rejects.toThrow(/1 texts in its layout, not 2/);
  });

  it("lay out once for every request, and try again after a layout that failed", async () => {
    const document = (body: FileChild[]) => ({ file: new Document({ sections: [{ children: body }] }), parts: [] });
    let calls = 0;
    const layout = compiledOnce(() => {
      calls++;
      return { blocks: { one: { texts: calls === 1 ? 2 : 1, render: ([a]: readonly string[]) => [new Paragraph(a!)] } }, document };
    });
    await expect(layout()).rejects.toThrow(/not 2/);
    const [first, second] = await Promise.all([layout(), layout()]);
    expect(first).toBe(second);
    expect(await layout()).toBe(first);
    expect(calls).toBe(2);
  });
});
