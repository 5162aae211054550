/**
 * What a text typed into a form may hold, so that every document can be written with it. Pure and zod-free:
 * the server validates answers with it (lib/text/schema.ts), the renderers use it as their last line of defence,
 * and the browser may use it too.
 *
 * - A control character (tab, bell, …) becomes a space: it has no place in a document, and dropping it would join words.
 * - Line breaks stay, written as "\n" (also U+2028 and U+2029).
 * - A lone UTF-16 surrogate, U+FFFE or U+FFFF cannot be written at all (XML forbids them, and they are not text):
 *   the answer is refused with a Danish message that names the field.
 */

// C0 controls other than line feed, DEL and the C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
// CR LF, a lone CR and Unicode's line and paragraph separators all end a line.
const LINE_ENDINGS = /\r\n?|[\u2028\u2029]/g;
const UNWRITABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/;
// Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Line endings as "\n"; every other control character as a space. */
export function spaceControls(text: string): string {
  return text.replace(LINE_ENDINGS, "\n").replace(CONTROLS, " ");
}

/** The first character no document can hold, as "U+FFFF", or undefined when the text can be written. */
export function firstUnwritable(text: string): string | undefined {
  const match = UNWRITABLE.exec(text);
  if (!match) return undefined;
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The Danish message for a field whose text holds a character no document can hold. */
export function unwritableMessage(label: string, character: string): string {
  return `${capitalise(label)} indeholder et tegn, som ikke kan stå i et dokument (${character}). Slet tegnet, eller skriv teksten igen`;
}

/** The text without anything XML 1.0 forbids: what a renderer writes when a text reached it unchecked. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

/** A text as a renderer writes it: control characters as spaces, nothing XML forbids. */
export function documentText(text: string): string {
  return xmlSafe(spaceControls(text));
}

export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
