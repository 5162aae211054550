import { beforeAll, describe, expect, it } from "vitest";
import { checkTemplate, templateSchema, type Template } from "@/lib/agreements/template";
import { buildModel } from "@/lib/agreements/model";
import { renderDocx } from "@/lib/agreements/render-docx";
import { renderPdf } from "@/lib/agreements/render-pdf";
import { readEmbeddedAnswers } from "@/lib/agreements/embed";
import { exampleAnswers } from "@/lib/agreements/examples";
import type { Answers } from "@/lib/agreements/answers";
import { documentSchema } from "@/lib/agreements/documents";
import { DOCUMENTS } from "@/lib/agreements/steps";
import { validateDocument, validateStep } from "@/lib/agreements/server";
import { docxPart, docxText, pdfText } from "./helpers/documents";
import { downloadDocument, uploadToBuilder } from "./helpers/agreement-files";
import { realTemplates } from "./helpers/templates";

// The template is the product: these tests read the real content/agreements/databehandleraftale.yaml.
let template: Template;
beforeAll(async () => {
  template = (await realTemplates()).databehandleraftale!;
  expect(template).toBeDefined();
});

const today = "2026-12-06";
const withAnswers = (change: (a: Answers) => void): Answers => {
  const copy = structuredClone(exampleAnswers);
  change(copy);
  return copy;
};
const squash = (text: string) => text.replace(/\s+/g, " ");
/** The part before the læsevejledning: the agreement itself. */
const agreement = (text: string) => text.slice(0, text.lastIndexOf("Læsevejledning"));
const guide = (text: string) => text.slice(text.lastIndexOf("Læsevejledning"));

async function texts(answers: Answers): Promise<{ docx: string; pdf: string }> {
  const model = buildModel(template, answers, { today });
  return { docx: squash(await docxText(await renderDocx(model))), pdf: squash((await pdfText(await renderPdf(model))).join("\n")) };
}

/** Every expected text is in the agreement part of both the Word file and the PDF; no unexpected text is. */
async function expectInBoth(answers: Answers, present: string[], absent: string[] = [], part: (text: string) => string = agreement) {
  const { docx, pdf } = await texts(answers);
  for (const [name, text] of [["DOCX", part(docx)], ["PDF", part(pdf)]] as const) {
    for (const expected of present) expect(text, `${name} should contain: ${expected}`).toContain(squash(expected));
    for (const unexpected of absent) expect(text, `${name} should not contain: ${unexpected}`).not.toContain(squash(unexpected));
  }
}

