/**
 * Writes lib/pdf/coverage-data.ts: the characters the PDF fonts show in every style, as ranges. The check before a
 * download (lib/pdf/coverage.ts) reads it in the browser as on the server, without the fonts.
 * Run after changing a font in lib/pdf/fonts.ts: npx tsx scripts/pdf-coverage.ts (a unit test fails while it is stale).
 */
import { writeFileSync } from "node:fs";
import { coverageSource } from "../lib/pdf/coverage-source";

writeFileSync("lib/pdf/coverage-data.ts", coverageSource());
console.log("lib/pdf/coverage-data.ts written");
