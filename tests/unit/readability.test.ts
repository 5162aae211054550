import { expect, it } from "vitest";
import { lix } from "@/lib/content/readability";

it("computes LIX as words per sentence plus the percentage of long words", () => {
  // 12 words, 2 sentences, 3 words longer than six letters (processen, skriver, sætninger): 12/2 + 100*3/12 = 31.
  expect(lix("Du kan læse om processen her. Vi skriver korte sætninger til dig.")).toEqual({ score: 31, words: 12, sentences: 2 });
});

it("treats each line as the end of a sentence, so lists and headings do not run together", () => {
  expect(lix("Behov\nMarked\nPartnere").sentences).toBe(3);
});
