import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { compilePage, getPage, listActiveListings } from "@/lib/content";
import { AREAS, AREA_LABELS, LISTING_KINDS, PHASES, PHASE_LABELS, type Area, type Phase } from "@/lib/content/schema";
import { ContentPage } from "@/components/layout/ContentPage";
import { MdxContent } from "@/components/mdx/MdxContent";
import { ExampleBadge } from "@/components/cases/CaseCard";
import { formatDate } from "@/lib/format";
import { today } from "@/lib/today";

// Rendered per request, so a listing disappears the day after it expires, whatever the last build was.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const entry = await getPage("/markedsplads");
  return { title: entry?.frontmatter.title ?? "Markedsplads", description: entry?.frontmatter.description, alternates: { canonical: "/markedsplads" } };
}

const KIND_LABELS: Record<string, string> = { behov: "Behov", kompetence: "Kompetence" };

type Params = Record<string, string | string[] | undefined>;

function pick<T extends string>(params: Params, key: string, allowed: readonly T[]): T | undefined {
  const raw = params[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (allowed as readonly string[]).includes(value ?? "") ? (value as T) : undefined;
}

export default async function MarketplacePage({ searchParams }: { searchParams: Promise<Params> }) {
  const entry = await getPage("/markedsplads");
  if (!entry) notFound();
  const params = await searchParams;
  const kind = pick(params, "type", LISTING_KINDS);
  const area = pick(params, "omraade", AREAS);
  const phase = pick(params, "fase", PHASES);
  const listings = (await listActiveListings(today())).filter(
    (l) => (!kind || l.frontmatter.kind === kind) && (!area || l.frontmatter.area === area) && (!phase || l.frontmatter.phases.includes(phase)),
  );
  const bodies = await Promise.all(listings.map(compilePage));
  return (
    <ContentPage entry={entry}>
      <section aria-labelledby="opslag-titel" className="mt-10">
        <h2 id="opslag-titel" className="text-2xl font-bold">
          Opslag
        </h2>
        <form method="get" action="/markedsplads" aria-label="Filtrér opslag" className="mt-4 flex flex-wrap items-end gap-4">
          {[
            { name: "type", label: "Type", value: kind, options: LISTING_KINDS.map((k) => [k, KIND_LABELS[k] ?? k]) },
            { name: "omraade", label: "Område", value: area, options: AREAS.map((a) => [a, AREA_LABELS[a as Area]]) },
            { name: "fase", label: "Fase", value: phase, options: PHASES.map((p) => [p, PHASE_LABELS[p as Phase]]) },
          ].map((select) => (
            <div key={select.name}>
              <label htmlFor={`m-${select.name}`} className="block font-bold">
                {select.label}
              </label>
              <select id={`m-${select.name}`} name={select.name} defaultValue={select.value ?? ""} className="mt-1 rounded border-2 border-ink px-3 py-2">
                <option value="">Alle</option>
                {select.options.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="button">
            Vis opslag
          </button>
          <a href="/markedsplads">Nulstil</a>
        </form>
        <p role="status" className="mt-4 font-semibold">
          {listings.length === 0 ? "Ingen opslag passer til dine valg." : `${listings.length} ${listings.length === 1 ? "opslag" : "opslag"}`}
        </p>
        <ul aria-label="Opslag" className="mt-4 space-y-6">
          {listings.map((listing, index) => {
            const f = listing.frontmatter;
            return (
              <li key={listing.slug} id={listing.slug} className="rounded border border-line-soft p-4">
                <article aria-labelledby={`${listing.slug}-titel`}>
                  <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
                    {f.example ? <ExampleBadge /> : null}
                    <span className="font-semibold">{KIND_LABELS[f.kind]}</span>
                    <span aria-hidden="true">·</span>
                    <span>{AREA_LABELS[f.area]}</span>
                    <span aria-hidden="true">·</span>
                    <span>{f.phases.map((p) => PHASE_LABELS[p]).join(", ")}</span>
                  </div>
                  <h3 id={`${listing.slug}-titel`} className="mt-1 text-xl font-bold">
                    {f.title}
                  </h3>
                  <p className="mt-1 font-semibold">{f.organisation}</p>
                  <p className="mt-1">{f.summary}</p>
                  <div className="prose mt-2">
                    <MdxContent code={bodies[index] ?? ""} nestedIn={`${listing.slug}-`} />
                  </div>
                  <p className="mt-2 text-sm">
                    Kontakt: {f.contact.name}
                    {f.contact.email ? (
                      <>
                        , <a href={`mailto:${f.contact.email}`}>{f.contact.email}</a>
                      </>
                    ) : null}
                    {f.contact.url ? (
                      <>
                        , <a href={f.contact.url}>{f.contact.url}</a>
                      </>
                    ) : null}
                  </p>
                  <p className="text-sm text-muted">
                    Udgivet {formatDate(f.published)}. Vises til og med {formatDate(f.expires)}.
                  </p>
                </article>
              </li>
            );
          })}
        </ul>
      </section>
    </ContentPage>
  );
}
