import { expect, it } from "vitest";
import { lix } from "@/lib/content/readability";

it("computes LIX as words per sentence plus the percentage of long words", () => {
  // 12 words, 2 sentences, 3 words longer than six letters (processen, skriver, sætninger): 12/2 + 100*3/12 = 31.
  expect(lix("Du kan læse om processen her. Vi skriver korte sætninger til dig.")).toEqual({ score: 31, words: 12, sentences: 2 });
});

it("treats each line as the end of a sentence, so lists and headings do not run together", () => {
  expect(lix("Behov\nMarked\nPartnere").sentences).toBe(3);
});

it("scores every real page as the letter-anchored pattern did, with a reading whose work grows only with the text", async () => {
  // The former pattern: correct, but it backtracked over every start in a long run of digits or dots (quadratic).
  const former = (text: string) => {
    const words = text.match(/[\p{L}\p{N}§-]*\p{L}[\p{L}\p{N}§-]*/gu) ?? [];
    const ends = text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => /\p{L}/u.test(line))
      .reduce((count, line) => count + Math.max(1, (line.match(/[.!?:;]+(?=\s|$)/g) ?? []).length + (/[.!?:;]$/.test(line) ? 0 : 1)), 0);
    return { words: words.length, sentences: words.length ? Math.max(1, ends) : 0 };
  };
  const { loadContent } = await import("@/lib/content/load");
  const { entries } = await loadContent("content");
  const samples = [...entries.map((entry) => entry.facts.text), "2026 blev 12345 til 1-2-3 og §§ 4-5... Slut!!! ok?:\nA1 b2 ... c3. 100 %"];
  for (const text of samples) {
    const { words, sentences } = lix(text);
    expect({ words, sentences }).toEqual(former(text));
  }
  expect(lix(`${"1".repeat(50_000)} ${".".repeat(50_000)}`)).toEqual({ score: 0, words: 0, sentences: 0 });
});
