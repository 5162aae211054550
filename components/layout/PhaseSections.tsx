import { getPage, type PhaseEntry } from "@/lib/content";
import { ProjectsLikeYours } from "@/components/cases/ProjectsLikeYours";
import { AUDIENCES, AUDIENCE_NOUNS } from "@/lib/content/schema";
import type { TocItem } from "./PageMeta";
import { Checklist } from "@/components/checklist/Checklist";

/** The fixed structure every phase page shares, rendered from its frontmatter. */
export function phaseTocItems(entry: PhaseEntry): TocItem[] {
  const items: TocItem[] = [
    { id: "formaal", text: "Formål" },
    { id: "noeglespoergsmaal", text: "Nøglespørgsmål" },
    { id: "aktiviteter", text: "Aktiviteter" },
    { id: "tjeklister", text: "Tjeklister" },
    { id: "faldgruber", text: "Typiske faldgruber" },
  ];
  if (entry.frontmatter.legal.length > 0) items.push({ id: "jura", text: "Juridiske opmærksomhedspunkter" });
  if (entry.frontmatter.tools.length > 0) items.push({ id: "vaerktoejer", text: "Værktøjer til fasen" });
  items.push({ id: "projekter-som-jeres", text: "Projekter som jeres" });
  return items;
}

/**
 * idPrefix and level let the whole-guide page show several phases on one page
 * with unique anchors and the right heading levels.
 */
export async function PhaseSections({ entry, idPrefix = "", level = 2 }: { entry: PhaseEntry; idPrefix?: string; level?: 2 | 3 }) {
  const f = entry.frontmatter;
  const H = level === 2 ? "h2" : "h3";
  const id = (name: string) => `${idPrefix}${name}`;
  const tools = (await Promise.all(f.tools.map((tool) => getPage(`/vaerktoejer/${tool}`)))).filter((page) => page !== undefined);
  const legalPages = await Promise.all(f.legal.map((point) => getPage(`/jura/${point.topic}`)));
  return (
    <div className="mt-6 max-w-3xl space-y-10">
      <section aria-labelledby={id("formaal")}>
        <H id={id("formaal")} className="text-2xl font-bold">
          Formål
        </H>
        <p className="mt-2 text-lg font-semibold">{f.slogan}</p>
        <p className="mt-2">{f.purpose}</p>
      </section>
      <section aria-labelledby={id("noeglespoergsmaal")}>
        <H id={id("noeglespoergsmaal")} className="text-2xl font-bold">
          Nøglespørgsmål
        </H>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {f.keyQuestions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={id("aktiviteter")}>
        <H id={id("aktiviteter")} className="text-2xl font-bold">
          Aktiviteter
        </H>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {f.activities.map((activity) => (
            <li key={activity}>{activity}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={id("tjeklister")}>
        <H id={id("tjeklister")} className="text-2xl font-bold">
          Tjeklister
        </H>
        {AUDIENCES.map((audience) => (
          <div key={audience} id={id(`tjekliste-${audience}`)} data-audience={audience} className="mt-4">
            <Checklist
              id={id(`tjekliste-${audience}-punkt`)}
              storageKey={`opi-guiden:tjekliste:${f.phase}:${audience}`}
              title={`Tjekliste for ${AUDIENCE_NOUNS[audience]}`}
              items={f.checklists[audience]}
            />
          </div>
        ))}
      </section>
      <section aria-labelledby={id("faldgruber")}>
        <H id={id("faldgruber")} className="text-2xl font-bold">
          Typiske faldgruber
        </H>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {f.pitfalls.map((pitfall) => (
            <li key={pitfall}>{pitfall}</li>
          ))}
        </ul>
      </section>
      {f.legal.length > 0 ? (
        <section aria-labelledby={id("jura")}>
          <H id={id("jura")} className="text-2xl font-bold">
            Juridiske opmærksomhedspunkter
          </H>
          <ul className="mt-2 space-y-3">
            {f.legal.map((point, index) => (
              <li key={point.topic + point.text} className="border-l-4 border-warning pl-3">
                {point.text}{" "}
                <a href={`/jura/${point.topic}`}>Læs om {legalPages[index]?.frontmatter.navTitle ?? legalPages[index]?.frontmatter.title ?? point.topic}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {tools.length > 0 ? (
        <section aria-labelledby={id("vaerktoejer")}>
          <H id={id("vaerktoejer")} className="text-2xl font-bold">
            Værktøjer til fasen
          </H>
          <ul className="mt-2 grid gap-3 md:grid-cols-2">
            {tools.map((tool) => (
              <li key={tool.url} className="rounded border border-line-soft p-3">
                <a href={tool.url} className="font-bold">
                  {tool.frontmatter.title}
                </a>
                <p className="mt-1 text-sm">{tool.frontmatter.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ProjectsLikeYours phase={f.phase} level={level} idPrefix={idPrefix} />
    </div>
  );
}
