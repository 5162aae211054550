/**
 * Reads parts of an uploaded ZIP file (a DOCX is one) without trusting what the file says about itself. A ZIP states
 * each part's size, but a hostile file can state 100 bytes for a part that inflates to gigabytes. Here every part is
 * inflated as a stream through a byte counter that stops it the moment it passes its limit, and all parts of one upload
 * share a second limit; the number of entries is bounded too. Declared sizes are never used to decide anything.
 *
 * Supported: the ZIP files Word, LibreOffice and our own generator write (stored or deflated parts, no ZIP64, no
 * encryption). Anything else is refused as damaged or unsupported; nothing here throws past readZipEntries' promise
 * except ZipError for a file that is not a ZIP at all.
 */
import { crc32, createInflateRaw } from "node:zlib";

export interface UnzipLimits {
  /** Entries in the central directory at most (a DOCX has a few dozen). */
  maxEntries: number;
  /** Bytes one part may inflate to. */
  maxEntryBytes: number;
  /** Bytes all parts read from one upload may inflate to together. */
  maxTotalBytes: number;
}

export type PartProblem = "too-large" | "damaged" | "unsupported";

export interface ZipPart {
  name: string;
  /** The part's bytes, when it could be read within the limits. */
  data?: Buffer;
  problem?: PartProblem;
}

export interface UnzipResult {
  parts: ZipPart[];
  /** Bytes actually produced for this upload (inflated, or copied for stored parts), stopped parts included. */
  inflatedBytes: number;
}

export class ZipError extends Error {
  constructor(readonly reason: "not-zip" | "too-many-entries" | "unsupported") {
    super(`ZIP file refused: ${reason}`);
    this.name = "ZipError";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Output is counted per chunk, so a part stops at most this far past its limit. */
const CHUNK = 16 * 1024;

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  crc: number;
  localOffset: number;
}

/** The entries the central directory lists, bounded by limits.maxEntries. */
export function listZipEntries(bytes: Uint8Array, limits: Pick<UnzipLimits, "maxEntries">): CentralEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new ZipError("not-zip");
  const total = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (total === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipError("unsupported");
  if (total > limits.maxEntries) throw new ZipError("too-many-entries");
  if (offset + size > eocd) throw new ZipError("not-zip");

  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < total; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw new ZipError("not-zip");
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > eocd) throw new ZipError("not-zip");
    entries.push({
      name: Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString("utf8"),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Reads the parts whose names `wanted` accepts, in the order the file lists them. A part over its limit, damaged or in
 * an unsupported form comes back with a problem instead of data; once the upload's limit is spent, the remaining
 * parts come back as too large without being inflated at all.
 */
export async function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, limits: UnzipLimits): Promise<UnzipResult> {
  const entries = listZipEntries(bytes, limits).filter((entry) => wanted(entry.name));
  const parts: ZipPart[] = [];
  let inflatedBytes = 0;
  for (const entry of entries) {
    const budget = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - inflatedBytes);
    if (budget <= 0) {
      parts.push({ name: entry.name, problem: "too-large" });
      continue;
    }
    const data = compressedData(bytes, entry);
    if (!data) {
      parts.push({ name: entry.name, problem: entry.flags & 1 ? "unsupported" : "damaged" });
      continue;
    }
    if (entry.method === 0) {
      // Stored: the bytes are the part itself, copied only when they fit.
      if (data.byteLength > budget) {
        parts.push({ name: entry.name, problem: "too-large" });
      } else {
        inflatedBytes += data.byteLength;
        parts.push(checked(entry, Buffer.from(data)));
      }
      continue;
    }
    if (entry.method !== 8) {
      parts.push({ name: entry.name, problem: "unsupported" });
      continue;
    }
    const result = await inflateWithin(data, budget);
    inflatedBytes += result.produced;
    parts.push(result.data ? checked(entry, result.data) : { name: entry.name, problem: result.problem });
  }
  return { parts, inflatedBytes };
}

/** A part whose checksum does not match is damaged (or altered by hand): never handed on. */
function checked(entry: CentralEntry, data: Buffer): ZipPart {
  return crc32(data) >>> 0 === entry.crc ? { name: entry.name, data } : { name: entry.name, problem: "damaged" };
}

/** The compressed bytes of an entry, found through its local header; undefined when they lie outside the file. */
function compressedData(bytes: Uint8Array, entry: CentralEntry): Uint8Array | undefined {
  if (entry.flags & 1) return undefined; // encrypted
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) return undefined;
  return bytes.subarray(start, end);
}

/** Inflates through a byte counter; stops the inflater as soon as the output passes `limit`. */
function inflateWithin(data: Uint8Array, limit: number): Promise<{ data?: Buffer; problem?: PartProblem; produced: number }> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: CHUNK });
    const chunks: Buffer[] = [];
    let produced = 0;
    let settled = false;
    const settle = (result: { data?: Buffer; problem?: PartProblem }) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, produced });
    };
    inflater.on("data", (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > limit) {
        inflater.destroy();
        settle({ problem: "too-large" });
        return;
      }
      chunks.push(chunk);
    });
    inflater.on("end", () => settle({ data: Buffer.concat(chunks, produced) }));
    inflater.on("error", () => settle({ problem: "damaged" }));
    inflater.on("close", () => settle({ problem: "damaged" }));
    inflater.end(data);
  });
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  // A comment whose stated length does not reach the end: accept the last signature found.
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}
