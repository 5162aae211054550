import { describe, expect, it } from "vitest";
import { constants, createDeflateRaw, crc32 } from "node:zlib";
import { compressPart, zipParts, type CompressedPart } from "@/lib/docx/zip";
import { listZipEntries, readZipEntries, ZipError } from "@/lib/files/unzip";
import { ANSWER_PART_LIMITS, ANSWERS_NAMESPACE, readEmbeddedAnswers } from "@/lib/agreements/embed";
import { exampleAnswers } from "@/lib/agreements/examples";

const MB = 1024 * 1024;
const limits = { maxEntries: 100, maxEntryBytes: MB, maxTotalBytes: 4 * MB };
const zip = (parts: CompressedPart[]) => zipParts(parts, new Date("2026-11-23T12:00:00"));

/** A part of `size` bytes of "A", deflated as a stream so the test never holds the inflated bytes. */
async function deflatedRun(path: string, size: number): Promise<CompressedPart> {
  const deflater = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const chunks: Buffer[] = [];
  deflater.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflater.on("end", resolve));
  const block = Buffer.alloc(MB, "A");
  let crc = 0;
  for (let written = 0; written < size; written += block.length) {
    const piece = block.subarray(0, Math.min(block.length, size - written));
    crc = crc32(piece, crc);
    if (!deflater.write(piece)) await new Promise((resolve) => deflater.once("drain", resolve));
  }
  deflater.end();
  await done;
  return { path, crc, size, data: Buffer.concat(chunks) };
}

/** Rewrites the uncompressed size a ZIP states for every part, in the local headers and the central directory. */
function lieAboutSizes(file: Buffer, stated: number): Buffer {
  const out = Buffer.from(file);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50) out.writeUInt32LE(stated, at + 22);
    if (signature === 0x02014b50) out.writeUInt32LE(stated, at + 24);
  }
  return out;
}

const answersXml = (padding: number) => {
  const payload = Buffer.from(JSON.stringify({ document: "samarbejdsaftale", templateVersion: "1.0.0", answers: exampleAnswers })).toString("base64");
  const xml = `<svar xmlns="${ANSWERS_NAMESPACE}">${payload}</svar>`;
  return xml + " ".repeat(Math.max(0, padding - Buffer.byteLength(xml)));
};

describe("an uploaded ZIP", () => {
  it("is bounded by the bytes actually inflated, not by the sizes it states", async () => {
    // 50 MB of inflated text in about 50 KB, stating 100 bytes per part.
    const bomb = lieAboutSizes(zip([await deflatedRun("customXml/item1.xml", 50 * MB)]), 100);
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    const result = await readZipEntries(bomb, () => true, limits);
    expect(result.parts).toEqual([{ name: "customXml/item1.xml", problem: "too-large" }]);
    // The inflater stopped within one output chunk of the limit, far from the 50 MB it holds.
    expect(result.inflatedBytes).toBeGreaterThan(MB);
    expect(result.inflatedBytes).toBeLessThanOrEqual(MB + 64 * 1024);
    await expect(readEmbeddedAnswers(bomb)).resolves.toBeNull();
  }, 30_000);

  it("shares one limit between all parts of an upload", async () => {
    const parts = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => deflatedRun(`customXml/item${n}.xml`, MB - 10)));
    const result = await readZipEntries(lieAboutSizes(zip(parts), 100), () => true, limits);
    expect(result.parts.map((part) => part.problem ?? "read")).toEqual(["read", "read", "read", "read", "too-large", "too-large"]);
    // The fifth part starts with 40 bytes of budget left and stops after its first output chunk.
    expect(result.inflatedBytes).toBeLessThanOrEqual(4 * MB + 16 * 1024);
  });

  it("reads an honest part of exactly the limit and refuses one byte more", async () => {
    const atLimit = zip([compressPart("customXml/item1.xml", answersXml(ANSWER_PART_LIMITS.maxEntryBytes))]);
    const overLimit = zip([compressPart("customXml/item1.xml", answersXml(ANSWER_PART_LIMITS.maxEntryBytes + 1))]);
    expect((await readEmbeddedAnswers(atLimit))?.document).toBe("samarbejdsaftale");
    expect(await readEmbeddedAnswers(overLimit)).toBeNull();
    expect((await readZipEntries(overLimit, () => true, ANSWER_PART_LIMITS)).parts[0]?.problem).toBe("too-large");
  });

  it("refuses a file with more entries than the limit, a damaged part and a file that is no ZIP, and readEmbeddedAnswers never throws", async () => {
    const many = zip(Array.from({ length: 101 }, (_, i) => compressPart(`word/media/image${i}.png`, "x")));
    expect(() => listZipEntries(many, limits)).toThrow(ZipError);
    await expect(readEmbeddedAnswers(zip(Array.from({ length: 2001 }, (_, i) => compressPart(`customXml/item${i}.xml`, answersXml(0)))))).resolves.toBeNull();

    const good = zip([compressPart("customXml/item1.xml", answersXml(0))]);
    const damaged = Buffer.from(good);
    damaged[60] = damaged[60]! ^ 0xff; // a byte of the deflated data (the local header and name take 49)
    expect((await readZipEntries(damaged, () => true, limits)).parts[0]?.problem).toBe("damaged");

    for (const bytes of [new Uint8Array(0), new TextEncoder().encode("PK\x05\x06 ikke en zip"), good.subarray(0, good.length - 10), good.subarray(30)]) {
      await expect(readEmbeddedAnswers(bytes)).resolves.toBeNull();
    }
  });
});
