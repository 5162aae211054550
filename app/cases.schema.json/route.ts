import { casesJsonSchema } from "@/lib/cases/open-data";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  return new Response(`${JSON.stringify(casesJsonSchema(absoluteUrl), null, 2)}\n`, { headers: { "Content-Type": "application/schema+json; charset=utf-8" } });
}
