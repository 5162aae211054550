/** What a document and its page say about the template's legal review. Zod-free: the builder shows it too. */
import { formatDate } from "@/lib/format";

export const NOT_REVIEWED = "Ikke gennemgået af en jurist endnu";

export function reviewStatement(template: { legalReview?: { reviewer: string; date: string; version: string } }): string {
  const review = template.legalReview;
  return review ? `Gennemgået af ${review.reviewer} ${formatDate(review.date)}` : NOT_REVIEWED;
}
