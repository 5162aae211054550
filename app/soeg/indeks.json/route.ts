import { listSearchDocuments } from "@/lib/content";

// Built once at build time; the search page's client code loads it for instant results.
export const dynamic = "force-static";

export async function GET() {
  return Response.json(await listSearchDocuments(), {
    headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=86400" },
  });
}
