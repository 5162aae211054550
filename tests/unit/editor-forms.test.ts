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
    lessons: "Læringer mangler. Feltet skal udfyldes (se content/README.md)",
    sources: "Kilder mangler; en case om et virkeligt projekt skal nævne mindst én offentlig kilde. Er casen opdigtet, så skriv example: true",
  });
  const late = frontmatterOf("listing", { ...listingValues, expires: "2028-01-01", contactEmail: "ikke-en-adresse" }, today);
  expect(validateEditorFile("listing", toMdx(late, "Tekst."))).toEqual({
    contactEmail: "E-mailen skal være en e-mailadresse, fx innovation@kommune.dk",
    expires: "Udløbsdatoen ligger mere end et år efter published; vælg en udløbsdato inden for et år",
  });
});

it("makes file names from titles the way editors write them", () => {
  expect(slugOf("Robot i ældreplejen – Østerbro/Århus!")).toBe("robot-i-aeldreplejen-oesterbro-aarhus");
  expect(slugOf("   ")).toBe("uden-titel");
});