describe("the databehandleraftale meets GDPR art. 28, stk. 3 and 4", () => {
  // One sentence that carries each requirement, as the template words it.
  const requirements: [string, string][] = [
    ["stk. 3, first sentence: subject-matter, duration, nature, purpose, data, data subjects", "Behandlingens formål, art og varighed, de typer af personoplysninger, der behandles, og de kategorier af personer, oplysningerne handler om, står i bilag 2."],
    ["stk. 3, first sentence: the controller's obligations and rights", "Den dataansvarlige har ret og pligt til at bestemme, til hvilke formål og med hvilke hjælpemidler personoplysningerne må behandles."],
    ["litra a: documented instructions", "Databehandleren behandler kun personoplysningerne efter dokumenteret instruks fra den dataansvarlige."],
    ["litra a: transfers under the instructions", "Instruksen gælder også for overførsel af personoplysninger til lande uden for EU/EØS og til internationale organisationer."],
    ["litra a: processing the law requires, told in advance", "giver databehandleren den dataansvarlige besked om kravet, før behandlingen sker"],
    ["litra b: confidentiality", "har forpligtet sig til fortrolighed eller har en passende tavshedspligt efter loven"],
    ["litra c: security under art. 32", "de tekniske og organisatoriske foranstaltninger, der er nødvendige efter databeskyttelsesforordningens artikel 32"],
    ["litra d and stk. 2: sub-processors only with written authorisation", "forudgående, specifikke, skriftlige godkendelse"],
    ["litra d and stk. 4: the same duties by contract", "Databehandleren pålægger hver underdatabehandler de samme pligter om databeskyttelse, som står i denne aftale, ved en skriftlig aftale."],
    ["stk. 4: the processor remains fully liable", "hæfter databehandleren fuldt ud over for den dataansvarlige for underdatabehandlerens opfyldelse af pligterne"],
    ["litra e: data subjects' rights", "besvare anmodninger fra de registrerede om at udøve deres rettigheder efter databeskyttelsesforordningens kapitel III"],
    ["litra f: art. 32-36", "Databehandleren hjælper den dataansvarlige med at overholde pligterne i databeskyttelsesforordningens artikel 32-36"],
    ["litra f: breach notification (art. 33, stk. 2)", "giver databehandleren den dataansvarlige besked uden unødig forsinkelse og senest 24 timer efter"],
    ["litra g: delete or return, and delete copies", "Kræver EU-retten eller dansk ret, at databehandleren opbevarer oplysningerne, sletter databehandleren dem først, når pligten ophører."],
    ["litra g: at the controller's choice", "Den dataansvarlige kan, før behandlingen slutter, vælge, at oplysningerne i stedet skal slettes eller leveres tilbage."],
    ["litra h: information to demonstrate compliance", "Databehandleren stiller alle oplysninger til rådighed for den dataansvarlige, der er nødvendige for at vise, at pligterne i databeskyttelsesforordningens artikel 28"],
    ["litra h: audits and inspections", "Databehandleren giver mulighed for og bidrager til revisioner, herunder inspektioner, som den dataansvarlige eller en revisor med mandat fra den dataansvarlige foretager."],
    ["stk. 3, second subparagraph: an unlawful instruction", "Databehandleren giver straks den dataansvarlige besked, hvis en instruks efter databehandlerens opfattelse strider mod databeskyttelsesforordningen"],
    ["stk. 10: no use for the processor's own purposes", "Databehandleren må ikke bruge personoplysningerne til egne formål"],
  ];

  it.each(requirements)("%s, in the Word file and the PDF", async (_, sentence) => {
    await expectInBoth(exampleAnswers, [sentence]);
  });

  it("each requirement's sentence is the template's own text: removing it from the template removes it from the document", async () => {
    const without: Template = { ...template, clauses: template.clauses.filter((clause) => clause.id !== "tilsyn-og-revision") };
    const text = squash(await docxText(await renderDocx(buildModel(without, exampleAnswers, { today }))));
    expect(text).not.toContain("herunder inspektioner");
  });
});

