import { listCaseEntries } from "@/lib/content";
import { casesAtom } from "@/lib/cases/export";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export async function GET() {
  return new Response(casesAtom(await listCaseEntries(), absoluteUrl), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
