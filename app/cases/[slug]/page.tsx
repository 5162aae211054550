import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { compilePage, getCaseEntry, getPage, listCaseEntries, listCaseSummaries } from "@/lib/content";
import { similarCases } from "@/lib/cases/catalogue";
import { AREA_LABELS, AUDIENCE_LABELS, CASE_STATUS_LABELS, OPI_TYPE_LABELS, PHASE_LABELS } from "@/lib/content/schema";
import { MdxContent } from "@/components/mdx/MdxContent";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { ReviewedLine, SourceList } from "@/components/layout/PageMeta";
import { CaseCard, ExampleBadge } from "@/components/cases/CaseCard";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listCaseEntries()).map((entry) => ({ slug: entry.slug }));
}

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const entry = await getCaseEntry((await params).slug);
  if (!entry) return {};
  return { title: `${entry.frontmatter.example ? "Eksempel: " : ""}${entry.frontmatter.title}`, description: entry.frontmatter.summary, alternates: { canonical: entry.url } };
}

export default async function CasePage({ params }: { params: Params }) {
  const entry = await getCaseEntry((await params).slug);
  if (!entry) notFound();
  const f = entry.frontmatter;
  const [code, summaries, tools] = await Promise.all([
    compilePage(entry),
    listCaseSummaries(),
    Promise.all(f.tools.map((tool) => getPage(`/vaerktoejer/${tool}`))),
  ]);
  const current = summaries.find((s) => s.slug === entry.slug);
  const similar = current ? similarCases(summaries, current) : [];
  const facts: [string, React.ReactNode][] = [
    ["Offentlige parter", f.publicParties.join(", ")],
    ["Virksomheder", f.companies.join(", ") || "–"],
    ["Videninstitutioner", f.knowledgeInstitutions.join(", ") || "–"],
    ["Område", AREA_LABELS[f.area]],
    ["OPI-type", OPI_TYPE_LABELS[f.opiType]],
    [
      "Faser",
      <ul key="faser" className="flex flex-wrap gap-x-3">
        {f.phases.map((phase) => (
          <li key={phase}>
            <a href={`/opi-processen/${phase}`}>{PHASE_LABELS[phase]}</a>
          </li>
        ))}
      </ul>,
    ],
    ["Målgrupper", f.audience.map((a) => AUDIENCE_LABELS[a]).join(", ")],
    ["Status", CASE_STATUS_LABELS[f.status]],
    ...(f.duration ? ([["Varighed", f.duration]] as [string, string][]) : []),
    ...(f.agreement ? ([["Aftale", f.agreement]] as [string, string][]) : []),
  ];
  const results = [
    ["For borgeren", f.results.citizen],
    ["For den offentlige part", f.results.publicBody],
    ["For virksomheden", f.results.company],
  ].filter((row): row is [string, string] => Boolean(row[1]));

  return (
    <article className="mx-auto max-w-6xl px-4">
      <Breadcrumbs crumbs={[{ title: "Forside", url: "/" }, { title: "Cases", url: "/cases" }, { title: f.title, url: entry.url }]} />
      {f.example ? <ExampleBadge /> : null}
      <h1 className="mt-2 text-4xl font-bold">{f.title}</h1>
      <p className="mt-3 max-w-2xl text-xl">{f.summary}</p>
      <ReviewedLine reviewed={f.date} file={entry.file} />
      {f.example ? (
        <p className="mt-4 max-w-2xl border-l-8 border-ink bg-surface p-3">
          <strong>Eksempel.</strong> Casen er opdigtet for at vise, hvordan et OPI-projekt kan forløbe. Den handler ikke om et virkeligt projekt.
        </p>
      ) : null}
      <section aria-labelledby="fakta" className="mt-6 max-w-3xl rounded border border-line-soft bg-surface p-4">
        <h2 id="fakta" className="text-xl font-bold">
          Fakta
        </h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="prose mt-8">
        <MdxContent code={code} />
      </div>
      {results.length > 0 ? (
        <section aria-labelledby="resultater" className="mt-10 max-w-3xl">
          <h2 id="resultater" className="text-2xl font-bold">
            Resultater på de tre bundlinjer
          </h2>
          <dl className="mt-2 space-y-2">
            {results.map(([label, text]) => (
              <div key={label}>
                <dt className="font-semibold">{label}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="laering" className="mt-10 max-w-3xl">
        <h2 id="laering" className="text-2xl font-bold">
          Det kan andre lære
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {f.lessons.map((lesson) => (
            <li key={lesson}>{lesson}</li>
          ))}
        </ul>
      </section>
      {tools.some(Boolean) ? (
        <section aria-labelledby="vaerktoejer" className="mt-10">
          <h2 id="vaerktoejer" className="text-2xl font-bold">
            Værktøjer
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {tools.map((tool) =>
              tool ? (
                <li key={tool.url}>
                  <a href={tool.url}>{tool.frontmatter.title}</a>
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ) : null}
      <SourceList sources={f.sources} />
      {similar.length > 0 ? (
        <section aria-labelledby="lignende" className="mt-12">
          <h2 id="lignende" className="text-2xl font-bold">
            Lignende cases
          </h2>
          <ul className="mt-4 grid gap-4 md:grid-cols-3">
            {similar.map((item) => (
              <li key={item.slug}>
                <CaseCard item={item} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
