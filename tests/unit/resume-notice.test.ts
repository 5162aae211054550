import { describe, expect, it } from "vitest";
import { agreementStep } from "@/components/tools/agreement/actions";
import type { FlowState } from "@/lib/agreements/form";
import { ANSWERS_NAMESPACE } from "@/lib/agreements/embed";
import { exampleAnswers } from "@/lib/agreements/examples";
import { compressPart, zipParts } from "@/lib/docx/zip";
import { visibleText } from "@/lib/format";

/** Every character that may reorder or hide text: controls (C0, C1), format characters (direction marks, embeddings, overrides, isolates, zero-width), line separators. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

const draftWith = (templateVersion: string) => {
  const payload = Buffer.from(JSON.stringify({ document: "samarbejdsaftale", templateVersion, answers: exampleAnswers })).toString("base64");
  return zipParts([compressPart("customXml/item1.xml", `<svar xmlns="${ANSWERS_NAMESPACE}" format="json-base64">${payload}</svar>`)], new Date("2026-11-23T12:00:00"));
};

async function resume(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const form = new FormData();
  form.set("document", "samarbejdsaftale");
  form.set("intent", "resume");
  form.set("file", new File([new Uint8Array(bytes)], name));
  const initial: FlowState = { document: "samarbejdsaftale", step: 0, answers: {}, errors: {}, revision: 0 };
  return (await agreementStep(initial, form)).notice;
}

describe("the resume notice", () => {
  it("shows neither control nor direction characters from the file name", async () => {
    const notice = await resume(draftWith("1.0.0"), "udkast\u202Excod.docx\u0000\u200E\u2066\u061C\u0085\r\n");
    expect(notice).toMatch(/^Dine svar er hentet fra udkastxcod\.docx\. /);
    expect(notice).not.toMatch(UNSAFE);
  });

  it("never repeats a version from the file that is not a version", async () => {
    const wordText = "Ændringer, du har lavet i selve Word-teksten, bliver ikke læst ind: kun svarene, som OPI-guiden har gemt i filen.";
    for (const version of ['0-<img src=x onerror="alert(1)">', "1.0.0\u202E", "1.0.0 – ring til 12345678", "99999.0.0"]) {
      const notice = await resume(draftWith(version), "udkast.docx");
      expect(notice, version).toBe(`Dine svar er hentet fra udkast.docx. Skabelonen kan være ændret, siden filen blev lavet: læs udkastet igennem igen. ${wordText}`);
      expect(notice).not.toMatch(UNSAFE);
    }
    const older = await resume(draftWith("0.9.0"), "udkast.docx");
    expect(older).toMatch(/^Dine svar er hentet fra udkast\.docx\. Skabelonen er opdateret fra version 0\.9\.0 til 2\.0\.0\. Det er nyt: .* Læs udkastet igennem igen\. /);
    expect(older?.endsWith(wordText)).toBe(true);
  });
});

describe("visibleText", () => {
  it("keeps letters, digits, punctuation and symbols, turns any space into one space, and cuts at a number of characters", () => {
    expect(visibleText("Færre fald – 😀 «citat» 100 %", 100)).toBe("Færre fald – 😀 «citat» 100 %");
    expect(visibleText("a\t\n\u00a0\u2003b", 10)).toBe("a b");
    expect(visibleText("\u202Egnp.exe\u202C", 10)).toBe("gnp.exe");
    expect(visibleText("\ud800x\udfff\ue000y", 10)).toBe("xy");
    expect(visibleText("😀".repeat(5), 3)).toBe("😀😀😀…");
  });
});
