/** How every table in a Word file looks and how wide its columns are: shared by the agreements and the planning reports. */
import { BorderStyle, TableLayoutType, WidthType, type ITableOptions } from "docx";
import { autoColumnWidths, roundedWidths } from "@/lib/layout/columns";

/** The text width of an A4 page with Word's default margins, in twips. */
export const TEXT_WIDTH = 9026;

/**
 * Column widths in twips from what each column needs in characters (its longest word, its longest line), at about
 * 120 twips a character in Calibri 11 pt, bold headers included. They add up to the text width.
 */
export function wordColumnWidths(columns: readonly { min: number; max: number }[]): number[] {
  const padding = 230;
  return roundedWidths(
    autoColumnWidths(
      columns.map((c) => c.min * 120 + padding),
      columns.map((c) => c.max * 120 + padding),
      TEXT_WIDTH,
    ),
    TEXT_WIDTH,
  );
}

const line = { style: BorderStyle.SINGLE, size: 4, color: "8A9099" };
const strong = { style: BorderStyle.SINGLE, size: 8, color: "1B1B1B" };
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

/** A table's frame: full width, fixed column widths, rules between rows and none between columns. */
export function tableFrame(columnWidths: number[]): Omit<ITableOptions, "rows"> {
  return {
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths,
    layout: TableLayoutType.FIXED,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    borders: { top: strong, bottom: strong, left: none, right: none, insideHorizontal: line, insideVertical: none },
  };
}
