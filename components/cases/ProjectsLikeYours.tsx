import { listProjectsLike } from "@/lib/content";
import { filterUrl, parseFilter } from "@/lib/cases/catalogue";
import { OPI_TYPE_LABELS, type OpiType, type Phase } from "@/lib/content/vocabulary";
import { CaseCard } from "./CaseCard";

/** A phase as the guide names it in a sentence: "projekter fra idéfasen". */
const PHASE_NAMES: Record<Phase, string> = {
  ide: "idéfasen",
  opstart: "opstartsfasen",
  innovation: "innovationsfasen",
  markedsmodning: "markedsmodningsfasen",
  implementering: "implementeringsfasen",
};

/**
 * "Projekter som jeres": real OPI projects from a phase or of an OPI type, read and rendered on the server,
 * so a page that shows it loads no client code for it, and it works without JavaScript.
 * Examples are never listed as projects; when some match, a link leads to them in the catalogue.
 */
export async function ProjectsLikeYours({
  phase,
  opiType,
  level = 2,
  idPrefix = "",
  limit = 4,
  columns = 2,
}: {
  phase?: Phase;
  opiType?: OpiType;
  /** The heading level of the section; the cards' headings sit one below. */
  level?: 2 | 3 | 4;
  idPrefix?: string;
  limit?: number;
  /** Two columns on wide screens, or one where the section sits in a narrow column (the vejvalg's result). */
  columns?: 1 | 2;
}) {
  const { real, examples } = await listProjectsLike({ phase, opiType });
  const H = `h${level}` as "h2" | "h3" | "h4";
  const id = `${idPrefix}projekter-som-jeres`;
  const what = phase ? `fra ${PHASE_NAMES[phase]}` : opiType ? `af typen »${OPI_TYPE_LABELS[opiType]}«` : "";
  const catalogue = (slags: "virkelig" | "eksempel") =>
    filterUrl({ ...parseFilter({ slags, ...(phase ? { fase: phase } : {}), ...(opiType ? { type: opiType } : {}) }) });
  return (
    <section aria-labelledby={id} data-projects-like-yours="">
      <H id={id} className={level === 4 ? "text-lg font-bold" : "text-2xl font-bold"}>
        Projekter som jeres
      </H>
      {real.length > 0 ? (
        <>
          <p className="mt-2">
            {real.length === 1 ? "Et virkeligt OPI-projekt" : `Virkelige OPI-projekter`} {what}. {real.length === 1 ? "Det" : "De"} bygger på offentlige kilder.
          </p>
          <ul className={`mt-3 grid gap-3 ${columns === 2 ? "md:grid-cols-2" : ""}`}>
            {real.slice(0, limit).map((item) => (
              <li key={item.slug}>
                <CaseCard item={item} headingLevel={(level + 1) as 3 | 4 | 5} />
              </li>
            ))}
          </ul>
          {real.length > limit ? (
            <p className="mt-3">
              <a href={catalogue("virkelig")}>Se alle {real.length} virkelige projekter {what}</a>
            </p>
          ) : null}
        </>
      ) : (
        <p className="mt-2">Guiden har endnu ingen virkelige projekter {what}.</p>
      )}
      <p className="mt-3">
        {examples > 0 ? (
          <>
            <a href={catalogue("eksempel")}>
              Se {examples === 1 ? "et opdigtet eksempel" : `${examples} opdigtede eksempler`} {what}
            </a>
            .{" "}
          </>
        ) : null}
        Kender du et projekt, der mangler? <a href="/cases/indsend">Indsend en case</a>.
      </p>
    </section>
  );
}
