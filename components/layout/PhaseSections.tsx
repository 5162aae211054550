import Link from "next/link";
import { getPage, type PhaseEntry } from "@/lib/content";
import { AUDIENCES, AUDIENCE_LABELS } from "@/lib/content/schema";
import type { TocItem } from "./PageMeta";

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
  return items;
}

export async function PhaseSections({ entry }: { entry: PhaseEntry }) {
  const f = entry.frontmatter;
  const tools = (await Promise.all(f.tools.map((tool) => getPage(`/vaerktoejer/${tool}`)))).filter((page) => page !== undefined);
  const legalPages = await Promise.all(f.legal.map((point) => getPage(`/jura/${point.topic}`)));
  return (
    <div className="mt-6 max-w-3xl space-y-10">
      <section aria-labelledby="formaal">
        <h2 id="formaal" className="text-2xl font-bold">
          Formål
        </h2>
        <p className="mt-2 text-lg font-semibold">{f.slogan}</p>
        <p className="mt-2">{f.purpose}</p>
      </section>
      <section aria-labelledby="noeglespoergsmaal">
        <h2 id="noeglespoergsmaal" className="text-2xl font-bold">
          Nøglespørgsmål
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {f.keyQuestions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="aktiviteter">
        <h2 id="aktiviteter" className="text-2xl font-bold">
          Aktiviteter
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {f.activities.map((activity) => (
            <li key={activity}>{activity}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tjeklister">
        <h2 id="tjeklister" className="text-2xl font-bold">
          Tjeklister
        </h2>
        {AUDIENCES.map((audience) => (
          <div key={audience} id={`tjekliste-${audience}`} className="avoid-break mt-4">
            <h3 className="text-xl font-bold">Tjekliste for {AUDIENCE_LABELS[audience].toLowerCase()} part</h3>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {f.checklists[audience].map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="faldgruber">
        <h2 id="faldgruber" className="text-2xl font-bold">
          Typiske faldgruber
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {f.pitfalls.map((pitfall) => (
            <li key={pitfall}>{pitfall}</li>
          ))}
        </ul>
      </section>
      {f.legal.length > 0 ? (
        <section aria-labelledby="jura">
          <h2 id="jura" className="text-2xl font-bold">
            Juridiske opmærksomhedspunkter
          </h2>
          <ul className="mt-2 space-y-3">
            {f.legal.map((point, index) => (
              <li key={point.topic + point.text} className="border-l-4 border-warning pl-3">
                {point.text}{" "}
                <Link href={`/jura/${point.topic}`}>Læs om {legalPages[index]?.frontmatter.navTitle ?? legalPages[index]?.frontmatter.title ?? point.topic}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {tools.length > 0 ? (
        <section aria-labelledby="vaerktoejer">
          <h2 id="vaerktoejer" className="text-2xl font-bold">
            Værktøjer til fasen
          </h2>
          <ul className="mt-2 grid gap-3 md:grid-cols-2">
            {tools.map((tool) => (
              <li key={tool.url} className="rounded border border-line-soft p-3">
                <Link href={tool.url} className="font-bold">
                  {tool.frontmatter.title}
                </Link>
                <p className="mt-1 text-sm">{tool.frontmatter.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