describe("the annexes of the Commission's standard clauses", () => {
  it("has bilag 1-4 in order after the signatures, each with its content, in Word and PDF", async () => {
    await expectInBoth(exampleAnswers, [
      "Bilag 1. Parter",
      "Ærø Sølund Kommune (dataansvarlig)",
      "Østergaard Velfærdsteknologi ApS (databehandler)",
      "Bilag 2. Beskrivelse af behandlingen",
      "Formålet med behandlingen",
      exampleAnswers.data.purposes!,
      "Behandlingens art",
      "Sensorerne registrerer bevægelser og fald.",
      "Oplysningerne handler om: Borgere i testen og medarbejdere på de to plejecentre.",
      "Databehandleren behandler disse typer af personoplysninger: Navne og oplysninger om fald",
      "Der behandles helbredsoplysninger eller andre særlige kategorier af personoplysninger efter databeskyttelsesforordningens artikel 9.",
      "Behandlingen sker i projektperioden 1. februar 2027 til 31. januar 2028, og så længe oplysningerne opbevares efter instruksen: I testperioden.",
      "Bilag 3. Tekniske og organisatoriske sikkerhedsforanstaltninger",
      "Data krypteres under overførsel og opbevaring",
      "Der tages backup hver nat",
      "Bilag 4. Godkendte underdatabehandlere",
      "Nordisk Hosting A/S, CVR 12345674: drift af serverne i Danmark",
    ]);
    const { docx } = await texts(exampleAnswers);
    // Each heading's first appearance: the læsevejledning names them again.
    const order = ["Underskrifter", "Bilag 1. Parter", "Bilag 2. Beskrivelse", "Bilag 3. Tekniske", "Bilag 4. Godkendte", "Læsevejledning"].map((heading) => docx.indexOf(heading));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("every »bilag N« the text refers to is in the file", async () => {
    const { docx, pdf } = await texts(exampleAnswers);
    for (const text of [agreement(docx), agreement(pdf)]) {
      const referred = new Set([...text.matchAll(/\bbilag (\d+)\b/gi)].map((m) => Number(m[1])));
      expect(referred.size).toBeGreaterThanOrEqual(4);
      for (const n of referred) expect(text).toMatch(new RegExp(`Bilag ${n}\\. `));
    }
  });

  it("the Word file marks the annexes as headings, like the clauses", async () => {
    const xml = await docxPart(await renderDocx(buildModel(template, exampleAnswers, { today })), "word/document.xml");
    for (const title of ["Parter", "Beskrivelse af behandlingen", "Godkendte underdatabehandlere"]) {
      expect(xml).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/>(?:(?!</w:p>).)*${title}`, "s"));
    }
  });
});

describe("every clause option, in the Word XML and the PDF text", () => {
  it("specific authorisation of sub-processors", async () => {
    await expectInBoth(exampleAnswers, ["med den dataansvarliges forudgående, specifikke, skriftlige godkendelse"], ["generel, skriftlig godkendelse"]);
  });

  it("general authorisation, with the notice period and the right to object", async () => {
    const answers = withAnswers((a) => {
      a.processing.subProcessorApproval = "generel";
      a.processing.subProcessorNoticeDays = 45;
    });
    await expectInBoth(answers, ["Den dataansvarlige giver databehandleren en generel, skriftlig godkendelse", "mindst 45 dage før", "Den dataansvarlige kan inden da gøre indsigelse mod ændringen"], ["forudgående, specifikke, skriftlige godkendelse"]);
  });

  it("a general authorisation needs a notice period", () => {
    const answers = withAnswers((a) => {
      a.processing.subProcessorApproval = "generel";
      a.processing.subProcessorNoticeDays = undefined;
    });
    const step = DOCUMENTS.databehandleraftale.steps.findIndex((s) => s.section === "processing");
    expect(validateStep("databehandleraftale", step, answers as never)).toEqual({ "processing.subProcessorNoticeDays": "Skriv, hvor mange dage før en ændring den dataansvarlige skal have besked, fx 30" });
  });

  it("no sub-processors approved at signature", async () => {
    await expectInBoth(withAnswers((a) => (a.processing.subProcessors = undefined)), ["Ingen underdatabehandlere er godkendt, når aftalen underskrives."], ["Nordisk Hosting"]);
  });

  it("deletion when the processing ends", async () => {
    await expectInBoth(exampleAnswers, ["sletter databehandleren alle personoplysninger, den har behandlet på den dataansvarliges vegne"], ["leverer databehandleren alle personoplysninger"]);
  });

  it("return when the processing ends, then deletion of the copies", async () => {
    await expectInBoth(withAnswers((a) => (a.processing.endOfProcessing = "returner")), ["leverer databehandleren alle personoplysninger, den har behandlet på den dataansvarliges vegne, tilbage", "Derefter sletter databehandleren sine kopier"], ["sletter databehandleren alle personoplysninger"]);
  });

  it("the breach deadline the reader chose", async () => {
    await expectInBoth(withAnswers((a) => (a.processing.breachNoticeHours = 48)), ["senest 48 timer efter"], ["senest 24 timer efter"]);
  });

  it("no transfers outside the EU/EEA", async () => {
    await expectInBoth(exampleAnswers, ["har den dataansvarlige ikke givet instruks om nogen overførsel", "Oplysningerne behandles kun i EU/EØS."], ["Overførsler til lande uden for EU/EØS, som den dataansvarlige har givet instruks om"]);
  });

  it("transfers outside the EU/EEA, described in bilag 2 and flagged in the guide", async () => {
    const answers = withAnswers((a) => (a.processing.thirdCountries = "USA: support fra Østergaard Inc. på grundlag af EU-US Data Privacy Framework"));
    await expectInBoth(answers, ["giver den dataansvarlige instruks om de overførsler, der står i bilag 2", "Overførsler til lande uden for EU/EØS, som den dataansvarlige har givet instruks om: USA: support fra Østergaard Inc."], ["Oplysningerne behandles kun i EU/EØS."]);
    await expectInBoth(answers, ["Overførslen kræver et grundlag i databeskyttelsesforordningens kapitel V (art. 44-49)"], [], guide);
  });

  it("sensitive data raises the security and is named in bilag 2; without it, none may be processed", async () => {
    await expectInBoth(exampleAnswers, ["Sikkerheden skal svare til den høje risiko"]);
    await expectInBoth(withAnswers((a) => (a.data.sensitive = false)), ["Der behandles ikke særlige kategorier af personoplysninger efter databeskyttelsesforordningens artikel 9."], ["Sikkerheden skal svare til den høje risiko", "Der behandles helbredsoplysninger"]);
  });

  it("disputes before the courts or by arbitration", async () => {
    await expectInBoth(exampleAnswers, ["afgøres ved de danske domstole"], ["Voldgiftsinstituttet"]);
    await expectInBoth(withAnswers((a) => (a.terms.disputes = "voldgift")), ["afgøres endeligt ved voldgift ved Voldgiftsinstituttet"], ["afgøres ved de danske domstole"]);
  });

  it("several public parties are each the controller of their own data, with the first as contact point", async () => {
    const answers = withAnswers((a) => {
      a.parties.publics.push({ ...a.parties.publics[0]!, name: "Region Østdanmark", cvr: "12345682", ean: "5798000000018", signatoryName: "Bo Nørgaard" });
    });
    await expectInBoth(answers, [
      "Ærø Sølund Kommune og Region Østdanmark kaldes hver for sig »den dataansvarlige«.",
      "Der er flere dataansvarlige. Hver dataansvarlig giver instrukser og udøver aftalens rettigheder for de personoplysninger, den selv er dataansvarlig for. Ærø Sølund Kommune er kontaktpunkt",
      "Region Østdanmark (dataansvarlig)",
      "For Region Østdanmark",
    ]);
    await expectInBoth(answers, ["er de fælles dataansvarlige og skal indbyrdes lave en ordning efter databeskyttelsesforordningens art. 26"], [], guide);
    await expectInBoth(exampleAnswers, ["Ærø Sølund Kommune kaldes »den dataansvarlige«."], ["Der er flere dataansvarlige"]);
    await expectInBoth(exampleAnswers, [], ["skal indbyrdes lave en ordning"], guide);
  });

  it("several processors: the agreement applies to each", async () => {
    const answers = withAnswers((a) => a.parties.companies.push({ ...a.parties.companies[0]!, name: "Brødrene Sørensen A/S", cvr: "12345690" }));
    await expectInBoth(answers, ["Østergaard Velfærdsteknologi ApS og Brødrene Sørensen A/S kaldes hver for sig »databehandleren«.", "Aftalen gælder for hver databehandler for sig", "Brødrene Sørensen A/S (databehandler)"]);
    await expectInBoth(exampleAnswers, ["Østergaard Velfærdsteknologi ApS kaldes »databehandleren«."], ["Aftalen gælder for hver databehandler for sig"]);
  });

  it("a knowledge institution is a processor and signs only when it processes the data; otherwise the guide says what to settle", async () => {
    const institution = { ...exampleAnswers.parties.publics[0]!, name: "Syddansk Forskningsinstitut for Ældre", cvr: "12345690", ean: undefined, signatoryName: "Ida Krogh" };
    const processing = withAnswers((a) => {
      a.parties.hasKnowledgeInstitution = true;
      a.parties.knowledge = institution;
      a.parties.knowledgeType = "offentlig-forskning";
      a.processing.knowledgeProcessor = true;
    });
    await expectInBoth(processing, ["Syddansk Forskningsinstitut for Ældre (databehandler)", "For Syddansk Forskningsinstitut for Ældre", "Østergaard Velfærdsteknologi ApS og Syddansk Forskningsinstitut for Ældre kaldes hver for sig »databehandleren«."]);
    const outside = withAnswers((a) => {
      a.parties.hasKnowledgeInstitution = true;
      a.parties.knowledge = institution;
      a.parties.knowledgeType = "offentlig-forskning";
      a.processing.knowledgeProcessor = false;
    });
    await expectInBoth(outside, [], ["Syddansk Forskningsinstitut"]);
    await expectInBoth(outside, ["Videninstitutionen er ikke part i databehandleraftalen"], [], guide);
    const unanswered = withAnswers((a) => {
      a.parties.hasKnowledgeInstitution = true;
      a.parties.knowledge = institution;
      a.parties.knowledgeType = "offentlig-forskning";
    });
    const result = validateDocument("databehandleraftale", unanswered as never);
    expect(result).toMatchObject({ ok: false, issues: { "processing.knowledgeProcessor": "Vælg, om videninstitutionen også behandler oplysningerne for de offentlige parter" } });
  });
});

describe("the læsevejledning and the notes before download", () => {
  const notes = (answers: Answers) => buildModel(template, answers, { today }).notes;

  it("always offers the Commission's standard clauses unchanged instead, and names its sources", async () => {
    await expectInBoth(exampleAnswers, ["I kan i stedet bruge EU-Kommissionens standardkontraktbestemmelser mellem dataansvarlige og databehandlere uændret (Kommissionens gennemførelsesafgørelse (EU) 2021/915, CELEX 32021D0915).", "forordning (EU) 2016/679 (CELEX 32016R0679)", "databeskyttelsesloven, lov nr. 502 af 23. maj 2018 med senere ændringer"], [], guide);
  });

  it("states the template's legal review and version in the document", async () => {
    await expectInBoth(exampleAnswers, ["Skabelonens juridiske gennemgang: Ikke gennemgået af en jurist endnu.", `skabelon version ${template.version}`]);
    expect(template.legalReview).toEqual({ status: "ikke-gennemgaaet" });
  });

  it("stops when the parties are joint controllers (art. 26) or each their own controller, and when no personal data is processed", () => {
    const stopTitles = (answers: Answers) => notes(answers).filter((note) => note.stop).map((note) => note.title);
    expect(stopTitles(exampleAnswers)).toEqual([]);
    expect(stopTitles(withAnswers((a) => (a.data.roles = "faelles")))).toEqual(["I er fælles dataansvarlige: en databehandleraftale passer ikke"]);
    expect(notes(withAnswers((a) => (a.data.roles = "faelles")))[0]!.text).toContain("art. 26, stk. 1 og 2");
    expect(stopTitles(withAnswers((a) => (a.data.roles = "selvstaendig")))).toEqual(["Hver part er selv dataansvarlig: en databehandleraftale passer ikke"]);
    expect(stopTitles(withAnswers((a) => (a.data.personalData = false)))).toEqual(["I behandler ikke personoplysninger"]);
  });

  it("flags joint control when the company may use the data for its own purposes, and asks for a jurist or DPO", () => {
    const text = notes(exampleAnswers).map((note) => note.text).join("\n");
    expect(text).toContain("er den dataansvarlig for den behandling (art. 28, stk. 10)");
    expect(text).toContain("skal lave en ordning efter art. 26");
    expect(text).toContain("Kontakt en jurist eller jeres databeskyttelsesrådgiver (DPO)");
  });

  it("asks for an impact assessment (art. 35) with sensitive data or monitoring, and for a judgement otherwise", () => {
    const must = "Lav en konsekvensanalyse, før behandlingen begynder (art. 35, stk. 1).";
    const judge = "Vurder, om I skal lave en konsekvensanalyse (art. 35).";
    const has = (answers: Answers, text: string) => notes(answers).some((note) => note.text.startsWith(text));
    expect(has(exampleAnswers, must)).toBe(true);
    expect(has(withAnswers((a) => (a.data.monitoring = false)), must)).toBe(true);
    expect(has(withAnswers((a) => (a.data.sensitive = false)), must)).toBe(true);
    const neither = withAnswers((a) => {
      a.data.sensitive = false;
      a.data.monitoring = false;
    });
    expect(has(neither, must)).toBe(false);
    expect(has(neither, judge)).toBe(true);
    expect(has(exampleAnswers, judge)).toBe(false);
  });

  it("every note links to the guide's page on personal data", () => {
    for (const note of notes(exampleAnswers)) expect(note.link).toBe("/jura/persondata");
  });
});

describe("content:check validates the databehandleraftale", () => {
  it("finds nothing wrong with the template as it stands", () => {
    expect(checkTemplate(template, "databehandleraftale")).toEqual([]);
  });

  it("catches an unknown field, a value the field cannot have and a bad party role condition", () => {
    const broken = templateSchema.parse({
      ...template,
      partyRoles: { ...template.partyRoles, videninstitution: { label: "Databehandler", when: "processing.knowledgeProcesor" } },
      clauses: [
        ...template.clauses,
        { id: "ekstra", title: "Ekstra", guidance: "Et afsnit, der kun findes i testen af tjekket.", paragraphs: [{ text: "{{processing.subProcessorz}}" }, { text: "Slettes.", when: 'processing.endOfProcessing == "arkiver"' }] },
      ],
    });
    const problems = checkTemplate(broken, "databehandleraftale");
    expect(problems.map((p) => p.field)).toEqual(["clauses.17.paragraphs.0.text", "clauses.17.paragraphs.1.when", "partyRoles.videninstitution.when"]);
    expect(problems[0]!.message).toContain("pladsholderen {{processing.subProcessorz}} findes ikke i databehandleraftale");
    expect(problems[1]!.message).toBe('"arkiver" er ikke en mulig værdi af processing.endOfProcessing. Mulige værdier: slet, returner');
    expect(templateSchema.safeParse({ ...template, partyRoles: { kunde: { label: "Kunde" } } }).success).toBe(false);
  });
});

describe("one answer set: resume between the samarbejdsaftale and the databehandleraftale", () => {
  const upload = uploadToBuilder;
  const download = downloadDocument;

  it("a samarbejdsaftale file restores every answer the databehandleraftale needs, and lands on »Tjek dine svar«", async () => {
    const docx = await download("samarbejdsaftale", "docx", exampleAnswers);
    expect(((await readEmbeddedAnswers(docx))!.answers as Answers).processing.breachNoticeHours).toBe(24);
    const restored = await upload("databehandleraftale", "samarbejdsaftale.docx", docx);
    expect(restored.errors).toEqual({});
    expect(restored.step).toBe(DOCUMENTS.databehandleraftale.steps.length);
    expect(documentSchema("databehandleraftale").parse(restored.answers)).toEqual(documentSchema("databehandleraftale").parse(exampleAnswers));
    expect(restored.notice).toContain("Ændringer, du har lavet i selve Word-teksten, bliver ikke læst ind");
  });

  it("and back: a databehandleraftale file restores the samarbejdsaftale complete", async () => {
    const docx = await download("databehandleraftale", "docx", exampleAnswers);
    expect(await readEmbeddedAnswers(docx)).toMatchObject({ document: "databehandleraftale", templateVersion: template.version });
    const restored = await upload("samarbejdsaftale", "databehandleraftale.docx", docx);
    expect(restored.errors).toEqual({});
    expect(restored.step).toBe(DOCUMENTS.samarbejdsaftale.steps.length);
    expect(documentSchema("samarbejdsaftale").parse(restored.answers)).toEqual(documentSchema("samarbejdsaftale").parse(exampleAnswers));
  });

  it("a samarbejdsaftale made before the databehandleraftale's questions existed opens on the first step it still asks", async () => {
    const { processing: _, ...older } = exampleAnswers;
    const docx = await download("samarbejdsaftale", "docx", { ...older, data: { ...older.data, processingNature: undefined, monitoring: undefined, retention: undefined } });
    const restored = await upload("databehandleraftale", "samarbejdsaftale.docx", docx);
    expect(restored.answers.parties?.publics?.[0]?.name).toBe("Ærø Sølund Kommune");
    expect(restored.step).toBe(DOCUMENTS.databehandleraftale.steps.findIndex((s) => s.section === "data"));
    expect(restored.notice).toContain("Nogle spørgsmål mangler svar. Besvar dem, før du henter dokumentet.");
    const whole = validateDocument("databehandleraftale", restored.answers);
    const missing = whole.ok ? [] : Object.keys(whole.issues);
    expect(missing).toEqual(expect.arrayContaining(["data.processingNature", "data.monitoring", "data.retention"]));
    expect(missing.some((path) => path.startsWith("processing"))).toBe(true);
  });

  it("serves the PDF from the same route", async () => {
    const pdf = await download("databehandleraftale", "pdf", exampleAnswers);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    expect((await pdfText(Buffer.from(pdf))).join(" ")).toContain("Databehandleraftale");
  });
});
