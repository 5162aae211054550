/** What a document and its builder say about the template's legal review. Zod-free: the builder shows it too. */
import { formatDate } from "@/lib/format";

export const NOT_REVIEWED = "Ikke gennemgået af en jurist endnu";

/** The same words a page under /jura uses for its own review. */
export function reviewStatement(template: { legalReview: { status: string; reviewer?: string; date?: string }; reviewedVersion?: string }): string {
  const review = template.legalReview;
  if (review.status !== "gennemgaaet" || !review.reviewer || !review.date) return NOT_REVIEWED;
  return `Juridisk gennemgået af ${review.reviewer} (${formatDate(review.date)})`;
}
