/**
 * Example answers: they feed the "Prøv med et eksempel" button, the unit tests of the generated documents
 * and the e2e download tests. The organisations are made up; the names carry æ, ø and å on purpose.
 */
import type { Answers } from "./answers";

export const exampleAnswers: Answers = {
  parties: {
    public: {
      name: "Ærø Sølund Kommune",
      cvr: "12345674",
      ean: "5798000000001",
      address: "Rådhuspladsen 1, 5970 Ærøskøbing",
      signatoryName: "Søren Ågård",
      signatoryTitle: "Direktør for Sundhed og Omsorg",
      hours: 400,
      inKind: "Adgang til to plejecentre og deres medarbejdere",
      cash: 0,
      contribution: "Viden om borgernes behov og adgang til test på to plejecentre",
    },
    companies: [
      {
        name: "Østergaard Velfærdsteknologi ApS",
        cvr: "87654338",
        ean: undefined,
        address: "Fabriksvej 12, 8000 Aarhus C",
        signatoryName: "Åse Østergaard",
        signatoryTitle: "Administrerende direktør",
        hours: 900,
        inKind: "Prototyper og udstyr til testen",
        cash: 150000,
        contribution: "Udvikling af prototypen og teknisk support under testen",
      },
    ],
    hasKnowledgeInstitution: false,
    knowledge: undefined,
  },
  project: {
    title: "Færre fald i eget hjem",
    need: "Ældre borgere falder i eget hjem, og faldet opdages ofte sent.",
    purpose: "At udvikle og afprøve en løsning, der opdager fald uden kamera.",
    citizenValue: "Borgeren får hurtigere hjælp efter et fald og føler sig mere tryg.",
    publicValue: "Færre akutte besøg og indlæggelser efter fald.",
    companyValue: "Virksomheden får et afprøvet produkt og viden om brugernes behov.",
    scope: "Parterne udvikler en sensorløsning og tester den hos 20 borgere i seks måneder.",
    milestones: "Prototype klar 1. maj 2027. Test afsluttet 1. november 2027.",
    testSites: "Plejecenter Solhøj og Plejecenter Åparken",
    start: "2027-02-01",
    end: "2028-01-31",
    logbook: true,
  },
  collaboration: {
    steeringGroup: "En leder fra hver part",
    meetingRhythm: "Hver anden uge",
    decisions: "Styregruppen træffer beslutninger i enighed",
  },
  money: { publicPays: "nej", externalFunding: undefined },
  rights: { model: "delvis-aabenhed", licenceTerms: undefined },
  procurement: { laterTender: true },
  data: { personalData: true, dataDescription: "Navne og oplysninger om fald hos de borgere, der deltager i testen" },
  confidentiality: { direction: "gensidig", disclosingParty: "virksomhed", years: 3, sanction: "erstatning", penalty: 0 },
  intent: { nextSteps: "Parterne mødes i januar 2027 og forhandler en OPI-samarbejdsaftale.", validUntil: "2027-03-31" },
  terms: { noticeMonths: 1, disputes: "domstole", liabilityCap: 500000 },
};
