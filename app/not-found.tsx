import type { Metadata } from "next";
import { SiteChrome } from "@/components/layout/SiteChrome";

export const metadata: Metadata = { title: "Siden findes ikke", robots: { index: false } };

// A missing address is outside every section's layout, so the page brings the header itself.
export default function NotFound() {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-3xl px-4">
        <h1 className="text-4xl font-bold">Siden findes ikke</h1>
        <p className="mt-4 text-lg">Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.</p>
        <ul className="mt-6 list-disc space-y-2 pl-6">
          <li>
            <a href="/">Gå til forsiden</a>
          </li>
          <li>
            <a href="/opi-processen">Læs om OPI-processen</a>
          </li>
          <li>
            <a href="/soeg">Søg i guiden</a>
          </li>
        </ul>
      </div>
    </SiteChrome>
  );
}
