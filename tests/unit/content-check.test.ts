import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadContent, formatProblem, factsStats } from "@/lib/content/load";

const errorsOf = async (root: string) =>
  (await loadContent(root, { today: "2026-11-23" })).problems
    .filter((p) => p.severity === "error")
    .map(formatProblem)
    .sort();

describe("content:check", () => {
  it("accepts the good fixtures without a single problem", async () => {
    const { problems, entries } = await loadContent("tests/fixtures/content/good", { today: "2026-11-23" });
    expect(problems).toEqual([]);
    expect(entries.map((e) => `${e.kind} ${e.url}`).sort()).toEqual([
      "case /cases/robot-i-plejen",
      "case /cases/sensor-i-hjemmeplejen",
      "case /cases/skoletoilet-i-fiktiv-by",
      "listing /markedsplads#behov-faldsensor",
      "page /",
      "page /jura",
      "page /jura/inhabilitet",
      "page /om-opi",
      "page /opi-processen",
      "page /ordliste",
      "page /vaerktoejer",
      "phase /opi-processen/ide",
      "tool /vaerktoejer/behovsscreening",
    ]);
  });

  it("reports every problem in the bad fixtures at once, each with file, field and fix", async () => {
    expect(await errorsOf("tests/fixtures/content/bad")).toEqual([
    "tests/fixtures/content/bad/cases/eksempel-uden-laering.mdx: frontmatter.illustrates: mangler. Skriv, hvad eksemplet viser, som ingen virkelig case i guiden viser. Viser en virkelig case det samme, så slet eksemplet",
    "tests/fixtures/content/bad/cases/eksempel-uden-laering.mdx: frontmatter.lessons: mangler; et eksempel skal vise mindst én læring",
    "tests/fixtures/content/bad/cases/eksempel-uden-laering.mdx: frontmatter.status.source: \"ingen-kilde\" findes ikke under sources. Casen har ingen kilder under sources. Ret id'et, eller tilføj kilden under sources",
    "tests/fixtures/content/bad/cases/eksempel-uden-laering.mdx: frontmatter.title: begynder med »Eksempel«. Siden skriver selv »Eksempel:« foran et eksempel; slet ordet fra titlen",
    "tests/fixtures/content/bad/cases/fakta-uden-kilde.mdx: frontmatter.agreement.source: mangler. Skriv id'et på den kilde, der siger \"OPI-aftalen\", fx agreement: { value: \"OPI-aftalen\", source: kl-2021 }. Casens kilder: kl-2021",
    "tests/fixtures/content/bad/cases/fakta-uden-kilde.mdx: frontmatter.companies.0.source: mangler. Skriv id'et på den kilde, der nævner \"Sensor A/S\", fx { name: \"Sensor A/S\", source: kl-2021 }. Casens kilder: kl-2021",
    "tests/fixtures/content/bad/cases/fakta-uden-kilde.mdx: frontmatter.duration.source: mangler. Skriv id'et på den kilde, der siger \"10 måneder\", fx duration: { value: \"10 måneder\", source: kl-2021 }. Casens kilder: kl-2021",
    "tests/fixtures/content/bad/cases/fakta-uden-kilde.mdx: frontmatter.figures.0.source: mangler. Skriv id'et på den kilde, der siger tallet i \"41 sensorer i bilerne\", fx { text: \"…\", source: kl-2021 }. Casens kilder: kl-2021",
    "tests/fixtures/content/bad/cases/fakta-uden-kilde.mdx: frontmatter.knowledgeInstitutions.0.source: mangler. Skriv id'et på den kilde, der nævner \"Fiktiv Universitet\", fx { name: \"Fiktiv Universitet\", source: kl-2021 }. Casens kilder: kl-2021",
    "tests/fixtures/content/bad/cases/fakta-uden-kilde.mdx: frontmatter.lessons.0.source: mangler. Skriv id'et på den kilde, der fremhæver læringen \"Test i små skridt.\", fx { text: \"…\", source: kl-2021 }. Casens kilder: kl-2021",
    "tests/fixtures/content/bad/cases/fakta-uden-kilde.mdx: frontmatter.period.source: mangler. Skriv id'et på den kilde, der siger \"2020–2021\", fx period: { value: \"2020–2021\", source: kl-2021 }. Casens kilder: kl-2021",
    "tests/fixtures/content/bad/cases/fakta-uden-kilde.mdx: frontmatter.publicParties.0.source: mangler. Skriv id'et på den kilde, der nævner \"Fiktiv Kommune\", fx { name: \"Fiktiv Kommune\", source: kl-2021 }. Casens kilder: kl-2021",
    "tests/fixtures/content/bad/cases/fakta-uden-kilde.mdx: frontmatter.results.citizen.source: mangler. Skriv id'et på den kilde, der siger resultatet \"Borgerne fik hurtigere besøg.\", fx { text: \"…\", source: kl-2021 }. Siger ingen kilde det, så slet resultatet. Casens kilder: kl-2021",
    "tests/fixtures/content/bad/cases/fakta-uden-kilde.mdx: frontmatter.status.source: mangler. Skriv id'et på den kilde, der siger, at projektet er afsluttet, fx status: { value: afsluttet, source: kl-2021 }. Siger ingen kilde det, så skriv status: { value: ukendt }. Casens kilder: kl-2021",
    "tests/fixtures/content/bad/cases/indsend.mdx: filnavn: /cases/indsend er en side, guiden selv har. Giv casen et andet filnavn",
    "tests/fixtures/content/bad/cases/kilde-som-liste.mdx: frontmatter.publicParties.0.source: skal være ét id, fx kl-2021. Siger flere kilder det samme, så vælg den, der siger det tydeligst",
    "tests/fixtures/content/bad/cases/kilde-som-liste.mdx: frontmatter.sources.0.date: skal være en dato skrevet som ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, så præcist som kilden viser den, fx 2021-02-10, 2021-02 eller 2021",
    "tests/fixtures/content/bad/cases/kilde-uden-adresse.mdx: frontmatter.sources: har ingen kilde med en adresse. Tilføj url: \"https://…\" på mindst én kilde, så læseren selv kan tjekke casen",
    "tests/fixtures/content/bad/cases/mangler-kilder.mdx: frontmatter.area: har en ukendt værdi. Tilladte værdier: sundhed, aeldrepleje, dagtilbud, undervisning, socialomraadet, beskaeftigelse, klima-og-miljoe, andet; fik \"sundhedsvaesen\"",
    "tests/fixtures/content/bad/cases/mangler-kilder.mdx: frontmatter.sources: mangler; en case om et virkeligt projekt skal nævne mindst én offentlig kilde. Er casen opdigtet, så skriv example: true",
    "tests/fixtures/content/bad/cases/ukendt-kilde.mdx: frontmatter.illustrates: bruges kun i eksempler (example: true). Slet feltet",
    "tests/fixtures/content/bad/cases/ukendt-kilde.mdx: frontmatter.publicParties.0.source: \"kl-2012\" findes ikke under sources. Casens kilder: kl-2021. Ret id'et, eller tilføj kilden under sources",
    "tests/fixtures/content/bad/cases/ukendt-kilde.mdx: frontmatter.results.publicBody.source: \"rapport\" findes ikke under sources. Casens kilder: kl-2021. Ret id'et, eller tilføj kilden under sources",
    "tests/fixtures/content/bad/cases/ukendt-kilde.mdx: frontmatter.sources.1.id: \"kl-2021\" bruges også af kilde nr. 1. Giv hver kilde sit eget id",
    "tests/fixtures/content/bad/cases/ukendt-kilde.mdx: frontmatter.status.source: skal udelades, når status er ukendt. Slet source, eller skriv den status, kilden nævner",
    "tests/fixtures/content/bad/markedsplads/udloebet.mdx: frontmatter.contact.email: skal være en e-mailadresse, fx innovation@kommune.dk",
    "tests/fixtures/content/bad/markedsplads/udloebet.mdx: frontmatter.expires: ligger før published; udløbsdatoen skal være efter udgivelsesdatoen",
    "tests/fixtures/content/bad/pages/Store-Bogstaver.mdx: filnavn: \"Store-Bogstaver\" må kun have små bogstaver a-z, tal og enkelte bindestreger. Skriv æ som ae, ø som oe og å som aa, fx \"aeldrepleje-robot.mdx\"",
    "tests/fixtures/content/bad/pages/frontmatter-i-teksten.mdx: frontmatter: linje 6 begynder med --- lige efter frontmatter og ville blive læst som endnu en frontmatter. Slet linjen, eller skriv tekst før den",
    "tests/fixtures/content/bad/pages/frontmatter-js.mdx: frontmatter: første linje er \"---js\", men må kun indeholde ---. Frontmatter skrives altid i YAML, aldrig i JavaScript, JSON eller et andet sprog. Slet \"js\" efter ---",
    "tests/fixtures/content/bad/pages/frontmatter.mdx: frontmatter.description: mangler. Feltet skal udfyldes (se content/README.md)",
    "tests/fixtures/content/bad/pages/frontmatter.mdx: frontmatter.order: skal være et tal, fx 10",
    "tests/fixtures/content/bad/pages/frontmatter.mdx: frontmatter.reviewed: skal være en gyldig dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-23",
    "tests/fixtures/content/bad/pages/frontmatter.mdx: frontmatter: ukendt felt \"titel\". Fjern det, eller ret stavningen (se content/README.md)",
    "tests/fixtures/content/bad/pages/index.mdx: linje 9: linket /om-opii peger på en side, der ikke findes. Mente du /om-opi?",
    "tests/fixtures/content/bad/pages/jura/forkert-lovnummer.mdx: frontmatter.sources.1.title: linker til Udbudsloven på Retsinformation, men nævner ikke lovens nummer. Skriv fx »Udbudsloven, lov nr. 1564 af 15. december 2015 med senere ændringer, § …«",
    "tests/fixtures/content/bad/pages/jura/forkert-lovnummer.mdx: frontmatter.sources.2.title: citerer Offentlighedsloven, men adressen er til Udbudsloven. Ret titlen, eller brug https://www.retsinformation.dk/eli/lta/2013/606",
    "tests/fixtures/content/bad/pages/jura/forkert-lovnummer.mdx: linje 18: »lov nr. 606 af 12. juni 2013« er ikke den form, guiden citerer Offentlighedsloven med. Skriv »lov nr. 606 af 12. juni 2013 med senere ændringer«",
    "tests/fixtures/content/bad/pages/jura/forkert-lovnummer.mdx: linje 8: »lovbekendtgørelse nr. 10 af 6. januar 2023« er ikke et lovnummer, guiden kender. Brug lovens nummer og adresse fra tabellen »Lovenes numre« i content/README.md. Er det en anden lov, så bed en udvikler tilføje den med det nummer, en kilde bekræfter. Kender du ikke den gældende lovbekendtgørelse, så skriv lovens eget nummer og »med senere ændringer«",
    "tests/fixtures/content/bad/pages/jura/forkert-lovnummer.mdx: linje 9: https://www.retsinformation.dk/eli/lta/2023/10 er ikke adressen på en lov, guiden citerer. Brug lovens nummer og adresse fra tabellen »Lovenes numre« i content/README.md",
    "tests/fixtures/content/bad/pages/jura/gennemgang-i-fremtiden.mdx: frontmatter.legalReview.date: 2027-01-15 ligger efter i dag. Skriv den dag, juristen blev færdig med gennemgangen",
    "tests/fixtures/content/bad/pages/jura/gennemgang-uden-navn.mdx: frontmatter.legalReview.date: mangler. Skriv den dag, juristen blev færdig med gennemgangen, fx date: 2026-12-10",
    "tests/fixtures/content/bad/pages/jura/gennemgang-uden-navn.mdx: frontmatter.legalReview.reviewer: mangler. Skriv juristens navn og organisation, fx reviewer: \"Anne Eksempel, advokat, Eksempel Advokater\"",
    "tests/fixtures/content/bad/pages/jura/index.mdx: adresse: /jura bruges også af content/pages/jura.mdx. Giv en af filerne et andet navn",
    "tests/fixtures/content/bad/pages/jura/uden-retskilde.mdx: frontmatter.legalReview: mangler; en side under /jura skal sige, om en jurist har gennemgået den. Skriv legalReview: med status: ikke-gennemgaaet, eller med status: gennemgaaet, reviewer og date, når en navngiven jurist har gennemgået siden",
    "tests/fixtures/content/bad/pages/jura/uden-retskilde.mdx: frontmatter.sources: en side under /jura skal nævne mindst én primær retskilde med nummer: en dansk lov (»lov nr. …« eller »LBK nr. …«) eller en EU-retsakt (CELEX-nummer eller ELI-adresse). Tilføj fx { title: \"Udbudsloven, lov nr. 1564 af 15. december 2015 med senere ændringer\", url: \"https://www.retsinformation.dk/eli/lta/2015/1564\" }",
    "tests/fixtures/content/bad/pages/komponenter.mdx: linje 11: <Callout> egenskaben \"variant\" har den ukendte værdi \"fare\". Tilladte værdier: info, tip, advarsel",
    "tests/fixtures/content/bad/pages/komponenter.mdx: linje 13: <Term id=\"ukendt-ord\"> findes ikke i ordlisten. Tilføj <Definition id=\"ukendt-ord\" term=\"…\"> i content/pages/ordliste.mdx, eller ret id'et",
    "tests/fixtures/content/bad/pages/komponenter.mdx: linje 15: <Step> skal stå inde i <Steps>. Eksempel: <Steps><Step title=\"Første trin\">Tekst.</Step></Steps>",
    "tests/fixtures/content/bad/pages/komponenter.mdx: linje 17: <ForAudience> mangler egenskaben \"audience\". Eksempel: <ForAudience audience=\"virksomhed\">Tekst til virksomheder.</ForAudience>",
    "tests/fixtures/content/bad/pages/komponenter.mdx: linje 19: overskriften \"Sprang over niveau 3\" springer et niveau over (fra # til ####). Brug ##",
    "tests/fixtures/content/bad/pages/komponenter.mdx: linje 22: linket /findes-ikke peger på en side, der ikke findes. Ret adressen, eller opret siden",
    "tests/fixtures/content/bad/pages/komponenter.mdx: linje 23: <Task> egenskaben \"href\" skal være en adresse i guiden, der begynder med /, fx /jura; fik \"jura\"",
    "tests/fixtures/content/bad/pages/komponenter.mdx: linje 26: <ToolList> egenskaben \"group\" har den ukendte værdi \"alle\". Tilladte værdier: planlaegning, aftaler",
    "tests/fixtures/content/bad/pages/komponenter.mdx: linje 7: overskrift på niveau 1 (#) er ikke tilladt; sidens titel er allerede overskriften. Brug ## i stedet",
    "tests/fixtures/content/bad/pages/komponenter.mdx: linje 9: komponenten <Foo> findes ikke. Tilladte komponenter: Callout, LawyerNote, Term, Definition, Steps, Step, Example, ForAudience, PhaseMap, Tasks, Task, ToolList, Tool, SiteOwner (se content/README.md)",
    "tests/fixtures/content/bad/pages/opi-processen/ide.mdx: frontmatter.phase: har en ukendt værdi. Tilladte værdier: ide, opstart, innovation, markedsmodning, implementering; fik \"ide2\"",
    "tests/fixtures/content/bad/pages/opi-processen/opstart.mdx: frontmatter.legal.0.topic: /jura/inhabilitett findes ikke. Ret adressen, eller opret siden",
    "tests/fixtures/content/bad/pages/opi-processen/opstart.mdx: frontmatter.phase: er \"ide\", men filen hedder opstart.mdx. Ret feltet eller filnavnet, så de er ens",
    "tests/fixtures/content/bad/pages/opi-processen/opstart.mdx: frontmatter.step: er 3, men ide er trin 1 af 5. Skriv step: 1",
    "tests/fixtures/content/bad/pages/opi-processen/opstart.mdx: frontmatter.tools.0: /vaerktoejer/partnerscreening findes ikke. Ret adressen, eller opret siden",
    "tests/fixtures/content/bad/pages/script.mdx: linje 10: JavaScript-udtryk i krøllede parenteser er ikke tilladt. Slet dem, eller skriv \\{ for at vise tegnet {",
    "tests/fixtures/content/bad/pages/script.mdx: linje 12: HTML-tagget <script> er ikke tilladt. Brug Markdown eller en af komponenterne: Callout, LawyerNote, Term, Definition, Steps, Step, Example, ForAudience, PhaseMap, Tasks, Task, ToolList, Tool, SiteOwner",
    "tests/fixtures/content/bad/pages/script.mdx: linje 14: linket \"javascript:alert(1)\" er ikke tilladt. Brug en adresse, der begynder med https://, mailto: eller / (en side i guiden)",
    "tests/fixtures/content/bad/pages/script.mdx: linje 16: <Callout> har et {…}-udtryk som egenskab. Det er ikke tilladt; skriv egenskaber som navn=\"tekst\"",
    "tests/fixtures/content/bad/pages/script.mdx: linje 6: import og export er ikke tilladt i indhold. Slet linjen; de tilladte komponenter virker uden import",
    "tests/fixtures/content/bad/pages/vaerktoejer/fortrolighedsaftale.mdx: frontmatter.title: er \"Aftale om fortrolighed\", men værktøjet kalder dokumentet \"Fortrolighedsaftale\" i sidens titel efter hvert trin. Skriv title: \"Fortrolighedsaftale\", eller ret navnet i lib/agreements/steps.ts",
    "tests/fixtures/content/bad/pages/yaml-tag.mdx: frontmatter: YAML-tagget \"!!set\" (linje 3) er ikke tilladt. Skriv værdien som almindelig tekst, et tal, en dato eller en liste; sæt anførselstegn om tekst, der skal begynde med !",
    "tests/fixtures/content/bad/pages/yaml.mdx: frontmatter: YAML kan ikke læses (linje 4): et anførselstegn eller en parentes er ikke lukket. Tjek kolon, indrykning og anførselstegn",
    ]);
  });

  it("warns about an expired listing but still accepts it", async () => {
    const { problems } = await loadContent("tests/fixtures/content/good", { today: "2027-04-01" });
    expect(problems.map(formatProblem)).toEqual([
      "tests/fixtures/content/good/markedsplads/behov-faldsensor.mdx: frontmatter.expires: opslaget udløb 2027-03-31 og vises ikke længere. Slet filen, eller forlæng datoen",
    ]);
    expect(problems[0]?.severity).toBe("warning");
  });

  it("gives the same result from the build cache as from a fresh read, and reads no unchanged body twice", async () => {
    for (const root of ["tests/fixtures/content/good", "tests/fixtures/content/bad"]) {
      const fresh = await loadContent(root, { today: "2026-11-23" });
      await loadContent(root, { today: "2026-11-23", cache: true });
      const before = { ...factsStats };
      const cached = await loadContent(root, { today: "2026-11-23", cache: true });
      expect(cached).toEqual(fresh);
      expect(factsStats.parsed, root).toBe(before.parsed);
      expect(factsStats.fromCache - before.fromCache, root).toBeGreaterThanOrEqual(fresh.entries.length);
    }
  });

  it("runs no code from frontmatter: the ---js fixtures leave no file behind", async () => {
    // The fixtures' JavaScript would write these files if anything evaluated it, as gray-matter does with ---js.
    const markers = ["opi-guiden-frontmatter-js-ran", "opi-guiden-body-frontmatter-js-ran"].map((name) => path.join(tmpdir(), name));
    for (const marker of markers) await rm(marker, { force: true });
    const errors = await errorsOf("tests/fixtures/content/bad");
    expect(errors.filter((error) => error.includes("frontmatter-"))).toHaveLength(2);
    for (const marker of markers) expect(existsSync(marker), marker).toBe(false);
  });

  it("reports a body it cannot read within the time limit instead of hanging", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "opi-limit-"));
    try {
      await mkdir(path.join(root, "pages"));
      const frontmatter = '---\ntitle: "Indviklet"\ndescription: "En tekst, som Markdown-læseren bruger lang tid på"\nreviewed: 2026-11-23\n---\n\n';
      // Runs of emphasis marks and brackets cost the Markdown reader time that grows with the square of their length.
      await writeFile(path.join(root, "pages", "index.mdx"), frontmatter + "*_[".repeat(30_000));
      const { problems } = await loadContent(root, { timeLimitMs: 50 });
      expect(problems.map(formatProblem)).toEqual([
        `${path.relative(process.cwd(), path.join(root, "pages", "index.mdx"))}: indhold: teksten kunne ikke læses på 50 millisekunder; den er for indviklet. Del lange afsnit op, og undgå lange rækker af *, _, ~, [ eller > (se content/README.md)`,
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe("content:check on a case's provenance: each rule, with the message an editor reads", () => {
  const bad = errorsOf("tests/fixtures/content/bad");
  const file = (name: string) => `tests/fixtures/content/bad/cases/${name}.mdx`;
  const rules: [string, string][] = [
    ["a real case without sources", `${file("mangler-kilder")}: frontmatter.sources: mangler; en case om et virkeligt projekt skal nævne mindst én offentlig kilde. Er casen opdigtet, så skriv example: true`],
    ["a real case whose sources have no address", `${file("kilde-uden-adresse")}: frontmatter.sources: har ingen kilde med en adresse. Tilføj url: "https://…" på mindst én kilde, så læseren selv kan tjekke casen`],
    ["a status that cites no source", `${file("fakta-uden-kilde")}: frontmatter.status.source: mangler. Skriv id'et på den kilde, der siger, at projektet er afsluttet, fx status: { value: afsluttet, source: kl-2021 }. Siger ingen kilde det, så skriv status: { value: ukendt }. Casens kilder: kl-2021`],
    ["a result that cites no source", `${file("fakta-uden-kilde")}: frontmatter.results.citizen.source: mangler. Skriv id'et på den kilde, der siger resultatet "Borgerne fik hurtigere besøg.", fx { text: "…", source: kl-2021 }. Siger ingen kilde det, så slet resultatet. Casens kilder: kl-2021`],
    ["a figure that cites no source", `${file("fakta-uden-kilde")}: frontmatter.figures.0.source: mangler. Skriv id'et på den kilde, der siger tallet i "41 sensorer i bilerne", fx { text: "…", source: kl-2021 }. Casens kilder: kl-2021`],
    ["a public party that cites no source", `${file("fakta-uden-kilde")}: frontmatter.publicParties.0.source: mangler. Skriv id'et på den kilde, der nævner "Fiktiv Kommune", fx { name: "Fiktiv Kommune", source: kl-2021 }. Casens kilder: kl-2021`],
    ["a company that cites no source", `${file("fakta-uden-kilde")}: frontmatter.companies.0.source: mangler. Skriv id'et på den kilde, der nævner "Sensor A/S", fx { name: "Sensor A/S", source: kl-2021 }. Casens kilder: kl-2021`],
    ["a knowledge institution that cites no source", `${file("fakta-uden-kilde")}: frontmatter.knowledgeInstitutions.0.source: mangler. Skriv id'et på den kilde, der nævner "Fiktiv Universitet", fx { name: "Fiktiv Universitet", source: kl-2021 }. Casens kilder: kl-2021`],
    ["a period that cites no source", `${file("fakta-uden-kilde")}: frontmatter.period.source: mangler. Skriv id'et på den kilde, der siger "2020–2021", fx period: { value: "2020–2021", source: kl-2021 }. Casens kilder: kl-2021`],
    ["a duration that cites no source", `${file("fakta-uden-kilde")}: frontmatter.duration.source: mangler. Skriv id'et på den kilde, der siger "10 måneder", fx duration: { value: "10 måneder", source: kl-2021 }. Casens kilder: kl-2021`],
    ["an agreement that cites no source", `${file("fakta-uden-kilde")}: frontmatter.agreement.source: mangler. Skriv id'et på den kilde, der siger "OPI-aftalen", fx agreement: { value: "OPI-aftalen", source: kl-2021 }. Casens kilder: kl-2021`],
    ["a lesson that cites no source", `${file("fakta-uden-kilde")}: frontmatter.lessons.0.source: mangler. Skriv id'et på den kilde, der fremhæver læringen "Test i små skridt.", fx { text: "…", source: kl-2021 }. Casens kilder: kl-2021`],
    ["a party that cites an unknown source", `${file("ukendt-kilde")}: frontmatter.publicParties.0.source: "kl-2012" findes ikke under sources. Casens kilder: kl-2021. Ret id'et, eller tilføj kilden under sources`],
    ["a result that cites an unknown source", `${file("ukendt-kilde")}: frontmatter.results.publicBody.source: "rapport" findes ikke under sources. Casens kilder: kl-2021. Ret id'et, eller tilføj kilden under sources`],
    ["an example that cites an unknown source", `${file("eksempel-uden-laering")}: frontmatter.status.source: "ingen-kilde" findes ikke under sources. Casen har ingen kilder under sources. Ret id'et, eller tilføj kilden under sources`],
    ["a fact that cites two sources at once", `${file("kilde-som-liste")}: frontmatter.publicParties.0.source: skal være ét id, fx kl-2021. Siger flere kilder det samme, så vælg den, der siger det tydeligst`],
    ["a source dated in words", `${file("kilde-som-liste")}: frontmatter.sources.0.date: skal være en dato skrevet som ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, så præcist som kilden viser den, fx 2021-02-10, 2021-02 eller 2021`],
    ["two sources with one id", `${file("ukendt-kilde")}: frontmatter.sources.1.id: "kl-2021" bruges også af kilde nr. 1. Giv hver kilde sit eget id`],
    ["a status ukendt that cites a source", `${file("ukendt-kilde")}: frontmatter.status.source: skal udelades, når status er ukendt. Slet source, eller skriv den status, kilden nævner`],
    ["an example that does not say what it shows that no real case shows", `${file("eksempel-uden-laering")}: frontmatter.illustrates: mangler. Skriv, hvad eksemplet viser, som ingen virkelig case i guiden viser. Viser en virkelig case det samme, så slet eksemplet`],
    ["a real case with the examples' own field", `${file("ukendt-kilde")}: frontmatter.illustrates: bruges kun i eksempler (example: true). Slet feltet`],
    ["an example without a lesson", `${file("eksempel-uden-laering")}: frontmatter.lessons: mangler; et eksempel skal vise mindst én læring`],
    ["an example that writes Eksempel in its title", `${file("eksempel-uden-laering")}: frontmatter.title: begynder med »Eksempel«. Siden skriver selv »Eksempel:« foran et eksempel; slet ordet fra titlen`],
    ["a case named like a page the site serves itself", `${file("indsend")}: filnavn: /cases/indsend er en side, guiden selv har. Giv casen et andet filnavn`],
  ];
  it.each(rules)("refuses %s", async (_rule, message) => {
    expect(await bad).toContain(message);
  });

  it("accepts a real case whose every fact cites one of its sources, and an example in the short form", async () => {
    const { entries } = await loadContent("tests/fixtures/content/good", { today: "2026-11-23" });
    const real = entries.find((e) => e.url === "/cases/sensor-i-hjemmeplejen");
    const example = entries.find((e) => e.url === "/cases/robot-i-plejen");
    if (real?.kind !== "case" || example?.kind !== "case") throw new Error("fixture cases missing");
    expect(real.frontmatter.status).toEqual({ value: "afsluttet", source: "rapport-2022" });
    expect(real.frontmatter.companies).toEqual([{ name: "Sensor A/S", source: "fiktiv-2021" }, { name: "Data ApS", source: "rapport-2022" }]);
    expect(example.frontmatter.status).toEqual({ value: "afsluttet" });
    expect(example.frontmatter.publicParties).toEqual([{ name: "Eksempelkommune" }]);
  });

  it("accepts a real case as its sources tell it: dated by month or year, partners not named, no lessons, an unknown status with a note", async () => {
    const { entries } = await loadContent("tests/fixtures/content/good", { today: "2026-11-23" });
    const real = entries.find((e) => e.url === "/cases/skoletoilet-i-fiktiv-by");
    if (real?.kind !== "case") throw new Error("fixture case missing");
    expect(real.frontmatter.sources.map((s) => s.date)).toEqual(["2018-02", "2019"]);
    expect(real.frontmatter.companies).toEqual([{ name: "Flere virksomheder (ikke navngivet i kilderne)", source: "avis-2018" }]);
    expect(real.frontmatter.lessons).toEqual([]);
    expect(real.frontmatter.status).toEqual({ value: "ukendt", note: "Kilden er fra februar 2018. Den siger ikke, om toiletterne blev bygget på flere skoler." });
  });
});
