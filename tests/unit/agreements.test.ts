import { beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { checkTemplate, templateSchema, type Template } from "@/lib/agreements/template";
import { buildModel, endSentence, type DocumentModel } from "@/lib/agreements/model";
import { renderDocx } from "@/lib/agreements/render-docx";
import { renderPdf } from "@/lib/agreements/render-pdf";
import { readEmbeddedAnswers } from "@/lib/agreements/embed";
import { exampleAnswers } from "@/lib/agreements/examples";
import { ANSWERS_VERSION, isValidCvr, isValidEan, type Answers } from "@/lib/agreements/answers";
import { documentSchema } from "@/lib/agreements/documents";
import { DOCUMENTS, partyFieldsOf, type DocumentId } from "@/lib/agreements/steps";
import { PARTY_QUESTIONS, QUESTIONS, TERMS } from "@/lib/agreements/questions";
import { migrateAnswers } from "@/lib/agreements/migrate";
import { parseAnswers } from "@/lib/agreements/form";
import { validateDocument, validateStep } from "@/lib/agreements/server";
import { docxPart, docxText, pdfText } from "./helpers/documents";
import { realTemplates } from "./helpers/templates";
import { downloadDocument, uploadToBuilder } from "./helpers/agreement-files";

// The templates are the product: these tests read the real content/agreements files.
let templates: Record<string, Template>;
beforeAll(async () => {
  templates = await realTemplates();
});

const today = "2026-11-23";
const withAnswersFrom = (base: Answers, change: (a: Answers) => void): Answers => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};
const withAnswers = (change: (a: Answers) => void): Answers => withAnswersFrom(exampleAnswers, change);
const company = (name: string, cvr = "87654338") => ({ ...exampleAnswers.parties.companies[0]!, name, cvr });
const region = { ...exampleAnswers.parties.publics[0]!, name: "Region Østdanmark", cvr: "12345682", ean: "5798000000018", legalBasis: "sundhedsloven" };
const knowledge = { ...exampleAnswers.parties.publics[0]!, name: "Syddansk Forskningsinstitut for Ældre", cvr: "12345690", ean: undefined, legalBasis: undefined };
const paid = (a: Answers, how: "delvis" | "fuldt") => {
  a.money = { publicPays: how, price: 400000, paymentPlan: "Prototype godkendt: 200.000 kr., 1. maj 2027\nTest afsluttet: 200.000 kr., 1. november 2027", paymentSplit: undefined, externalFunding: undefined };
};

const model = (id: string, answers: Answers): DocumentModel => buildModel(templates[id]!, answers, { today });
const docxOf = (id: string, answers: Answers) => renderDocx(model(id, answers));
/** The agreement's text as Word holds it and as a PDF reader extracts it. */
async function texts(id: string, answers: Answers): Promise<{ docx: string; pdf: string }> {
  const m = model(id, answers);
  return { docx: await docxText(await renderDocx(m)), pdf: (await pdfText(await renderPdf(m))).join("\n") };
}
/** The part before the læsevejledning: the agreement itself. */
const body = (text: string) => text.slice(0, text.lastIndexOf("Læsevejledning"));
const squash = (text: string) => text.replace(/\s+/g, " ");

async function expectInBoth(id: string, answers: Answers, present: string[], absent: string[] = []) {
  const { docx, pdf } = await texts(id, answers);
  for (const [name, text] of [["DOCX", squash(docx)], ["PDF", squash(pdf)]] as const) {
    for (const expected of present) expect(text, `${name} should contain: ${expected}`).toContain(squash((expected)));
    for (const unexpected of absent) expect(text, `${name} should not contain: ${unexpected}`).not.toContain(squash((unexpected)));
  }
}

describe("the samarbejdsaftale as Word", () => {
  it("has Word structure: title, numbered Heading 1 clauses, Danish language, properties, UDKAST and page numbers", async () => {
    const docx = await docxOf("samarbejdsaftale", exampleAnswers);
    const document = await docxPart(docx, "word/document.xml");
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBeGreaterThanOrEqual(24);
    expect(await docxPart(docx, "word/numbering.xml")).toContain('w:val="%1.%2."');
    expect(await docxPart(docx, "word/styles.xml")).toContain('w:val="da-DK"');
    const core = await docxPart(docx, "docProps/core.xml");
    expect(core).toContain("<dc:title>OPI-samarbejdsaftale: Færre fald i eget hjem</dc:title>");
    expect(core).toContain("2.0.0");
    expect(await docxPart(docx, "word/header1.xml")).toContain("UDKAST");
    const footer = await docxPart(docx, "word/footer1.xml");
    expect(footer).toContain("NUMPAGES");
    expect(footer).toContain("PAGE");
  });

  it("names every party with æøå, CVR and signatory, and lays out the budget as a table with a header row and a total", async () => {
    const docx = await docxOf("samarbejdsaftale", exampleAnswers);
    const text = await docxText(docx);
    for (const expected of ["Ærø Sølund Kommune", "CVR-nr. 12345674", "EAN-nr. 5798000000001", "Østergaard Velfærdsteknologi ApS", "Åse Østergaard, Administrerende direktør", "For Ærø Sølund Kommune"]) {
      expect(text).toContain(expected);
    }
    const document = await docxPart(docx, "word/document.xml");
    expect(document).toContain("<w:tblHeader/>");
    // 900 hours at 700 kr. + 80,000 in kind + 150,000 cash = 860,000 kr.; the public party 400 × 450 + 60,000 = 240,000 kr.
    expect(text).toContain("860.000 kr.");
    expect(text).toContain("240.000 kr.");
    expect(text).toContain("1.100.000 kr.");
  });
});

