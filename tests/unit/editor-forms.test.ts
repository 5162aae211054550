import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { mkdtemp, mkdir, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { EDITOR_FIELDS, frontmatterOf, slugOf, toMdx, type EditorKind, type EditorValues } from "@/lib/editor/forms";
import { AREAS, CASE_STATUSES, LISTING_KINDS, OPI_TYPES, PHASES } from "@/lib/content/vocabulary";
import { validateEditorFile } from "@/lib/editor/validate";
import { loadContent, formatProblem } from "@/lib/content/load";
import { caseIssueFormUrl } from "@/lib/editor/channels";
import { ISSUE_FORM_FILE } from "@/lib/github/issue-form-file";
import { EditorForm } from "@/components/editor/EditorForm.client";
import type { EditorState } from "@/components/editor/actions";

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

it("tells in the form's own words which field is wrong, keyed by the form's own field names", () => {
  const missing = frontmatterOf("case", { ...caseValues, example: "", area: "", lessons: "" }, today);
  expect(validateEditorFile("case", toMdx(missing, "Tekst."))).toEqual({
    area: "Vælg et område",
    sources: "Skriv mindst én kilde som titel | https://adresse. Handler casen ikke om et virkeligt projekt, så sæt kryds ved »Casen er et opdigtet eksempel«",
  });
  const late = frontmatterOf("listing", { ...listingValues, expires: "2028-01-01", contactEmail: "ikke-en-adresse" }, today);
  expect(validateEditorFile("listing", toMdx(late, "Tekst."))).toEqual({
    contactEmail: "Skriv en e-mailadresse i det rigtige format, fx innovation@kommune.dk",
    expires: "»Vises til og med« skal ligge inden for et år fra »Udgivet«",
  });
  const early = frontmatterOf("listing", { ...listingValues, expires: "2026-10-31" }, today);
  expect(validateEditorFile("listing", toMdx(early, "Tekst."))).toEqual({ expires: "»Vises til og med« skal være samme dag som eller efter »Udgivet«" });
  const badDates = frontmatterOf("listing", { ...listingValues, published: "1. november", expires: "30-06-2027" }, today);
  expect(validateEditorFile("listing", toMdx(badDates, "Tekst."))).toEqual({
    published: "Skriv en rigtig dato i »Udgivet«, fx 2027-06-30",
    expires: "Skriv en rigtig dato i »Vises til og med«, fx 2027-06-30",
  });
});

it("tells a date that is not in the calendar on its own field", () => {
  const impossible = frontmatterOf("listing", { ...listingValues, published: "2027-02-30" }, today);
  expect(validateEditorFile("listing", toMdx(impossible, "Tekst."))).toEqual({ published: "Skriv en dato, der findes, i »Udgivet«, fx 2027-06-30" });
});

it("asks for every required field by name when the form is sent empty", () => {
  expect(validateEditorFile("case", toMdx(frontmatterOf("case", {}, today), "Tekst."))).toEqual({
    title: "Skriv en titel",
    summary: "Skriv et resumé",
    phases: "Vælg mindst én fase",
    audience: "Vælg mindst én målgruppe",
    area: "Vælg et område",
    opiType: "Vælg en OPI-type",
    publicParties: "Skriv mindst én offentlig part",
    status: "Vælg en status",
    sources: "Skriv mindst én kilde som titel | https://adresse. Handler casen ikke om et virkeligt projekt, så sæt kryds ved »Casen er et opdigtet eksempel«",
  });
  // A listing without any contact has no contact in its file at all; the form asks for it in its first contact field.
  expect(validateEditorFile("listing", toMdx(frontmatterOf("listing", {}, today), "Tekst."))).toEqual({
    kind: "Vælg en type",
    title: "Skriv en titel",
    summary: "Skriv et resumé",
    organisation: "Skriv navnet på organisationen",
    area: "Vælg et område",
    phases: "Vælg mindst én fase",
    expires: "Skriv den sidste dag, opslaget skal vises",
    contactName: "Skriv en kontaktperson eller en enhed",
  });
});

it("names choices by the form's labels, and lengths by what was written", () => {
  const odd = frontmatterOf("case", { ...caseValues, area: "havet", opiType: "x", status: "y", phases: ["z"], summary: "For kort." }, today);
  expect(validateEditorFile("case", toMdx(odd, "Tekst."))).toEqual({
    summary: "»Resumé« skal være på mindst 40 tegn. Du har skrevet 9",
    phases: "Vælg kun blandt valgene under »Faser«",
    area: "Vælg et område fra listen",
    opiType: "Vælg en OPI-type fra listen",
    status: "Vælg en status fra listen",
  });
  const long = frontmatterOf("case", { ...caseValues, title: "Eksempel på en robot", lessons: "Kort" }, today);
  expect(validateEditorFile("case", toMdx(long, "Tekst."))).toEqual({
    title: "Slet »Eksempel« i starten af titlen. Siden skriver selv »Eksempel:« foran et opdigtet eksempel",
    lessons: "»Hvad kan andre lære?«, linje 1, skal være på mindst 5 tegn. Du har skrevet 4",
  });
  expect(validateEditorFile("case", toMdx(frontmatterOf("case", { ...caseValues, illustrates: "", lessons: "" }, today), "Tekst."))).toEqual({
    illustrates: "Skriv, hvad eksemplet viser, som ingen virkelig case i guiden viser",
    lessons: "Skriv mindst én læring. Et opdigtet eksempel skal vise, hvad andre kan lære",
  });
});

it("tells a real case's example-only answers and a source beside an unknown status in the form's words", () => {
  // The form itself leaves both out of the file; a file sent to /indsend/fil may still hold them.
  const real = frontmatterOf("case", { ...caseValues, example: "", status: "ukendt", sources: "Artikel | https://example.org/a" }, today);
  const file = toMdx({ ...real, status: { value: "ukendt", source: "kilde-1" }, illustrates: "En robot i plejen, som ingen virkelig case i guiden viser." }, "Tekst.");
  expect(validateEditorFile("case", file)).toEqual({
    statusSource: "Slet nummeret i »Kilde til status«, eller vælg den status, kilden nævner",
    illustrates: "»Hvad viser eksemplet?« hører kun til opdigtede eksempler. Slet teksten i feltet, eller sæt kryds ved »Casen er et opdigtet eksempel«",
  });
});

/** Words of the files and their schema that a reader of the form never sees. */
const DEVELOPER_WORDS = ["content/README", "example:", "published", "source", "Tilladte værdier", "Vælg en af:", "frontmatter", "kilde-", "sources", ".mdx", "undefined", "Invalid"];
const RAW_VALUES = [...AREAS, ...OPI_TYPES, ...CASE_STATUSES.filter((status) => status !== "ukendt"), ...LISTING_KINDS, ...PHASES.filter((phase) => phase !== "innovation")].filter((value) => value.length > 3);

it("never shows a developer's word or a raw value, and puts every message on a field the form has", () => {
  const caseBase: EditorValues = { ...caseValues, example: "", illustrates: "", sources: "Artikel | https://example.org/a" };
  const broken: [EditorKind, EditorValues][] = [
    ["case", {}],
    ["listing", {}],
    // A real case may leave out lessons; an empty story is told by the form before the file is checked.
    ...EDITOR_FIELDS.case.filter((f) => !f.optional && f.name !== "lessons" && f.name !== "body").map((f): [EditorKind, EditorValues] => ["case", { ...caseBase, [f.name]: f.kind === "checkboxes" ? [] : "" }]),
    // An empty »Udgivet« is today.
    ...EDITOR_FIELDS.listing.filter((f) => !f.optional && f.name !== "body" && f.name !== "published").map((f): [EditorKind, EditorValues] => ["listing", { ...listingValues, [f.name]: f.kind === "checkboxes" ? [] : "" }]),
    ...EDITOR_FIELDS.case.filter((f) => f.options).map((f): [EditorKind, EditorValues] => ["case", { ...caseBase, [f.name]: f.kind === "checkboxes" ? ["aeldrepleje-x"] : "aeldrepleje-x" }]),
    ...EDITOR_FIELDS.listing.filter((f) => f.options).map((f): [EditorKind, EditorValues] => ["listing", { ...listingValues, [f.name]: f.kind === "checkboxes" ? ["ukendt-valg"] : "ukendt-valg" }]),
    ["listing", { ...listingValues, published: "i går", expires: "snart" }],
    ["listing", { ...listingValues, expires: "2026-10-01" }],
    ["listing", { ...listingValues, expires: "2029-01-01" }],
    ["listing", { ...listingValues, contactName: "", contactEmail: "", contactUrl: "" }],
    ["listing", { ...listingValues, contactEmail: "ingen", contactUrl: "ftp://x" }],
    ["case", { ...caseBase, sources: "" }],
    ["case", { ...caseBase, sources: "Kommentar uden adresse" }],
    ["case", { ...caseBase, sources: "A | adresse" }],
    ["case", { ...caseBase, status: "afsluttet", statusSource: "7", publicParties: "Kommune | 4" }],
    ["case", { ...caseBase, sources: "A | https://a.dk\nB | https://b.dk", companies: "Robot A/S", statusSource: "" }],
    ["case", { ...caseBase, title: "x".repeat(300), summary: "kort", figures: "1", period: "x" }],
    ["case", { ...caseValues, illustrates: "", lessons: "", title: "Eksempel: robot" }],
  ];
  for (const [kind, values] of broken) {
    const data = frontmatterOf(kind, values, today);
    const files = [toMdx(data, "Tekst.")];
    // Example-only answers on a real case, and a source beside an unknown status, as a file may hold them.
    if (kind === "case") files.push(toMdx({ ...data, example: false, illustrates: "En tekst, der er lang nok til feltet.", status: { value: "ukendt", source: "kilde-1" } }, "Tekst."));
    for (const file of files) {
      const errors = validateEditorFile(kind, file);
      expect(Object.keys(errors).length, JSON.stringify(values)).toBeGreaterThan(0);
      for (const [key, message] of Object.entries(errors)) {
        expect(EDITOR_FIELDS[kind].map((f) => f.name), `${key}: ${message}`).toContain(key);
        for (const word of [...DEVELOPER_WORDS, ...RAW_VALUES]) expect(message, `${key}: ${message}`).not.toContain(word);
      }
    }
  }
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
    publicParties: "»Offentlige parter«, linje 1: skriv kildens nummer efter en lodret streg, fx »… | 1«",
    companies: "»Virksomheder«, linje 2, henviser til kilde nr. 3, som ikke findes. Skriv et nummer fra 1 til 2",
    citizen: "»Resultat for borgeren«: skriv kildens nummer efter en lodret streg, fx »… | 1«",
    figures: "»Tal«, linje 1: skriv kildens nummer efter en lodret streg, fx »… | 1«",
    lessons: "»Hvad kan andre lære?«, linje 1: skriv kildens nummer efter en lodret streg, fx »… | 1«",
  });
  expect(validateEditorFile("case", toMdx(frontmatterOf("case", { ...two, companies: "", figures: "", citizen: "", lessons: "", publicParties: "Fiktiv Kommune | 1", statusSource: "" }, today), "Tekst."))).toEqual({
    statusSource: "Skriv i »Kilde til status« nummeret på den kilde, der siger, hvor projektet står. Siger ingen kilde det, så vælg status Ukendt",
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

describe("the message when the file is ready", () => {
  const file = { name: "robot-i-aeldreplejen.mdx", mdx: toMdx(frontmatterOf("case", caseValues, today), "Tekst.") };
  const render = (kind: EditorKind, owner?: { name: string; contact?: { href: string; label: string } }) => {
    const initial: EditorState = { kind, values: { ...caseValues, title: "Robot i ældreplejen" }, errors: {}, file, revision: 1 };
    const html = renderToStaticMarkup(createElement(EditorForm, { action: async (state: EditorState) => state, initial, repositoryUrl: "https://github.com/eksempel/opi", branch: "main", owner }));
    const section = html.slice(html.indexOf('id="editor-resultat"'));
    const links = [...section.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => ({ href: m[1]!.replaceAll("&amp;", "&"), text: m[2] }));
    return { text: section.replace(/<[^>]+>/g, " ").replace(/\s+/g, " "), links };
  };

  it("sends the file to the site owner's editors first, then the issue form, then git", () => {
    const { text, links } = render("case", { name: "Eksempel Kommune", contact: { href: "mailto:redaktion@eksempel.dk", label: "redaktion@eksempel.dk" } });
    expect(text).toContain("Send filen til redaktionen");
    expect(text).toContain("Skriv til redaktionen hos Eksempel Kommune på redaktion@eksempel.dk , og vedhæft robot-i-aeldreplejen.mdx.");
    expect(links.map((l) => l.text)).toEqual(["redaktion@eksempel.dk", "formularen »Indsend en case« på GitHub", "Åbn en ny fil i kildekoden"]);
    expect(links[0]!.href).toBe(`mailto:redaktion@eksempel.dk?subject=${encodeURIComponent("Ny case: Robot i ældreplejen")}`);
    const issue = new URL(links[1]!.href);
    expect(issue.origin + issue.pathname).toBe("https://github.com/eksempel/opi/issues/new");
    expect(issue.searchParams.get("template")).toBe(path.basename(ISSUE_FORM_FILE));
    expect(issue.searchParams.get("title")).toBe("Robot i ældreplejen");
    expect(issue.searchParams.get("summary")).toBe(caseValues.summary);
    expect(issue.searchParams.get("area")).toBeNull();
    expect(links[2]!.href).toMatch(/^https:\/\/github\.com\/eksempel\/opi\/new\/main\/content\/cases\?filename=robot-i-aeldreplejen\.mdx&value=/);
    expect(text).toContain("Hent robot-i-aeldreplejen.mdx");
  });

  it("says so honestly when the site has no editors to send to, and never asks to send the file to no one", () => {
    const cases = render("case", { name: "Eksempel Kommune" });
    expect(cases.text).toContain("Guiden har endnu ingen redaktion med en adresse, du kan sende filen til.");
    expect(cases.text).not.toContain("Send filen til redaktionen");
    expect(cases.links.map((l) => l.text)).toEqual(["formularen »Indsend en case« på GitHub", "Åbn en ny fil i kildekoden"]);
    const listing = render("listing");
    expect(listing.text).toContain("Du kan indtil videre kun sende opslaget med git");
    expect(listing.links.map((l) => l.text)).toEqual(["Åbn en ny fil i kildekoden"]);
    expect(listing.links[0]!.href).toContain("/new/main/content/markedsplads?filename=");
  });

  it("links to the issue form without the answers when they would make the address too long for GitHub", () => {
    const long = caseIssueFormUrl("https://github.com/eksempel/opi", { ...caseValues, body: "Lang fortælling. ".repeat(1000) });
    expect(long).toEqual({ href: `https://github.com/eksempel/opi/issues/new?template=${path.basename(ISSUE_FORM_FILE)}`, prefilled: false });
  });
});
