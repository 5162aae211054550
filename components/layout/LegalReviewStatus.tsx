import { legalReviewText } from "@/lib/content/legal";
import type { LegalReview } from "@/lib/content/schema";
import { formatDate } from "@/lib/site";

/**
 * States plainly whether a jurist has checked a page or a tool's rules. Shown on every page under /jura and wherever
 * content sets legalReview; a tool can show it for its own rules. Never claims more than the frontmatter records.
 */
export function LegalReviewStatus({ review, reviewed, className }: { review: LegalReview; reviewed?: string; className?: string }) {
  if (review.status === "gennemgaaet" && review.reviewer !== undefined && review.date !== undefined) {
    return (
      <p className={className} data-legal-review="gennemgaaet">
        Juridisk gennemgået af {review.reviewer} (<time dateTime={review.date}>{formatDate(review.date)}</time>).
        {reviewed !== undefined && reviewed > review.date ? " Redaktionen har gennemgået siden igen siden da." : null}
      </p>
    );
  }
  return (
    <p className={className} data-legal-review="ikke-gennemgaaet">
      {legalReviewText(review)}
    </p>
  );
}
