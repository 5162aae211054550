import { siteIndexJson } from "@/lib/search/server";

// Built once at build time: the very index the server searches, which the search page's client code loads for
// instant results, so both rank alike.
export const dynamic = "force-static";

export async function GET() {
  return new Response(await siteIndexJson(), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300, stale-while-revalidate=86400" },
  });
}
