import { listCaseEntries } from "@/lib/content";
import { casesCsv, casesDocument } from "@/lib/cases/open-data";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export async function GET() {
  return new Response(casesCsv(casesDocument(await listCaseEntries(), absoluteUrl).cases), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="opi-guiden-cases.csv"' },
  });
}