describe("every clause option, read in the DOCX XML and the PDF text", () => {
  it.each([
    ["fuld-aabenhed", ["Creative Commons Kreditering 4.0 International (CC BY 4.0)", "European Union Public Licence (EUPL) version 1.2", "Der offentliggøres aldrig personoplysninger", "giver parten også andre end parterne en licens til den nødvendige baggrundsviden", "Risikoen mindskes ved, at forgrundsviden offentliggøres"], ["Forgrundsviden ejes af den part, der har skabt den", "Virksomheden ejer forgrundsviden", "udskydes i op til 60 dage"]],
    ["delvis-aabenhed", ["Forgrundsviden ejes af den part, der har skabt den", "kræver det en skriftlig licens eller overdragelse på markedsvilkår", "uigenkaldelig og tidsubegrænset ret til at bruge, ændre og videreudvikle", "kun får rettigheder til det, den selv har skabt, at den betaler markedspris", "udskydes i op til 60 dage"], ["Uanset ejerskabet har hver virksomhed ret", "CC BY 4.0", "Virksomheden ejer forgrundsviden"]],
    ["virksomhed-ejer", ["Virksomheden ejer forgrundsviden.", "betaler virksomheden markedspris", "Rettighederne til den del overgår først, når prisen er betalt", "uigenkaldelig og tidsubegrænset"], ["vedlægges aftalen som bilag", "Forgrundsviden ejes af den part, der har skabt den", "CC BY 4.0"]],
    ["offentlig-ejer", ["Forgrundsviden ejes af den offentlige part.", "overdrager sine rettigheder til forgrundsviden", "Risikoen mindskes ved, at virksomheden ikke får rettigheder"], ["CC BY 4.0", "Virksomheden ejer forgrundsviden", "Markedsprisen fastsættes"]],
  ] as const)("rights: %s", async (rights, present, absent) => {
    await expectInBoth(
      "samarbejdsaftale",
      withAnswers((a) => {
        a.rights.model = rights;
        a.rights.codeLicence = rights === "fuld-aabenhed" ? "eupl-1.2" : undefined;
      }),
      [...present],
      [...absent],
    );
  });

  it.each([
    ["eupl-1.2", "European Union Public Licence (EUPL) version 1.2"],
    ["apache-2.0", "Apache License version 2.0"],
    ["mit", "MIT-licensen"],
  ] as const)("full openness names the software licence: %s", async (licence, name) => {
    const others = ["European Union Public Licence", "Apache License", "MIT-licensen"].filter((other) => !name.startsWith(other));
    await expectInBoth("samarbejdsaftale", withAnswers((a) => ((a.rights.model = "fuld-aabenhed"), (a.rights.codeLicence = licence))), [`Software offentliggøres som kildekode under ${name}`], others);
  });

  it.each([
    ["vurdering", "fastsættes af en uafhængig sagkyndig"],
    ["forhandling", "fastsættes ved forhandling på armslængdevilkår"],
    ["konkurrence", "udbydes i en åben, gennemsigtig og ikke-diskriminerende konkurrence"],
  ] as const)("the market price is set by the chosen method: %s", async (method, sentence) => {
    const others = ["fastsættes af en uafhængig sagkyndig", "fastsættes ved forhandling på armslængdevilkår", "udbydes i en åben, gennemsigtig"].filter((other) => !sentence.startsWith(other.slice(0, 20)));
    for (const rights of ["delvis-aabenhed", "virksomhed-ejer"] as const) {
      await expectInBoth("samarbejdsaftale", withAnswers((a) => ((a.rights.model = rights), (a.rights.marketPriceMethod = method))), [sentence, "Prisen og grundlaget for den dokumenteres skriftligt"], others);
    }
  });

  it("adds the public parties' own licence terms when given", async () => {
    await expectInBoth("samarbejdsaftale", withAnswers((a) => (a.rights.licenceTerms = "Brugsretten omfatter også kommunens fælleskommunale samarbejder")), ["De offentlige parters brugsret gælder desuden på disse vilkår: Brugsretten omfatter også kommunens fælleskommunale samarbejder."]);
  });

  it("no payment: each party bears its own costs, with no payment clause", async () => {
    await expectInBoth("samarbejdsaftale", exampleAnswers, ["Hver part afholder selv sine omkostninger ved projektet. Den offentlige part betaler ikke virksomheden for dens bidrag", "Den offentlige part køber ikke varer eller ydelser af virksomheden"], ["Betalingsfristen", "bortset fra den betaling", "e-faktura"]);
  });

  it.each(["delvis", "fuldt"] as const)("paid development (%s): price, milestones, electronic invoice to the EAN, VAT and terms of payment, and no clause that contradicts them", async (how) => {
    const answers = withAnswers((a) => paid(a, how));
    await expectInBoth(
      "samarbejdsaftale",
      answers,
      [
        "betaler i alt 400.000 kr. uden moms",
        "forfalder i rater efter betalingsplanen i bilag 2",
        "Prototype godkendt: 200.000 kr., 1. maj 2027",
        "fakturerer elektronisk (e-faktura) til EAN-nummeret",
        "Alle beløb i aftalen er uden moms",
        "Betalingsfristen er 30 dage fra modtagelsen af en korrekt faktura",
        "bortset fra den betaling, som den offentlige part skal betale efter afsnittet om betaling",
        "betaler virksomheden den del af betalingen fra den offentlige part tilbage",
        how === "delvis" ? "Betalingen dækker en del af virksomhedens omkostninger" : "Betalingen dækker virksomhedens arbejde i projektet fuldt ud",
      ],
      ["Hver part afholder selv sine omkostninger ved projektet. Den offentlige part betaler ikke", "Den offentlige part køber ikke varer eller ydelser", "ikke vederlag for en ydelse", "Betalingen er et bidrag til en fælles udvikling"],
    );
  });

  it("never tries to say what a payment legally is", async () => {
    for (const how of ["nej", "delvis", "fuldt"] as const) {
      const { docx } = await texts("samarbejdsaftale", withAnswers((a) => (how === "nej" ? undefined : paid(a, how))));
      expect(body(docx)).not.toMatch(/ikke vederlag|er et bidrag til en fælles udvikling|er et tilskud/);
    }
  });

  it.each([
    [true, ["jf. udbudsloven § 39", "jf. udbudsloven § 136"], ["har ikke aktuelle planer om at købe"]],
    [false, ["har ikke aktuelle planer om at købe"], ["jf. udbudsloven § 136"]],
  ] as const)("a later tender: %s", async (laterTender, present, absent) => {
    await expectInBoth("samarbejdsaftale", withAnswers((a) => (a.procurement.laterTender = laterTender)), [...present, "medmindre det følger af lovgivningen"], [...absent]);
  });

  it.each([
    ["databehandler", "En virksomhed, der behandler oplysningerne på en offentlig parts vegne, er databehandler", ["fælles dataansvarlige", "Hver part er selv dataansvarlig"]],
    ["selvstaendig", "Hver part er selv dataansvarlig for de personoplysninger", ["er databehandler og behandler dem kun", "fælles dataansvarlige"]],
    ["faelles", "Parterne er fælles dataansvarlige efter databeskyttelsesforordningens art. 26", ["er databehandler og behandler dem kun", "Hver part er selv dataansvarlig"]],
  ] as const)("personal data, roles: %s", async (roles, sentence, absent) => {
    await expectInBoth("samarbejdsaftale", withAnswers((a) => (a.data.roles = roles)), [sentence, "Oplysningerne handler om: Borgere i testen", "har tavshedspligt", "art. 82"], [...absent]);
  });

  it("personal data: health data asks for a consequence analysis, other data does not", async () => {
    await expectInBoth("samarbejdsaftale", exampleAnswers, ["særlige kategorier af personoplysninger (databeskyttelsesforordningens art. 9)"]);
    await expectInBoth("samarbejdsaftale", withAnswers((a) => (a.data.sensitive = false)), ["Oplysningerne er: Navne"], ["særlige kategorier af personoplysninger"]);
  });

  it("no personal data: the clause says so, and no data processing terms appear", async () => {
    const answers = withAnswers((a) => {
      a.data = { ...a.data, personalData: false, roles: undefined, purposes: undefined, dataDescription: undefined, subjects: undefined, sensitive: undefined };
    });
    await expectInBoth("samarbejdsaftale", answers, ["Parterne forventer ikke at behandle personoplysninger i projektet"], ["art. 82", "databehandleraftale efter databeskyttelsesforordningens art. 28, stk. 3"]);
  });

  it.each([
    ["domstole", "de almindelige danske domstole", "Voldgiftsinstituttet"],
    ["voldgift", "Voldgiftsinstituttet", "de almindelige danske domstole"],
  ] as const)("disputes: %s", async (forum, present, absent) => {
    await expectInBoth("samarbejdsaftale", withAnswers((a) => (a.terms.disputes = forum)), [present], [absent]);
  });

  it("a notice period of 0 reads as immediate effect, and one of several months names them", async () => {
    await expectInBoth("samarbejdsaftale", withAnswers((a) => (a.terms.noticeMonths = 0)), ["Hver part kan træde ud af aftalen med øjeblikkelig virkning ved skriftlig meddelelse"], ["varsel på", "uden varsel"]);
    await expectInBoth("samarbejdsaftale", withAnswers((a) => (a.terms.noticeMonths = 3)), ["med et varsel på 3 måneder"], ["Hver part kan træde ud af aftalen med øjeblikkelig virkning"]);
    await expectInBoth("samarbejdsaftale", withAnswers((a) => (a.terms.noticeMonths = 1)), ["med et varsel på 1 måned."]);
  });

  it("liability: a cap only when one is set, and never over data loss, personal data, confidentiality or rights", async () => {
    await expectInBoth("samarbejdsaftale", exampleAnswers, ["hæfter højst for 500.000 kr.", "Tab af data, som en part har forårsaget, og udgifter til at genskabe data er ikke indirekte tab", "brud på reglerne om persondata eller en databehandleraftale, brud på fortroligheden, krænkelse af tredjemands immaterielle rettigheder"]);
    await expectInBoth("samarbejdsaftale", withAnswers((a) => (a.terms.liabilityCap = 0)), ["Tab af data, som en part har forårsaget"], ["hæfter højst for"]);
    const { docx } = await texts("samarbejdsaftale", exampleAnswers);
    expect(docx).not.toMatch(/indirekte tab, herunder[^.]*tab af data/);
  });

  it("product liability: states that the agreement cannot limit it towards the injured and names the act, with no claim that nothing changes", async () => {
    await expectInBoth(
      "samarbejdsaftale",
      exampleAnswers,
      ["Aftalen begrænser ikke det ansvar, en part kan have over for borgere, medarbejdere eller andre, der lider skade på grund af en defekt løsning. Det ansvar følger af produktansvarsloven med senere ændringer"],
      ["gælder uændret"],
    );
    // The new directive is guidance for the jurist, named for what it is: a directive with a date for transposition.
    const guidance = templates.samarbejdsaftale!.clauses.find((clause) => clause.id === "ansvar")!.guidance;
    expect(guidance).toContain("direktiv (EU) 2024/2853 (CELEX 32024L2853), skal være gennemført i dansk ret senest 9. december 2026");
  });

  it("no template, in any clause, annex or note, labels what a payment or a contribution legally is, or says a set of rules applies unchanged", () => {
    for (const template of Object.values(templates)) {
      const all = JSON.stringify([template.intro, template.clauses, template.annexes, template.notes]);
      expect(all, template.id).not.toMatch(/ikke (?:et |som )?vederlag|er et bidrag til en fælles udvikling|er et tilskud|gælder uændret/i);
    }
  });

  it("new partners join by the public parties' decision on objective criteria, with no veto for competitors", async () => {
    await expectInBoth("samarbejdsaftale", exampleAnswers, ["ud fra objektive kriterier", "At den nye part er en konkurrent, er ikke en saglig grund"], ["hvis alle parter er enige"]);
  });

  it("the logbook: rules in the annex when kept, none when not", async () => {
    await expectInBoth("samarbejdsaftale", exampleAnswers, ["Logbogen føres af: Projektlederen hos Ærø Sølund Kommune", "efter reglerne i bilag 3"]);
    await expectInBoth(
      "samarbejdsaftale",
      withAnswers((a) => ((a.project.logbook = false), (a.project.logbookKeeper = undefined), (a.rights.model = "virksomhed-ejer"))),
      [],
      ["Logbogen føres af", "fælles logbog", "Offentliggørelse og logbog"],
    );
  });

  it("external funding: the grant letter becomes an annex that takes precedence where it binds the parties", async () => {
    await expectInBoth("samarbejdsaftale", withAnswers((a) => (a.money.externalFunding = "Velfærdspuljen, 400.000 kr.")), [
      "Tilsagn om ekstern finansiering",
      "Vilkårene i tilsagnet om ekstern finansiering (bilag 4) går dog forud for aftalen",
      "Midler fra den eksterne finansiering, som ikke er brugt, betales tilbage efter tilsagnets vilkår",
    ]);
    await expectInBoth("samarbejdsaftale", exampleAnswers, [], ["Tilsagn om ekstern finansiering", "bilag 4"]);
  });

  it("the standard clauses of the model agreements are all there, each with Sted og dato at every signature", async () => {
    const m = model("samarbejdsaftale", withAnswers((a) => (a.parties.companies = [company("Østergaard Velfærdsteknologi ApS"), company("Brødrene Sørensen A/S", "87654346")])));
    expect(m.clauses.map((clause) => clause.title)).toEqual(
      expect.arrayContaining(["Aftalens dokumenter og rangorden", "Medarbejdere og underleverandører", "Prototyper og udstyr", "Brug af navne og logoer", "Force majeure", "Overdragelse", "Meddelelser"]),
    );
    for (const clause of m.clauses) expect(clause.guidance, clause.id).toMatch(/jurist/);
    const { docx, pdf } = await texts("samarbejdsaftale", withAnswers((a) => (a.parties.companies = [company("Østergaard Velfærdsteknologi ApS"), company("Brødrene Sørensen A/S", "87654346")])));
    for (const text of [docx, pdf]) {
      expect(text.match(/Sted og dato:/g)).toHaveLength(3);
      expect(text).toContain("konkursbehandling");
    }
  });

  it("the knowledge institution: inventions, publication delay and effective collaboration for a public research institution", async () => {
    const withKnowledge = (type: "offentlig-forskning" | "anden") =>
      withAnswers((a) => {
        a.parties.hasKnowledgeInstitution = true;
        a.parties.knowledge = knowledge;
        a.parties.knowledgeType = type;
      });
    await expectInBoth("samarbejdsaftale", withKnowledge("offentlig-forskning"), [
      "Syddansk Forskningsinstitut for Ældre (videninstitution)",
      "lov om opfindelser ved offentlige forskningsinstitutioner (lovbekendtgørelse nr. 210 af 17. marts 2009)",
      "udskydes i op til 60 dage mere, så parten kan søge patent",
      "effektivt samarbejde efter rammebestemmelserne",
      "Videninstitutionen er også omfattet af offentlighedsloven",
      "Deltager studerende, der ikke er ansat",
    ]);
    await expectInBoth("samarbejdsaftale", withKnowledge("anden"), ["effektivt samarbejde efter rammebestemmelserne"], ["lovbekendtgørelse nr. 210", "Videninstitutionen er også omfattet af offentlighedsloven"]);
    await expectInBoth("samarbejdsaftale", exampleAnswers, [], ["»videninstitutionen«", "lov om opfindelser", "Deltager studerende", "effektivt samarbejde"]);
  });

  it("several public parties: a coordinating party, separate liability for payment, every party signs", async () => {
    const answers = withAnswers((a) => {
      a.parties.publics = [a.parties.publics[0]!, region];
      a.parties.companies.push(company("Brødrene Sørensen A/S", "87654346"));
      paid(a, "delvis");
      a.money.paymentSplit = "Halvdelen hver";
    });
    await expectInBoth("samarbejdsaftale", answers, [
      "I aftalen kaldes Ærø Sølund Kommune og Region Østdanmark hver for sig »en offentlig part« og tilsammen »de offentlige parter«",
      "Ærø Sølund Kommune koordinerer samarbejdet på vegne af de offentlige parter (»den koordinerende part«)",
      "De offentlige parter deler betalingen sådan: Halvdelen hver.",
      "Hver offentlig part hæfter kun for sin egen andel af betalingen",
      "Betalingsplanen angiver, hvor meget hver virksomhed skal have for hver milepæl",
      "De offentlige parter har oplyst denne hjemmel: Ærø Sølund Kommune: kommunalfuldmagten; Region Østdanmark: sundhedsloven.",
      "For Region Østdanmark",
    ]);
  });

  it('one company is "virksomheden", several are "virksomhederne", in every clause and annex', async () => {
    const one = body((await texts("samarbejdsaftale", exampleAnswers)).docx);
    expect(one).toContain("»virksomheden«");
    expect(one).not.toMatch(/virksomhederne|virksomhedernes|de offentlige parter\b/i);
    const several = body((await texts("samarbejdsaftale", withAnswers((a) => ((a.project.companyValue = "Et afprøvet produkt."), (a.parties.companies = [company("Østergaard Velfærdsteknologi ApS"), company("Brødrene Sørensen A/S", "87654346")]))))).docx);
    expect(several).toContain("hver for sig »en virksomhed« og tilsammen »virksomhederne«");
    expect(several).not.toContain("»virksomheden«");
    // A sentence about the companies as a party speaks of them in the plural.
    expect(several).not.toMatch(/(^|[.:] )Virksomheden\b/m);
    expect(several).toContain("Virksomhederne accepterer");
  });
});

