// The multipart parser Next.js reads a server action's fetch body with (next/dist/compiled/busboy), typed as far
// as lib/guard/body.ts uses it.
declare module "next/dist/compiled/busboy" {
  import type { Writable, Readable } from "node:stream";
  import type { IncomingHttpHeaders } from "node:http";
  interface Info {
    encoding: string;
    mimeType: string;
  }
  interface Busboy extends Writable {
    on(event: "field", listener: (name: string, value: string, info: Info & { nameTruncated: boolean; valueTruncated: boolean }) => void): this;
    on(event: "file", listener: (name: string, stream: Readable, info: Info & { filename: string }) => void): this;
    on(event: "close" | "finish", listener: () => void): this;
    on(event: "error", listener: (error: unknown) => void): this;
  }
  function busboy(options: { headers: IncomingHttpHeaders | Record<string, string | string[]>; defParamCharset?: string; limits?: { fieldSize?: number } }): Busboy;
  export = busboy;
}
