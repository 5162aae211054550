import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { compilePage, getCaseEntry, getPage, listCaseEntries, listCaseSummaries } from "@/lib/content";
import { similarCases } from "@/lib/cases/catalogue";
import { AREA_LABELS, AUDIENCE_LABELS, CASE_STATUS_LABELS, OPI_TYPE_LABELS, PHASE_LABELS } from "@/lib/content/schema";
import { MdxContent } from "@/components/mdx/MdxContent";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { ReviewedLine } from "@/components/layout/PageMeta";
import { CaseCard, ExampleBadge } from "@/components/cases/CaseCard";
import { CaseSourceList, SourceRef, sourceNumbers } from "@/components/cases/Provenance";

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
  const numbers = sourceNumbers(f.sources);
  const ref = (id?: string) => <SourceRef id={id} numbers={numbers} />;
  const parties = (list: readonly { name: string; source?: string }[], none: string) =>
    list.length === 0 ? (
      <span className="text-muted">{none}</span>
    ) : (
      <ul>
        {list.map((party) => (
          <li key={party.name}>
            {party.name}
            {ref(party.source)}
          </li>
        ))}
      </ul>
    );
  const facts: [string, React.ReactNode][] = [
    ["Offentlige parter", parties(f.publicParties, "")],
    ["Virksomheder", parties(f.companies, f.example ? "Ingen" : "Kilderne nævner ingen ved navn")],
    ["Videninstitutioner", parties(f.knowledgeInstitutions, f.example ? "Ingen" : "Kilderne nævner ingen")],
    ...(f.period ? ([["Periode", <>{f.period.value}{ref(f.period.source)}</>]] as [string, React.ReactNode][]) : []),
    ...(f.duration ? ([["Varighed", <>{f.duration.value}{ref(f.duration.source)}</>]] as [string, React.ReactNode][]) : []),
    [
      "Status",
      f.status.value === "ukendt" ? (
        <>
          Ukendt. {f.example ? null : "Ingen af kilderne siger, hvor projektet står."}
          {f.status.note ? <span className="block text-muted">{f.status.note}</span> : null}
        </>
      ) : (
        <>
          {CASE_STATUS_LABELS[f.status.value]}
          {ref(f.status.source)}
          {f.status.note ? <span className="block text-muted">{f.status.note}</span> : null}
        </>
      ),
    ],
    ...(f.agreement ? ([["Aftale", <>{f.agreement.value}{ref(f.agreement.source)}</>]] as [string, React.ReactNode][]) : []),
    ...(f.figures.length > 0
      ? ([
          [
            "Tal",
            <ul key="tal" className="list-disc pl-5">
              {f.figures.map((figure) => (
                <li key={figure.text}>
                  {figure.text}
                  {ref(figure.source)}
                </li>
              ))}
            </ul>,
          ],
        ] as [string, React.ReactNode][])
      : []),
  ];
  const classification: [string, React.ReactNode][] = [
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
    ["Mest nyttig for", f.audience.map((a) => AUDIENCE_LABELS[a]).join(", ")],
  ];
  const results = (
    [
      ["For borgeren", f.results.citizen],
      ["For den offentlige part", f.results.publicBody],
      ["For virksomheden", f.results.company],
    ] as [string, { text: string; source?: string } | undefined][]
  ).filter((row): row is [string, { text: string; source?: string }] => row[1] !== undefined);
  const factList = (rows: [string, React.ReactNode][]) => (
    <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );

  return (
    <article className="mx-auto max-w-6xl px-4">
      <Breadcrumbs crumbs={[{ title: "Forside", url: "/" }, { title: "Cases", url: "/cases" }, { title: f.title, url: entry.url }]} />
      {f.example ? <ExampleBadge /> : null}
      <h1 className="mt-2 text-4xl font-bold">
        {f.example ? <span className="sr-only">Eksempel: </span> : null}
        {f.title}
      </h1>
      <p className="mt-3 max-w-2xl text-xl">{f.summary}</p>
      <ReviewedLine reviewed={f.date} file={entry.file} />
      {f.example ? (
        <div className="mt-4 max-w-2xl border-l-8 border-ink bg-surface p-3">
          <p>
            <strong>Eksempel.</strong> Casen er opdigtet for at vise, hvordan et OPI-projekt kan forløbe. Den handler ikke om et virkeligt projekt.
          </p>
          {f.illustrates ? (
            <p className="mt-2">
              <strong>Det viser eksemplet:</strong> {f.illustrates}
            </p>
          ) : null}
        </div>
      ) : null}
      <section aria-labelledby="fakta" className="mt-6 max-w-3xl rounded border border-line-soft bg-surface p-4">
        <h2 id="fakta" className="text-xl font-bold">
          Fakta
        </h2>
        {f.example ? null : (
          <p className="mt-1">
            Tallet efter en oplysning henviser til den kilde, der siger det. Se <a href="#kilder">kilderne</a> nederst på siden. Det, ingen kilde siger, står som ukendt.
          </p>
        )}
        {factList(facts)}
        <h3 className="mt-5 text-lg font-bold">Redaktionens indplacering</h3>
        <p className="mt-1">
          {f.example
            ? "Område, OPI-type, faser og målgrupper viser, hvad eksemplet skal illustrere."
            : "Område, OPI-type, faser og målgrupper er redaktionens vurdering af projektet. De står ikke i kilderne."}
        </p>
        {factList(classification)}
      </section>
      {results.length > 0 ? (
        <section aria-labelledby="resultater" className="mt-10 max-w-3xl">
          <h2 id="resultater" className="text-2xl font-bold">
            Resultater på de tre bundlinjer
          </h2>
          <dl className="mt-2 space-y-2">
            {results.map(([label, result]) => (
              <div key={label}>
                <dt className="font-semibold">{label}</dt>
                <dd>
                  {result.text}
                  {ref(result.source)}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="laering" className="mt-10 max-w-3xl">
        <h2 id="laering" className="text-2xl font-bold">
          Det kan andre lære
        </h2>
        {f.lessons.length > 0 ? (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {f.lessons.map((lesson) => (
              <li key={lesson.text}>
                {lesson.text}
                {ref(lesson.source)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">Kilderne fremhæver ingen læringer fra projektet.</p>
        )}
      </section>
      {/* The story comes after the sourced results and lessons: it ends with what no source says, and an invitation to add it. */}
      <div className="prose mt-10">
        <MdxContent code={code} />
      </div>
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
      <CaseSourceList sources={f.sources} />
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
