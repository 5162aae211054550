/**
 * The ZIP container of a .docx: the parts, each compressed with DEFLATE, in the order given. Compression runs in
 * Node's native zlib, and a part that never changes can be compressed once and reused (see `compressPart`).
 * The layout is the plain one docx itself writes: sizes and CRC in every local header, no data descriptors, no ZIP64.
 */
import { crc32, deflateRawSync } from "node:zlib";

export interface CompressedPart {
  path: string;
  crc: number;
  size: number;
  data: Buffer;
}

const encoder = new TextEncoder();

export function compressPart(path: string, content: string | Uint8Array): CompressedPart {
  const bytes = typeof content === "string" ? encoder.encode(content) : content;
  return { path, crc: crc32(bytes), size: bytes.length, data: deflateRawSync(bytes) };
}

/** MS-DOS date and time, as ZIP headers store them (local time, two-second steps). */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

export function zipParts(parts: readonly CompressedPart[], modified: Date): Buffer {
  const { time, day } = dosDateTime(modified);
  const names = parts.map((part) => Buffer.from(part.path, "utf8"));
  const localSize = parts.reduce((sum, part, i) => sum + 30 + names[i]!.length + part.data.length, 0);
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = Buffer.alloc(localSize + centralSize + 22);
  // Bit 11 marks UTF-8 names; every name here is ASCII, so no flags are set.
  const header = (at: number, signature: number, part: CompressedPart, name: Buffer): number => {
    out.writeUInt32LE(signature, at);
    let o = at + 4;
    if (signature === 0x02014b50) o = out.writeUInt16LE(20, o); // version made by
    o = out.writeUInt16LE(20, o); // version needed: 2.0, DEFLATE
    o = out.writeUInt16LE(0, o); // flags
    o = out.writeUInt16LE(8, o); // method: DEFLATE
    o = out.writeUInt16LE(time, o);
    o = out.writeUInt16LE(day, o);
    o = out.writeUInt32LE(part.crc, o);
    o = out.writeUInt32LE(part.data.length, o);
    o = out.writeUInt32LE(part.size, o);
    o = out.writeUInt16LE(name.length, o);
    o = out.writeUInt16LE(0, o); // extra field length
    return o;
  };
  let offset = 0;
  const offsets: number[] = [];
  parts.forEach((part, i) => {
    offsets.push(offset);
    const name = names[i]!;
    const o = header(offset, 0x04034b50, part, name);
    name.copy(out, o);
    part.data.copy(out, o + name.length);
    offset = o + name.length + part.data.length;
  });
  const centralStart = offset;
  parts.forEach((part, i) => {
    const name = names[i]!;
    let o = header(offset, 0x02014b50, part, name);
    o = out.writeUInt16LE(0, o); // comment length
    o = out.writeUInt16LE(0, o); // disk number
    o = out.writeUInt16LE(0, o); // internal attributes
    o = out.writeUInt32LE(0, o); // external attributes
    o = out.writeUInt32LE(offsets[i]!, o);
    name.copy(out, o);
    offset = o + name.length;
  });
  let o = out.writeUInt32LE(0x06054b50, offset);
  o = out.writeUInt16LE(0, o); // this disk
  o = out.writeUInt16LE(0, o); // disk with the central directory
  o = out.writeUInt16LE(parts.length, o);
  o = out.writeUInt16LE(parts.length, o);
  o = out.writeUInt32LE(offset - centralStart, o);
  o = out.writeUInt32LE(centralStart, o);
  out.writeUInt16LE(0, o); // comment length
  return out;
}
