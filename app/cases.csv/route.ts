import { listCaseEntries } from "@/lib/content";
import { casesCsv } from "@/lib/cases/export";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export async function GET() {
  return new Response(casesCsv(await listCaseEntries(), absoluteUrl), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="opi-guiden-cases.csv"' },
  });
}
