import { describe, expect, it } from "vitest";
import { documentText, firstUnwritable, spaceControls, xmlSafe } from "@/lib/text/rules";
import { documentSchema } from "@/lib/agreements/documents";
import { validateDocument, validateStep } from "@/lib/agreements/server";
import { exampleAnswers } from "@/lib/agreements/examples";
import { answerLocation } from "@/lib/agreements/labels";
import { validateBehovsscreening, validatePartnerscreening } from "@/lib/planning/schemas";
import { contentDisposition } from "@/lib/http/forms";
import { POST } from "@/app/vaerktoejer/dokument/route";
import { POST as postPlanning } from "@/app/vaerktoejer/hent/route";

const post = (fields: Record<string, string>) => POST(new Request("http://localhost/vaerktoejer/dokument", { method: "POST", body: new URLSearchParams(fields) }));
const withTitle = (title: string) => ({ ...exampleAnswers, project: { ...exampleAnswers.project, title } });

describe("the text rules", () => {
  it("turn control characters into spaces and keep line breaks", () => {
    expect(spaceControls("Udstyr\u0007med\tklokke\r\nny linje\rog\u0085mere\u007f\u2028sidst")).toBe("Udstyr med klokke\nny linje\nog mere \nsidst");
  });

  it("find the characters no document can hold", () => {
    expect(firstUnwritable("Fint ✓ 😀")).toBeUndefined();
    expect(firstUnwritable("a\uFFFFb")).toBe("U+FFFF");
    expect(firstUnwritable("a\uFFFE")).toBe("U+FFFE");
    expect(firstUnwritable("a\uD800b")).toBe("U+D800");
    expect(firstUnwritable("a\uDC00")).toBe("U+DC00");
  });

  it("leave nothing XML forbids in what a renderer writes", () => {
    expect(xmlSafe("a\u0000\u0008b\uFFFF\uD800c😀\uE000")).toBe("abc😀\uE000");
    expect(documentText("a\u0007b\uFFFEc")).toBe("a bc");
  });
});

describe("answers are checked before any document is made", () => {
  it("a lone surrogate, U+FFFE or U+FFFF gets a Danish message naming the field", () => {
    for (const [bad, code] of [["\uFFFF", "U+FFFF"], ["\uFFFE", "U+FFFE"], ["\uD83D", "U+D83D"]]) {
      const result = validateDocument("samarbejdsaftale", withTitle(`Tryg nat ${bad}`));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues["project.title"]).toBe(`Projektets titel indeholder et tegn, som ikke kan stå i et dokument (${code}). Slet tegnet, eller skriv teksten igen`);
    }
  });

  it("a control character becomes a space in the validated answers", () => {
    const result = documentSchema("hensigtserklaering").safeParse(withTitle("Udstyr\u0007med klokke"));
    expect(result.success && (result.data as { project: { title: string } }).project.title).toBe("Udstyr med klokke");
  });

  it("the download route answers 422 in Danish, naming the field, and keeps json downloads for any text", async () => {
    const response = await post({ document: "samarbejdsaftale", format: "docx", answers: JSON.stringify(withTitle("Tryg \uFFFF")) });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Projektet, »Projektets titel«: Projektets titel indeholder et tegn, som ikke kan stå i et dokument (U+FFFF)");
    const json = await post({ document: "samarbejdsaftale", format: "json", answers: JSON.stringify(withTitle("Tryg \uD800 nat")) });
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toContain("Tryg nat");
  });

  it("every message about answers is Danish, also for a missing step or a party of the wrong shape", async () => {
    const missing = validateDocument("samarbejdsaftale", { parties: exampleAnswers.parties });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.issues.project).toBe("Svaret mangler. Udfyld det");
      for (const message of Object.values(missing.issues)) expect(message).not.toMatch(/Invalid|expected|received/i);
    }
    expect(validateStep("samarbejdsaftale", 0, { parties: { publics: "x", companies: [7] } } as never)).toMatchObject({ "parties.publics": "Tilføj den offentlige part", "parties.companies.0": "Svaret kan ikke læses. Udfyld det igen" });
    const response = await post({ document: "samarbejdsaftale", format: "pdf", answers: "{}" });
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(html).toContain("Parterne: Svaret mangler. Udfyld det");
    expect(html).not.toMatch(/Invalid input|expected object/);
    const planning = await postPlanning(new Request("http://localhost/vaerktoejer/hent", { method: "POST", body: new URLSearchParams({ tool: "behovsscreening", format: "docx", answers: JSON.stringify({ needs: [{ title: "A\uFFFF" }] }) }) }));
    expect(await planning.text()).toContain("Behov 1: Titlen indeholder et tegn, som ikke kan stå i et dokument (U+FFFF)");
  });

  it("the planning tools apply the same rules", () => {
    const partners = validatePartnerscreening({ goal: "Mål\u0007nu", partners: [{ name: "A", kind: "virksomhed", status: "kendt", brings: "B\uFFFE" }] });
    expect(partners.ok).toBe(false);
    if (!partners.ok) expect(partners.errors["partners.0.brings"]).toBe("Teksten om partnerens bidrag indeholder et tegn, som ikke kan stå i et dokument (U+FFFE). Slet tegnet, eller skriv teksten igen");
    const needs = validateBehovsscreening({ needs: "ikke en liste" });
    expect(needs.ok).toBe(false);
    if (!needs.ok) expect(needs.errors.needs).toBe("Beskriv mindst ét behov");
  });

  it("a field's place is named in words", () => {
    expect(answerLocation("parties.companies.1.signatoryName")).toBe("Virksomhed 2, navn på den, der skriver under");
    expect(answerLocation("parties.public.cvr")).toBe("Den offentlige part, CVR-nummer");
    expect(answerLocation("parties.knowledge")).toBe("Videninstitutionen");
    expect(answerLocation("project.title")).toBe("Projektet, »Projektets titel«");
    expect(answerLocation("nothing.here")).toBeUndefined();
  });
});

describe("download names", () => {
  it.each([
    ["OPI-samarbejdsaftale – Færre fald i eget hjem.docx", "OPI-samarbejdsaftale - Faerre fald i eget hjem.docx"],
    ["Hensigtserklæring – <script>alert(1)</script>.pdf", "Hensigtserklaering - -script-alert(1)--script-.pdf"],
    ["Svar – ../../etc/passwd.json", "Svar - .-.-etc-passwd.json"],
    ["Ældreområdet på Åbenrå \\ C:|*?.xlsx", "Aeldreomraadet paa Aabenraa - C----.xlsx"],
    ["😀.pdf", "dokument.pdf"],
  ])("%s has a safe ASCII fallback", (name, fallback) => {
    const header = contentDisposition(name);
    const ascii = /filename="([^"]*)"/.exec(header)![1]!;
    expect(ascii).toBe(fallback);
    expect(ascii).toMatch(/^[ -~]+$/);
    expect(ascii).not.toMatch(/[/\\<>|*:"]|\.\./);
    const encoded = /filename\*=UTF-8''(\S+)$/.exec(header)![1]!;
    expect(encoded).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(encoded)).not.toMatch(/[/\\]/);
    expect([...decodeURIComponent(encoded)].every((char) => char >= " ")).toBe(true);
  });
});
