/**
 * The answers travel inside every generated DOCX as a Custom XML part, which Word keeps when the file is
 * edited and saved. Uploading the file later restores the answers: no account, nothing stored on a server.
 */
import type { File } from "docx";
import { readZipEntries, type ZipPart } from "@/lib/files/unzip";
import { answersTextProblem, type AnswersProblem } from "./bounds";

export const ANSWERS_NAMESPACE = "https://opi-guiden.dk/svar/1";

export interface EmbeddedAnswers {
  document: string;
  templateVersion: string;
  /** The shape of the answers (see ANSWERS_VERSION); absent in files made before it was recorded, which are version 1. */
  answersVersion?: number;
  /** The whole answer set, also the sections this document does not ask. */
  answers: unknown;
}

const ITEM = "customXml/opiGuidenSvar.xml";
const PROPS = "customXml/opiGuidenSvarProps.xml";

/** The answers as the Custom XML part holds them: JSON in base64, so no answer can break the XML around it. */
export const encodeAnswers = (payload: EmbeddedAnswers): string => Buffer.from(JSON.stringify(payload), "utf8").toString("base64");

/**
 * Adds the answers (from `encodeAnswers`) to a document before it is packed: a relationship from the main part, a
 * content type for the properties part, and the three files, which `Packer` writes in the same pass as the rest.
 */
export function addAnswers(document: File, encoded: string): { path: string; data: string }[] {
  document.Document.Relationships.addRelationship("OpiGuidenSvar", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml", `../${ITEM}`);
  document.ContentTypes.addOverride("application/vnd.openxmlformats-officedocument.customXmlProperties+xml", `/${PROPS}`);
  return [
    { path: ITEM, data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<svar xmlns="${ANSWERS_NAMESPACE}" format="json-base64">${encoded}</svar>` },
    {
      path: PROPS,
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem ds:itemID="{6F1B5B0E-5C3A-4B8E-9C55-0B1D0E7A6A11}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${ANSWERS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    },
    {
      path: "customXml/_rels/opiGuidenSvar.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="opiGuidenSvarProps.xml"/></Relationships>`,
    },
  ];
}

/**
 * Finds the answers in a DOCX, also after Word has renamed the parts (it numbers them item1.xml, item2.xml …).
 * Returns null for anything that is not a DOCX from OPI-guiden, and the problem when the answers it holds are too
 * deep, too long or too many to read (see bounds.ts); never throws on bad input.
 */
export async function inspectEmbeddedAnswers(file: Uint8Array): Promise<EmbeddedAnswers | { problem: AnswersProblem } | null> {
  let parts: ZipPart[];
  try {
    // A hostile file can pack gigabytes into a few kilobytes and state any size: the parts are inflated through a
    // byte counter that stops at 1 MB a part and 4 MB a file.
    ({ parts } = await readZipEntries(file, (name) => /^customXml\/[^/]+\.xml$/.test(name) && !/props/i.test(name), ANSWER_PART_LIMITS));
  } catch {
    return null;
  }
  let problem: AnswersProblem | undefined;
  for (const part of parts) {
    const xml = part.data?.toString("utf8");
    if (!xml?.includes(ANSWERS_NAMESPACE)) continue;
    // [^<>] rather than [^>]: a part full of "<svar" and no ">" would make the search quadratic.
    const match = /<svar\b[^<>]*>([A-Za-z0-9+/=\s]+)<\/svar>/.exec(xml);
    if (!match?.[1]) continue;
    const json = Buffer.from(match[1].replace(/\s/g, ""), "base64").toString("utf8");
    // Bounded before it is parsed: nesting a parse or a later stringify cannot walk is refused here.
    problem = answersTextProblem(json);
    if (problem) continue;
    try {
      const parsed = JSON.parse(json) as Partial<EmbeddedAnswers>;
      if (typeof parsed.document === "string" && typeof parsed.templateVersion === "string" && parsed.answers && typeof parsed.answers === "object") {
        return {
          document: parsed.document,
          templateVersion: parsed.templateVersion,
          ...(typeof parsed.answersVersion === "number" ? { answersVersion: parsed.answersVersion } : {}),
          answers: parsed.answers,
        };
      }
    } catch {
      // Damaged part: treat as not found.
    }
  }
  return problem ? { problem } : null;
}

/** The answers in a DOCX, or null when there are none it can read (see inspectEmbeddedAnswers). */
export async function readEmbeddedAnswers(file: Uint8Array): Promise<EmbeddedAnswers | null> {
  const found = await inspectEmbeddedAnswers(file);
  return found && !("problem" in found) ? found : null;
}

export const ANSWER_PART_LIMITS = { maxEntries: 2000, maxEntryBytes: 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 };
