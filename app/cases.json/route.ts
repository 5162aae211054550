import { listCaseEntries } from "@/lib/content";
import { caseRecord } from "@/lib/cases/export";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export async function GET() {
  const cases = (await listCaseEntries()).map((entry) => caseRecord(entry, absoluteUrl));
  return Response.json({ license: "CC BY 4.0", source: absoluteUrl("/cases"), count: cases.length, cases });
}