/** Answer sets that between them reach every option of every template. */
const variants: [string, Answers][] = [
  ["the example", exampleAnswers],
  ["paid in full, owned by the public parties", withAnswers((a) => ((a.rights.model = "offentlig-ejer"), paid(a, "fuldt")))],
  ["full openness with funding and a knowledge institution", withAnswers((a) => {
    a.rights.model = "fuld-aabenhed";
    a.rights.codeLicence = "mit";
    a.money.externalFunding = "Velfærdspuljen";
    a.parties.hasKnowledgeInstitution = true;
    a.parties.knowledge = knowledge;
    a.parties.knowledgeType = "offentlig-forskning";
  })],
  ["companies own, no logbook, several parties, answers without full stops", withAnswers((a) => {
    a.rights.model = "virksomhed-ejer";
    a.project.logbook = false;
    a.project.logbookKeeper = undefined;
    a.project.need = "Borgere falder\nog faldet opdages sent";
    a.collaboration.steeringGroup = "En leder fra hver part;";
    a.parties.publics.push(region);
    a.parties.companies.push(company("Brødrene Sørensen A/S", "87654346"));
    paid(a, "delvis");
  })],
];

describe("the whole document", () => {
  it.each(variants)("every »bilag N« the text refers to is in the file, numbered in order: %s", async (_, answers) => {
    for (const id of ["samarbejdsaftale", "hensigtserklaering", "fortrolighedsaftale"]) {
      const m = model(id, answers);
      const text = await docxText(await renderDocx(m));
      const headings = [...body(text).matchAll(/^Bilag (\d+)\. /gm)].map((match) => Number(match[1]));
      expect(headings, id).toEqual(m.annexes.map((_, i) => i + 1));
      for (const match of body(text).matchAll(/\b[bB]ilag (\d+)\b/g)) expect(headings, `${id}: »${match[0]}«`).toContain(Number(match[1]));
      expect(text, id).not.toContain("[mangler]");
    }
  });

  it.each(variants)("every sentence ends as a sentence: %s", (_, answers) => {
    for (const id of ["samarbejdsaftale", "hensigtserklaering", "fortrolighedsaftale"]) {
      const m = model(id, answers);
      for (const part of [...m.clauses, ...m.annexes]) {
        for (const paragraph of part.paragraphs) {
          if (paragraph.kind === "text") expect(paragraph.text, `${id} ${part.id}`).toMatch(/[.!?…:][»"”')]*$/);
        }
      }
    }
    expect(endSentence("Styregruppen består af: En leder fra hver part")).toBe("Styregruppen består af: En leder fra hver part.");
    expect(endSentence("Hver anden uge;")).toBe("Hver anden uge.");
    expect(endSentence("Er det klart?")).toBe("Er det klart?");
  });

  it("every conditional clause, paragraph, annex and note of every template is reached by some answers, in the DOCX and in the PDF", async () => {
    /** The longest stretch of a template text that is not an answer: outside placeholders, or one side of a number choice. */
    const fragment = (text: string) => {
      const choices = [...text.matchAll(/\{\{#\w+ ([^|}]*)\|([^}]*)\}\}/g)].flatMap((match) => [match[1]!, match[2]!]);
      return [...text.split(/\{\{[^}]*\}\}/), ...choices].map((piece) => piece.trim()).sort((a, b) => b.length - a.length)[0]!;
    };
    const flat = (text: string) => squash((text)).replace(/([-/]) /g, "$1");
    const withKnowledge = (a: Answers, role: "afgiver" | "modtager" | "begge") => {
      a.parties.hasKnowledgeInstitution = true;
      a.parties.knowledge = knowledge;
      a.parties.knowledgeType = "offentlig-forskning";
      a.confidentiality = { ...a.confidentiality, direction: "envejs", disclosingParty: "offentlig", knowledgeRole: role };
    };
    const optionAnswers = [
      ...variants.map(([, answers]) => answers),
      ...variants.map(([, answers]) =>
        withAnswersFrom(answers, (a) => {
          a.confidentiality = { ...a.confidentiality, direction: "envejs", disclosingParty: "offentlig", knowledgeRole: "modtager", sanction: "konventionalbod", penalty: 50000 };
          a.terms = { ...a.terms, noticeMonths: 0, disputes: "voldgift", liabilityCap: 0 };
          a.data.roles = "selvstaendig";
        }),
      ),
      withAnswers((a) => {
        paid(a, "fuldt");
        a.money.paymentSplit = "Halvdelen hver";
        a.parties.publics.push(region);
        a.rights = { ...a.rights, model: "virksomhed-ejer", marketPriceMethod: "vurdering", licenceTerms: "Brugsretten omfatter også fælleskommunale samarbejder" };
        a.procurement.laterTender = false;
        a.data.roles = "faelles";
        withKnowledge(a, "begge");
      }),
      withAnswers((a) => {
        a.rights = { ...a.rights, model: "delvis-aabenhed", marketPriceMethod: "konkurrence" };
        a.data = { ...a.data, personalData: false, roles: undefined, purposes: undefined, dataDescription: undefined, subjects: undefined, sensitive: undefined };
        withKnowledge(a, "afgiver");
      }),
      withAnswers((a) => {
        paid(a, "fuldt");
        a.rights.model = "fuld-aabenhed";
        a.rights.codeLicence = "apache-2.0";
      }),
      withAnswers((a) => (a.rights.model = "offentlig-ejer")),
      // The databehandleraftale's other options: general authorisation, no sub-processors, a transfer, return at the end.
      withAnswers((a) => {
        a.processing = { ...a.processing, subProcessorApproval: "generel", subProcessorNoticeDays: 30, subProcessors: undefined, thirdCountries: "USA: support på grundlag af EU-US Data Privacy Framework", endOfProcessing: "returner" };
        a.data = { ...a.data, sensitive: false, monitoring: false };
      }),
      // General authorisation alone, so its long paragraph is also read where no page break splits it.
      withAnswers((a) => {
        a.processing = { ...a.processing, subProcessorApproval: "generel", subProcessorNoticeDays: 14 };
      }),
    ];
    const missed: string[] = [];
    for (const template of Object.values(templates)) {
      const rendered = await Promise.all(
        optionAnswers.map(async (answers) => {
          const m = model(template.id, answers);
          return [flat(await docxText(await renderDocx(m))), flat((await pdfText(await renderPdf(m))).join(" "))] as const;
        }),
      );
      const conditional = [
        ...[...template.clauses, ...template.annexes].flatMap((part) => [
          ...(part.when ? [{ where: part.id, text: part.title }] : []),
          ...part.paragraphs.flatMap((paragraph) => (paragraph.when && "text" in paragraph ? [{ where: part.id, text: paragraph.text }] : paragraph.when && "heading" in paragraph ? [{ where: part.id, text: paragraph.heading }] : [])),
        ]),
        ...template.notes.filter((note) => note.when).map((note) => ({ where: "notes", text: note.text })),
      ];
      for (const { where, text } of conditional) {
        // A paragraph that is nothing but an answer shows the reader's own text: there is no template wording to find.
        if (/^\{\{[\w.]+\}\}$/.test(text.trim())) continue;
        const seen = flat(fragment(text));
        if (seen.length <= 5) missed.push(`${template.id} ${where}: too little fixed text to recognise in »${text}«`);
        if (!rendered.some(([docx]) => docx.includes(seen))) missed.push(`${template.id} ${where} (DOCX): »${seen}«`);
        if (!rendered.some(([, pdf]) => pdf.includes(seen))) missed.push(`${template.id} ${where} (PDF): »${seen}«`);
      }
    }
    expect(missed).toEqual([]);
  }, 240_000);

  it("states its template version and legal review in the document, the PDF and the læsevejledning", async () => {
    for (const id of ["samarbejdsaftale", "hensigtserklaering", "fortrolighedsaftale"]) {
      const { docx, pdf } = await texts(id, exampleAnswers);
      for (const text of [docx, pdf]) {
        expect(squash(text)).toContain(`skabelon version ${templates[id]!.version}. Skabelonens juridiske gennemgang: Ikke gennemgået af en jurist endnu.`);
        expect(squash(text)).toContain("Juridisk gennemgang af skabelonen: Ikke gennemgået af en jurist endnu.");
      }
    }
    const reviewed: Template = { ...templates.hensigtserklaering!, legalReview: { status: "gennemgaaet", reviewer: "Birthe Holm, advokat, Eksempel Advokater", date: "2026-11-20" }, reviewedVersion: templates.hensigtserklaering!.version };
    const text = await docxText(await renderDocx(buildModel(reviewed, exampleAnswers, { today })));
    expect(text).toContain("Skabelonens juridiske gennemgang: Juridisk gennemgået af Birthe Holm, advokat, Eksempel Advokater (20. november 2026).");
    expect(text).not.toContain("Ikke gennemgået");
  });

  it("every template that had a version 1 is at version 2 or later", () => {
    for (const id of ["hensigtserklaering", "fortrolighedsaftale", "samarbejdsaftale"]) expect(Number(templates[id]!.version.split(".")[0])).toBeGreaterThanOrEqual(2);
  });
});

describe("the læsevejledning and the warnings before download", () => {
  it("says that § 22 does not exempt a development the public parties pay in full and keep, and points to the tender routes", async () => {
    const answers = withAnswers((a) => ((a.rights.model = "offentlig-ejer"), paid(a, "fuldt")));
    const m = model("samarbejdsaftale", answers);
    expect(m.notes[0]).toMatchObject({ stop: true, title: "Aftalen er ikke undtaget fra udbud" });
    expect(m.notes[0]!.text).toMatch(/udbudsloven § 22.*gælder ikke.*udbud med forhandling.*innovationspartnerskab/s);
    await expectInBoth("samarbejdsaftale", answers, ["Aftalen er ikke undtaget fra udbud: De offentlige parter betaler hele udviklingen"]);
    for (const rights of ["delvis-aabenhed", "virksomhed-ejer", "fuld-aabenhed"] as const) {
      expect(model("samarbejdsaftale", withAnswers((a) => ((a.rights.model = rights), (a.rights.codeLicence = "mit"), paid(a, "fuldt")))).notes.some((note) => note.stop)).toBe(false);
    }
    expect(model("samarbejdsaftale", withAnswers((a) => ((a.rights.model = "offentlig-ejer"), paid(a, "delvis")))).notes.some((note) => note.stop)).toBe(false);
  });

  it("covers profylaktisk bekendtgørelse, statsstøtteregnskab, the grant letter, the legal basis and repayment when they apply", async () => {
    const answers = withAnswers((a) => (paid(a, "delvis"), (a.money.externalFunding = "Velfærdspuljen")));
    const guide = (await texts("samarbejdsaftale", answers)).docx.slice((await texts("samarbejdsaftale", answers)).docx.lastIndexOf("Læsevejledning"));
    for (const expected of ["profylaktisk bekendtgørelse", "lovbekendtgørelse nr. 593 af 2. juni 2016", "foreløbigt statsstøtteregnskab", "Vedlæg tilsagnsbrevet", "hjemmel til at deltage og til at betale", "tilbagebetaling af ubrugte midler", "forordning (EU) 2023/2831", "LBK nr. 230 af 29. februar 2024, § 14, stk. 5"]) {
      expect(guide).toContain(expected);
    }
    const unpaid = (await texts("samarbejdsaftale", exampleAnswers)).docx;
    expect(unpaid).not.toContain("profylaktisk bekendtgørelse");
    expect(unpaid).toContain("foreløbigt statsstøtteregnskab");
  });

  it("explains each annex after the clauses", async () => {
    const text = (await texts("samarbejdsaftale", exampleAnswers)).docx;
    const guide = text.slice(text.lastIndexOf("Læsevejledning"));
    for (const title of ["Bilag 1. Projektbeskrivelse", "Bilag 2. Bidrag og budget", "Bilag 3. Offentliggørelse og logbog"]) expect(guide).toContain(title);
  });
});

describe("the fortrolighedsaftale", () => {
  const oneWay = (role: "afgiver" | "modtager" | "begge" | undefined, disclosing: "virksomhed" | "offentlig" = "virksomhed", type: "offentlig-forskning" | "anden" = "offentlig-forskning") =>
    withAnswers((a) => {
      a.confidentiality.direction = "envejs";
      a.confidentiality.disclosingParty = disclosing;
      a.confidentiality.knowledgeRole = role;
      if (role) {
        a.parties.hasKnowledgeInstitution = true;
        a.parties.knowledge = knowledge;
        a.parties.knowledgeType = type;
      }
    });

  it("a mutual agreement: every party gives and receives, and the public party's access rules apply", async () => {
    await expectInBoth("fortrolighedsaftale", exampleAnswers, ["Aftalen er gensidig", "Ærø Sølund Kommune er omfattet af offentlighedsloven", "offentlighedsloven § 30, nr. 2"], ["Aftalen er envejs", "Bidrag:"]);
  });

  it.each([
    ["virksomhed", "Østergaard Velfærdsteknologi ApS (»den afgivende part«) giver fortrolige oplysninger til Ærø Sølund Kommune (»den modtagende part«)", true],
    ["offentlig", "Ærø Sølund Kommune (»den afgivende part«) giver fortrolige oplysninger til Østergaard Velfærdsteknologi ApS (»den modtagende part«)", false],
  ] as const)("one-way, disclosed by %s", async (disclosing, sentence, accessRules) => {
    await expectInBoth("fortrolighedsaftale", oneWay(undefined, disclosing), [sentence], accessRules ? [] : ["omfattet af offentlighedsloven"]);
    if (accessRules) await expectInBoth("fortrolighedsaftale", oneWay(undefined, disclosing), ["Ærø Sølund Kommune er omfattet af offentlighedsloven"]);
  });

  it.each([
    ["afgiver", "Østergaard Velfærdsteknologi ApS og Syddansk Forskningsinstitut for Ældre (hver for sig og tilsammen »den afgivende part«) giver fortrolige oplysninger til Ærø Sølund Kommune (»den modtagende part«)", "Ærø Sølund Kommune er omfattet af offentlighedsloven", ["Videninstitutionen er både"]],
    ["modtager", "Østergaard Velfærdsteknologi ApS (»den afgivende part«) giver fortrolige oplysninger til Ærø Sølund Kommune og Syddansk Forskningsinstitut for Ældre (hver for sig og tilsammen »den modtagende part«)", "Ærø Sølund Kommune og Syddansk Forskningsinstitut for Ældre er omfattet af offentlighedsloven", ["Videninstitutionen er både"]],
    ["begge", "Østergaard Velfærdsteknologi ApS og Syddansk Forskningsinstitut for Ældre (hver for sig og tilsammen »den afgivende part«) giver fortrolige oplysninger til Ærø Sølund Kommune og Syddansk Forskningsinstitut for Ældre", "Videninstitutionen er både afgivende og modtagende part", []],
  ] as const)("a knowledge institution that signs has a role: %s", async (role, roles, extra, absent) => {
    await expectInBoth("fortrolighedsaftale", oneWay(role), [roles, extra], [...absent]);
  });

  it("a private knowledge institution that receives is not said to be bound by offentlighedsloven", async () => {
    await expectInBoth("fortrolighedsaftale", oneWay("modtager", "offentlig", "anden"), [], ["omfattet af offentlighedsloven"]);
  });

  it.each([
    ["erstatning", 0, false],
    ["konventionalbod", 50000, true],
  ] as const)("sanction: %s", async (sanction, penalty, hasPenalty) => {
    const { docx, pdf } = await texts("fortrolighedsaftale", withAnswers((a) => ((a.confidentiality.sanction = sanction), (a.confidentiality.penalty = penalty))));
    for (const text of [body(docx), body(pdf)]) expect(text.includes("konventionalbod på 50.000 kr.")).toBe(hasPenalty);
  });

  it("keeps trade secrets confidential as long as they are secret, and holds only clauses that belong in a confidentiality agreement", async () => {
    const m = model("fortrolighedsaftale", exampleAnswers);
    expect(m.clauses.map((clause) => clause.id)).toEqual(["parter", "formaal", "fortrolige-oplysninger", "undtagelser", "offentlighedsloven", "brug-og-beskyttelse", "varighed", "tilbagelevering-og-sletning", "sanktioner", "tvister", "underskrifter"]);
    await expectInBoth("fortrolighedsaftale", exampleAnswers, ["gælder pligten til fortrolighed dog, så længe oplysningerne er forretningshemmeligheder", "Oplysningerne gives, som de er", "Parterne udveksler ikke personoplysninger efter denne aftale"], ["Bidrag:", "Viden om borgernes behov"]);
  });

  it("writes several parties in the plural", async () => {
    await expectInBoth("fortrolighedsaftale", withAnswers((a) => (a.parties.companies = [company("A ApS"), company("B A/S", "87654346")])), ["A ApS og B A/S kaldes hver for sig »en virksomhed« og tilsammen »virksomhederne«"]);
  });
});

describe("the hensigtserklæring", () => {
  it("names the parties before the purpose, states each party's contribution in its own words, and gives the dates once", async () => {
    const m = model("hensigtserklaering", exampleAnswers);
    expect(m.clauses.slice(0, 3).map((clause) => clause.id)).toEqual(["parter", "formaal", "bidrag"]);
    const { docx, pdf } = await texts("hensigtserklaering", exampleAnswers);
    for (const text of [body(docx), body(pdf)]) {
      expect(text.match(/1\. februar 2027/g)).toHaveLength(1);
      expect(squash(text)).toContain("Ærø Sølund Kommune: Viden om borgernes behov og adgang til test på to plejecentre.");
      expect(squash(text)).toContain("Parterne forventer, at projektet løber fra 1. februar 2027 til 31. januar 2028.");
    }
    expect(docx).toContain("31. marts 2027");
    expect(docx).toMatch(/bindende/);
  });
});

describe("the PDF", () => {
  it("holds the same content as selectable text with correct æøå, UDKAST, page numbers and the annexes", async () => {
    const pages = await pdfText(await renderPdf(model("samarbejdsaftale", exampleAnswers)));
    const all = pages.join("\n");
    for (const expected of ["OPI-samarbejdsaftale", "Ærø Sølund Kommune", "Østergaard Velfærdsteknologi ApS", "Bilag 1. Projektbeskrivelse", "Bilag 2. Bidrag og budget", "Læsevejledning"]) expect(all).toContain(expected);
    expect(pages.every((page) => page.includes("UDKAST"))).toBe(true);
    expect(pages.at(-1)).toContain(`Side ${pages.length} af ${pages.length}`);
  });
});

describe("the builders' words", () => {
  it("link every word a question explains to its definition in the ordliste", async () => {
    const ordliste = await readFile("content/pages/ordliste.mdx", "utf8");
    const ids = new Set([...ordliste.matchAll(/<Definition id="([^"]+)"/g)].map((match) => match[1]));
    const questions = [...Object.values(PARTY_QUESTIONS), ...Object.values(QUESTIONS).flatMap((section) => Object.values(section.fields))];
    const linked = questions.flatMap((question) => question.terms ?? []);
    expect(linked.sort()).toEqual(Object.keys(TERMS).sort());
    for (const term of Object.keys(TERMS)) expect(ids.has(term), `ordliste: ${term}`).toBe(true);
  });
});

describe("validation", () => {
  it("checks CVR with modulus 11 and EAN with the GS1 check digit", () => {
    expect(isValidCvr("12345674")).toBe(true);
    expect(isValidCvr("12345675")).toBe(false);
    expect(isValidCvr("1234567")).toBe(false);
    expect(isValidEan("5798000000001")).toBe(true);
    expect(isValidEan("5798000000002")).toBe(false);
  });

  it("names the party in every message about a party", () => {
    const result = validateDocument(
      "samarbejdsaftale",
      withAnswers((a) => {
        a.parties.publics[0]!.name = "";
        a.parties.companies = [company("A ApS"), { ...company("B A/S"), cvr: "12345675", signatoryName: "" }];
        a.parties.hasKnowledgeInstitution = true;
        a.parties.knowledge = { ...knowledge, address: "" };
        a.parties.knowledgeType = "anden";
      }) as never,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toMatchObject({
      "parties.publics.0.name": "Skriv den offentlige parts navn",
      "parties.companies.1.cvr": "Den 2. virksomheds CVR-nummer findes ikke: kontrolcifferet passer ikke. Tjek nummeret på cvr.dk",
      "parties.companies.1.signatoryName": "Skriv navnet på den 2. virksomheds underskriver",
      "parties.knowledge.address": "Skriv videninstitutionens adresse",
    });
    expect(result.step).toBe(0);
  });

  it("shows every problem of a step at once, the answers a choice needs among them", () => {
    expect(Object.keys(validateStep("fortrolighedsaftale", 2, { confidentiality: { direction: "envejs" } } as never)).sort()).toEqual([
      "confidentiality.disclosingParty",
      "confidentiality.sanction",
      "confidentiality.years",
    ]);
    expect(Object.keys(validateStep("samarbejdsaftale", 3, { money: { publicPays: "fuldt", externalFunding: "x".repeat(500) } } as never)).sort()).toEqual([
      "money.externalFunding",
      "money.paymentPlan",
      "money.price",
    ]);
    expect(Object.keys(validateStep("samarbejdsaftale", 3, { money: "ikke et objekt" } as never))).toEqual(["money"]);
  });

  it("asks for the EAN number of a public party that pays, and names that party", () => {
    const result = validateDocument("samarbejdsaftale", withAnswers((a) => (paid(a, "delvis"), (a.parties.publics = [a.parties.publics[0]!, { ...region, ean: undefined }]))) as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues["parties.publics.1.ean"]).toBe("Skriv den 2. offentlige parts EAN-nummer: den offentlige part betaler, og fakturaen sendes elektronisk til EAN-nummeret");
    expect(validateDocument("samarbejdsaftale", withAnswers((a) => (a.parties.publics[0]!.ean = undefined)) as never).ok).toBe(true);
  });

  it("requires the answers a chosen option needs, and nothing else", () => {
    const issues = (answers: Answers) => {
      const result = validateDocument("samarbejdsaftale", answers as never);
      return result.ok ? {} : result.issues;
    };
    expect(Object.keys(issues(withAnswers((a) => ((a.rights.model = "fuld-aabenhed"), (a.rights.codeLicence = undefined)))))).toEqual(["rights.codeLicence"]);
    expect(Object.keys(issues(withAnswers((a) => (a.rights.marketPriceMethod = undefined))))).toEqual(["rights.marketPriceMethod"]);
    expect(Object.keys(issues(withAnswers((a) => ((a.money.publicPays = "fuldt"), (a.money.price = 0)))))).toEqual(["money.price", "money.paymentPlan"]);
    expect(Object.keys(issues(withAnswers((a) => ((a.data.roles = undefined), (a.data.subjects = undefined)))))).toEqual(["data.roles", "data.subjects"]);
    expect(issues(withAnswers((a) => ((a.rights.model = "offentlig-ejer"), (a.rights.marketPriceMethod = undefined), (a.rights.publicationWhat = undefined))))).toEqual({});
  });

  it("never requires a field the builder marks (valgfri)", () => {
    for (const id of Object.keys(DOCUMENTS) as DocumentId[]) {
      for (const step of DOCUMENTS[id].steps) {
        if (step.section === "parties") {
          for (const group of ["publics", "companies"] as const) {
            for (const field of partyFieldsOf(step, group).filter((f) => PARTY_QUESTIONS[f]?.optional)) {
              const answers = withAnswers((a) => delete (a.parties[group][0] as Record<string, unknown>)[field]);
              expect(documentSchema(id).safeParse(answers).success, `${id} ${group} ${field}`).toBe(true);
            }
          }
          continue;
        }
        for (const field of (step.fields ?? Object.keys(QUESTIONS[step.section].fields)).filter((f) => QUESTIONS[step.section].fields[f]?.optional)) {
          const answers = withAnswers((a) => delete (a[step.section] as Record<string, unknown>)[field]);
          expect(documentSchema(id).safeParse(answers).success, `${id} ${step.section}.${field}`).toBe(true);
        }
      }
    }
  });

  it("gives no legal choice an answer in advance: a yes/no or a choice left unanswered is an error", () => {
    for (const [section, field] of [["project", "logbook"], ["procurement", "laterTender"], ["data", "personalData"], ["money", "publicPays"], ["rights", "model"]] as const) {
      const answers = withAnswers((a) => delete (a[section] as Record<string, unknown>)[field]);
      const result = validateDocument("samarbejdsaftale", answers as never);
      expect(result.ok, `${section}.${field}`).toBe(false);
    }
    const envejs = withAnswers((a) => ((a.confidentiality.direction = "envejs"), (a.confidentiality.disclosingParty = undefined)));
    expect(validateDocument("fortrolighedsaftale", envejs as never).ok).toBe(false);
    const knowledgeWithoutRole = withAnswers((a) => {
      a.confidentiality.direction = "envejs";
      a.confidentiality.disclosingParty = "virksomhed";
      a.parties.hasKnowledgeInstitution = true;
      a.parties.knowledge = knowledge;
      a.parties.knowledgeType = "anden";
    });
    const result = validateDocument("fortrolighedsaftale", knowledgeWithoutRole as never);
    expect(result.ok ? {} : result.issues).toEqual({ "confidentiality.knowledgeRole": "Vælg, om videninstitutionen giver eller modtager fortrolige oplysninger, eller begge dele" });
  });
});

describe("the template check (content:check)", () => {
  const base = () => structuredClone(templates.hensigtserklaering!) as Template;
  it("accepts the real templates", () => {
    for (const template of Object.values(templates)) expect(checkTemplate(template, template.id)).toEqual([]);
  });
  it("names a placeholder, a number choice, an annex and a condition it does not know", () => {
    const t = base();
    t.clauses[1]!.paragraphs.push({ text: "{{project.nope}} {{#kommuner en|flere}} {{annex.budget}}", when: 'rights.model == "alt"' });
    const messages = checkTemplate(t, t.id).map((p) => `${p.field}: ${p.message}`);
    expect(messages.some((m) => m.includes("{{project.nope}} findes ikke"))).toBe(true);
    expect(messages.some((m) => m.includes("{{#kommuner …}} tæller ikke noget kendt"))).toBe(true);
    expect(messages.some((m) => m.includes("{{annex.budget}} findes ikke"))).toBe(true);
    expect(messages.some((m) => m.includes('"rights.model" er ikke et felt i hensigtserklaering'))).toBe(true);
  });
  it("accepts a legal review only when it names the jurist, the date and this version, and not from the future", () => {
    const t = base();
    expect(t.legalReview).toEqual({ status: "ikke-gennemgaaet" });
    t.legalReview = { status: "gennemgaaet", reviewer: "Birthe Holm, advokat", date: "2026-11-20" };
    t.reviewedVersion = "1.9.0";
    expect(checkTemplate(t, t.id, "2026-12-01").map((p) => p.field)).toEqual(["reviewedVersion"]);
    t.reviewedVersion = undefined;
    expect(checkTemplate(t, t.id, "2026-12-01").map((p) => p.field)).toEqual(["reviewedVersion"]);
    t.reviewedVersion = t.version;
    expect(checkTemplate(t, t.id, "2026-12-01")).toEqual([]);
    t.legalReview = { status: "gennemgaaet", reviewer: "Birthe Holm, advokat", date: "2027-01-01" };
    expect(checkTemplate(t, t.id, "2026-12-01").map((p) => p.field)).toEqual(["legalReview.date"]);
    expect(templateSchema.safeParse({ ...t, legalReview: { status: "gennemgaaet" } }).success).toBe(false);
    expect(templateSchema.safeParse({ ...t, legalReview: undefined }).success).toBe(false);
  });
});

describe("one answer set for every document", () => {
  const upload = uploadToBuilder;
  const download = downloadDocument;

  it("every DOCX carries the whole set, so uploading a hensigtserklæring restores the samarbejdsaftale complete", async () => {
    const docx = await download("hensigtserklaering", "docx", exampleAnswers);
    const embedded = await readEmbeddedAnswers(docx);
    expect(embedded).toMatchObject({ document: "hensigtserklaering", answersVersion: ANSWERS_VERSION });
    expect((embedded!.answers as Answers).rights.model).toBe("delvis-aabenhed");
    expect((embedded!.answers as Answers).data.subjects).toBe(exampleAnswers.data.subjects);
    const restored = await upload("samarbejdsaftale", "erklæring.docx", docx);
    expect(restored.step).toBe(DOCUMENTS.samarbejdsaftale.steps.length);
    expect(documentSchema("samarbejdsaftale").parse(restored.answers)).toEqual(documentSchema("samarbejdsaftale").parse(exampleAnswers));
    expect(restored.notice).toContain("Ændringer, du har lavet i selve Word-teksten, bliver ikke læst ind");
  });

  it("the saved answers file restores every answer too, and says the Word text is not read back", async () => {
    const json = await download("fortrolighedsaftale", "json", exampleAnswers);
    expect(JSON.parse(new TextDecoder().decode(json))).toMatchObject({ format: "opi-guiden-svar", answersVersion: ANSWERS_VERSION });
    const restored = await upload("samarbejdsaftale", "svar.json", json);
    expect(restored.step).toBe(DOCUMENTS.samarbejdsaftale.steps.length);
    expect(restored.notice).toMatch(/^Dine svar er hentet fra svar\.json\. Ændringer, du har lavet i selve Word-teksten, bliver ikke læst ind/);
  });

  it("leaves out of a file what is not a valid answer", async () => {
    const docx = await download("hensigtserklaering", "docx", { ...exampleAnswers, rights: { model: "noget-andet", codeLicence: "mit" }, ekstra: { x: 1 } });
    const answers = (await readEmbeddedAnswers(docx))!.answers as Record<string, Record<string, unknown>>;
    expect(answers.rights).toEqual({ codeLicence: "mit" });
    expect(answers).not.toHaveProperty("ekstra");
  });

  it.each(["samarbejdsaftale", "hensigtserklaering", "fortrolighedsaftale"] as const)("a %s made by template version 1.0.0 still resumes, migrated, and the notice says what changed", async (made) => {
    const bytes = new Uint8Array(await readFile(`tests/fixtures/agreements/1.0.0/${made}.docx`));
    const embedded = await readEmbeddedAnswers(bytes);
    expect(embedded).toMatchObject({ document: made, templateVersion: "1.0.0" });
    expect(embedded).not.toHaveProperty("answersVersion");
    const restored = await upload(made, `${made}.docx`, bytes);
    const parties = restored.answers.parties!;
    expect(parties.publics?.[0]?.name).toBe("Ærø Sølund Kommune");
    expect(parties).not.toHaveProperty("public");
    expect(parties.companies?.map((c) => c.name)).toEqual(["Østergaard Velfærdsteknologi ApS", "Brødrene Sørensen A/S"]);
    expect(parties.knowledge?.name).toBe("Syddansk Forskningsinstitut for Ældre");
    expect(restored.notice).toContain("En aftale kan nu have flere offentlige parter");
    expect(restored.notice).toContain(`Skabelonen er opdateret fra version 1.0.0 til ${templates[made]!.version}. Det er nyt: `);
    expect(restored.notice).toContain(templates[made]!.changes[0]!.text[0]);
    expect(restored.notice).toContain("Ændringer, du har lavet i selve Word-teksten, bliver ikke læst ind");
    expect(restored.errors).toEqual({});
  });

  it("the saved answers file of version 1.0.0 still resumes every answer", async () => {
    const bytes = new Uint8Array(await readFile("tests/fixtures/agreements/1.0.0/svar.json"));
    const restored = await upload("fortrolighedsaftale", "svar.json", bytes);
    expect(restored.answers.parties?.publics?.[0]?.cvr).toBe("12345674");
    expect(restored.answers.confidentiality).toMatchObject({ direction: "envejs", disclosingParty: "virksomhed", sanction: "konventionalbod", penalty: 50000 });
    expect(restored.answers.money).toMatchObject({ publicPays: "delvis", externalFunding: "Velfærdspuljen, 400.000 kr." });
    expect(restored.notice).toContain("En aftale kan nu have flere offentlige parter");
    // A one-way NDA with a knowledge institution now asks the institution's role: the builder opens on that step.
    expect(restored.step).toBe(DOCUMENTS.fortrolighedsaftale.steps.findIndex((s) => s.section === "parties"));
  });

  it("migrates stored answers the same way in the browser, and leaves current answers alone", () => {
    const v1 = { parties: { public: { name: "A Kommune" }, companies: [{ name: "B ApS" }] } };
    expect(migrateAnswers(v1)).toMatchObject({ from: 1, answers: { parties: { publics: [{ name: "A Kommune" }], companies: [{ name: "B ApS" }] } } });
    expect(parseAnswers(JSON.stringify(v1)).parties?.publics?.[0]?.name).toBe("A Kommune");
    const v2 = { parties: { publics: [{ name: "A Kommune" }] } };
    expect(migrateAnswers(v2)).toEqual({ answers: v2, from: 2, changes: [] });
  });

  it("answers are absent from a file made without them", async () => {
    expect(await readEmbeddedAnswers(await docxOf("samarbejdsaftale", exampleAnswers))).toBeNull();
    expect(await readEmbeddedAnswers(new TextEncoder().encode("ikke en docx"))).toBeNull();
  });
});

describe("a hostile upload", () => {
  it("is not unpacked when a part would grow beyond 1 MB", async () => {
    const zip = new JSZip();
    // Valid answers padded with whitespace: without the size limit they would be read back.
    const payload = Buffer.from(JSON.stringify({ document: "samarbejdsaftale", templateVersion: "1.0.0", answers: exampleAnswers })).toString("base64");
    zip.file("customXml/item1.xml", `<svar xmlns="https://opi-guiden.dk/svar/1">${payload}${" ".repeat(3 * 1024 * 1024)}</svar>`);
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    expect(await readEmbeddedAnswers(bomb)).toBeNull();
  });
});
