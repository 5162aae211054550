import { expect, it } from "vitest";
import { mkdtemp, mkdir, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { frontmatterOf, slugOf, toMdx, type EditorValues } from "@/lib/editor/forms";
import { validateEditorFile } from "@/lib/editor/validate";
import { loadContent, formatProblem } from "@/lib/content/load";

const today = "2026-11-23";

const caseValues: EditorValues = {
  title: "Robot i ældreplejen",
  summary: "En opdigtet kommune afprøver en robot i plejen sammen med en mindre virksomhed og lærer af forløbet.",
  example: "ja",
  illustrates: "En robot i plejen, som ingen virkelig case i guiden viser.",
  phases: ["ide", "innovation"],
  audience: ["offentlig"],
  area: "aeldrepleje",
  opiType: "eksplorativ",
  status: "afsluttet",
  publicParties: "Eksempelkommune",
  companies: "Robot A/S\nSensor ApS",
  lessons: "Afstem forventninger tidligt.\nTest i små skridt.",
  citizen: "Borgerne fik mere ro om natten.",
  body: "## Forløbet\n\nVi testede <script>alert(1)</script> og {process.env.SECRET}.\nimport x from 'y'\n# Stor overskrift",
};

const listingValues: EditorValues = {
  kind: "behov",
  title: "Sensor der opdager fald",
  summary: "Vi leder efter løsninger, der kan opdage fald i eget hjem uden kamera.",
  organisation: "Eksempelkommune",
  area: "aeldrepleje",
  phases: ["ide"],
  published: "2026-11-01",
  expires: "2027-06-30",
  contactName: "Innovationsenheden",
  contactEmail: "innovation@eksempel.dk",
  example: "ja",
  body: "Skriv til os, hvis I har en løsning.",
};

it("produces files that pass content:check, even when the story holds tags, braces and import lines", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "opi-editor-"));
  try {
    await mkdir(path.join(root, "cases"));
    await mkdir(path.join(root, "markedsplads"));
    const caseFile = toMdx(frontmatterOf("case", caseValues, today), String(caseValues.body));
    const listingFile = toMdx(frontmatterOf("listing", listingValues, today), String(listingValues.body));
    expect(validateEditorFile("case", caseFile)).toEqual({});
    expect(validateEditorFile("listing", listingFile)).toEqual({});
    await writeFile(path.join(root, "cases", `${slugOf(String(caseValues.title))}.mdx`), caseFile);
    await writeFile(path.join(root, "markedsplads", `${slugOf(String(listingValues.title))}.mdx`), listingFile);
    const { entries, problems } = await loadContent(root, { today });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.map((e) => e.url).sort()).toEqual(["/cases/robot-i-aeldreplejen", "/markedsplads#sensor-der-opdager-fald"]);
    const story = entries.find((e) => e.kind === "case")!.facts.text;
    expect(story).toContain("Vi testede <script>alert(1)</script> og {process.env.SECRET}.");
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

it("tells in Danish which field is wrong, keyed by the form's own field names", () => {
  const missing = frontmatterOf("case", { ...caseValues, example: "", area: "", lessons: "" }, today);
  expect(validateEditorFile("case", toMdx(missing, "Tekst."))).toEqual({
    area: "Området mangler. Vælg en af: sundhed, aeldrepleje, dagtilbud, undervisning, socialomraadet, beskaeftigelse, klima-og-miljoe, andet",
    sources: "Kilder mangler; en case om et virkeligt projekt skal nævne mindst én offentlig kilde. Er casen opdigtet, så skriv example: true",
  });
  const late = frontmatterOf("listing", { ...listingValues, expires: "2028-01-01", contactEmail: "ikke-en-adresse" }, today);
  expect(validateEditorFile("listing", toMdx(late, "Tekst."))).toEqual({
    contactEmail: "E-mailen skal være en e-mailadresse, fx innovation@kommune.dk",
    expires: "Udløbsdatoen ligger mere end et år efter published; vælg en udløbsdato inden for et år",
  });
});

it("writes a real case with the source of every fact: the only source by default, else the number after a bar", () => {
  const real: EditorValues = {
    ...caseValues,
    example: "",
    sources: "Artikel om projektet | https://example.org/artikel",
    publicParties: "Fiktiv Kommune",
    companies: "Robot A/S",
    status: "afsluttet",
    figures: "41 robotter",
  };
  const single = frontmatterOf("case", real, today);
  expect(single.sources).toEqual([{ id: "kilde-1", title: "Artikel om projektet", url: "https://example.org/artikel" }]);
  expect(single.publicParties).toEqual([{ name: "Fiktiv Kommune", source: "kilde-1" }]);
  expect(single.status).toEqual({ value: "afsluttet", source: "kilde-1" });
  expect(single.results).toEqual({ citizen: { text: "Borgerne fik mere ro om natten.", source: "kilde-1" } });
  expect(validateEditorFile("case", toMdx(single, "Tekst."))).toEqual({});

  const two = { ...real, sources: "Artikel | https://example.org/a\nRapport | https://example.org/b", companies: "Robot A/S | 2\nSensor ApS | 3", statusSource: "2" };
  const several = frontmatterOf("case", two, today);
  expect(several.companies).toEqual([{ name: "Robot A/S", source: "kilde-2" }, { name: "Sensor ApS", source: "kilde-3" }]);
  expect(several.status).toEqual({ value: "afsluttet", source: "kilde-2" });
  expect(validateEditorFile("case", toMdx(several, "Tekst."))).toEqual({
    publicParties: "Offentlige parter, linje 1, mangler sin kilde. Skriv kildens nummer efter en lodret streg, fx »… | 1«",
    companies: "Virksomheder, linje 2, henviser til kilde nr. 3, som ikke findes. Skriv et nummer fra 1 til 2",
    citizen: "Resultatet for borgeren mangler sin kilde. Skriv kildens nummer efter en lodret streg, fx »… | 1«",
    figures: "Tal, linje 1, mangler sin kilde. Skriv kildens nummer efter en lodret streg, fx »… | 1«",
    lessons: "Læringer, linje 1, mangler sin kilde. Skriv kildens nummer efter en lodret streg, fx »… | 1«",
  });
  expect(validateEditorFile("case", toMdx(frontmatterOf("case", { ...two, companies: "", figures: "", citizen: "", lessons: "", publicParties: "Fiktiv Kommune | 1", statusSource: "" }, today), "Tekst."))).toEqual({
    statusSource: "Kilde til status mangler. Skriv nummeret på den kilde, der siger, hvor projektet står, eller vælg status Ukendt",
  });
  const unknown = frontmatterOf("case", { ...real, status: "ukendt", statusSource: "1" }, today);
  expect(unknown.status).toEqual({ value: "ukendt" });
  expect(validateEditorFile("case", toMdx(frontmatterOf("case", { ...real, sources: "Kommentar uden adresse" }, today), "Tekst.")).sources).toBe(
    "Kilderne har ingen adresse. Skriv mindst én kilde som titel | https://adresse, så læseren selv kan tjekke casen",
  );
});

it("makes file names from titles the way editors write them", () => {
  expect(slugOf("Robot i ældreplejen – Østerbro/Århus!")).toBe("robot-i-aeldreplejen-oesterbro-aarhus");
  expect(slugOf("   ")).toBe("uden-titel");
});
