import { listCaseEntries } from "@/lib/content";
import { casesDocument } from "@/lib/cases/open-data";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export async function GET() {
  return Response.json(casesDocument(await listCaseEntries(), absoluteUrl));
}
