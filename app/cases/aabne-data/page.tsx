import type { Metadata } from "next";
import { listCaseEntries } from "@/lib/content";
import { CASE_COLUMNS, LICENSE, OPEN_DATA_PATHS, lastModified, type Column } from "@/lib/cases/open-data";
import { absoluteUrl, formatDate } from "@/lib/site";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";

export const metadata: Metadata = {
  title: "Åbne data om cases",
  description: "Hent alle cases som JSON eller CSV under licensen CC BY 4.0. Her står, hvad hvert felt betyder, og hvordan kilderne står i data.",
  alternates: { canonical: OPEN_DATA_PATHS.documentation },
};

const IN_CSV: Record<Column["kind"], string> = {
  text: "Tekst. Tom, når feltet ikke er udfyldt.",
  "yes-no": "ja eller nej.",
  list: "Værdierne adskilt af » | «.",
  "cited-list": "Hver som »tekst [kilde-id]«, adskilt af » | «.",
  sources: "Hver som »[id] titel – udgiver – dato – adresse«, adskilt af » | «.",
};

export default async function OpenDataPage() {
  const entries = await listCaseEntries();
  const examples = entries.filter((e) => e.frontmatter.example).length;
  const modified = lastModified(entries);
  return (
    <article className="mx-auto max-w-6xl px-4">
      <Breadcrumbs crumbs={[{ title: "Forside", url: "/" }, { title: "Cases", url: "/cases" }, { title: "Åbne data", url: OPEN_DATA_PATHS.documentation }]} />
      <h1 className="text-4xl font-bold">Åbne data om cases</h1>
      <p className="mt-3 max-w-2xl text-xl">
        Du kan hente alle guidens cases som data og bruge dem frit, også til andet end guiden. Du skal bare nævne OPI-guiden som kilde.
      </p>
      <dl className="mt-6 grid max-w-2xl gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Licens</dt>
        <dd>
          <a href={LICENSE.url}>{LICENSE.name}</a>
        </dd>
        <dt className="font-semibold">Senest ændret</dt>
        <dd>
          <time dateTime={modified}>{formatDate(modified)}</time>
        </dd>
        <dt className="font-semibold">Antal cases</dt>
        <dd>
          {entries.length}: {entries.length - examples} virkelige projekter og {examples} opdigtede eksempler
        </dd>
        <dt className="font-semibold">Kreditering</dt>
        <dd>
          OPI-guiden, {absoluteUrl("/cases")} ({LICENSE.name})
        </dd>
      </dl>

      <div className="max-w-3xl">
        <h2 className="mt-10 text-2xl font-bold">Filerne</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <a href={OPEN_DATA_PATHS.json}>cases.json</a>: alle cases som JSON. Øverst står licens, dato for seneste ændring og antal.
          </li>
          <li>
            <a href={OPEN_DATA_PATHS.csv}>cases.csv</a>: de samme felter som regneark. Filen er UTF-8 og kommasepareret. Første linje er feltnavnene.
          </li>
          <li>
            <a href={OPEN_DATA_PATHS.schema}>cases.schema.json</a>: et JSON Schema, der beskriver cases.json. Du kan bruge det til at tjekke data, før du bruger dem.
          </li>
          <li>
            <a href="/cases/feed.xml">feed.xml</a>: nye cases som Atom-feed.
          </li>
        </ul>

        <h2 className="mt-10 text-2xl font-bold">Virkelige projekter og eksempler</h2>
        <p className="mt-2">
          En case om et virkeligt projekt bygger på offentlige kilder. Hver oplysning om projektet har feltet <code>source</code>. Det er id&apos;et på en kilde i
          casens <code>sources</code>. I CSV står id&apos;et i kantede parenteser efter oplysningen. Siger ingen kilde, hvor projektet står, er status <code>ukendt</code>.
        </p>
        <p className="mt-2">
          Felterne <code>phases</code>, <code>audience</code>, <code>area</code> og <code>opiType</code> er redaktionens indplacering af projektet. De står ikke i kilderne.
        </p>
        <p className="mt-2">
          En case med <code>example: true</code> (i CSV: <code>ja</code>) er et opdigtet eksempel. Navne og tal i den er opfundet. Vil du kun have virkelige projekter, så
          tag de cases, hvor <code>example</code> er <code>false</code>.
        </p>

        <h2 className="mt-10 text-2xl font-bold">Felterne</h2>
        <p className="mt-2">
          Hver case har de samme felter i JSON og CSV. Et felt inde i et andet står med punktum, fx <code>status.value</code>. I JSON er et tomt felt <code>null</code> og en
          tom liste <code>[]</code>.
        </p>
        <dl className="mt-4 divide-y divide-line-soft border-y border-line-soft">
          {CASE_COLUMNS.map((column) => (
            <div key={column.path} className="py-3">
              <dt>
                <code className="font-semibold">{column.path}</code>
              </dt>
              <dd className="mt-1">{column.description}.</dd>
              <dd className="mt-1 text-muted">I CSV: {IN_CSV[column.kind]}</dd>
            </div>
          ))}
        </dl>
      </div>
    </article>
  );
}
