import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { site } from "@/lib/site";
import { today } from "@/lib/today";
import type { EditorKind } from "@/lib/editor/forms";
import { submitEditorForm, type EditorState } from "./actions";
import { EditorForm } from "./EditorForm.client";

const TEXT: Record<EditorKind, { crumb: { title: string; url: string }; title: string; lead: string; url: string }> = {
  case: {
    crumb: { title: "Cases", url: "/cases" },
    title: "Indsend en case",
    lead: "Del jeres erfaringer med et OPI-projekt. Udfyld felterne, så laver guiden en fil, som redaktionen kan lægge på siden. Skriv kun det, der er sandt, og nævn jeres kilder. En opdigtet case markeres som eksempel.",
    url: "/cases/indsend",
  },
  listing: {
    crumb: { title: "Markedsplads", url: "/markedsplads" },
    title: "Opret et opslag",
    lead: "Beskriv et behov eller en kompetence. Opslaget bliver offentligt for alle, og det forsvinder af sig selv, når det udløber. Ingen får opslaget før andre, så ingen virksomhed får et forspring i et senere udbud.",
    url: "/markedsplads/opret",
  },
};

export function EditorPage({ kind }: { kind: EditorKind }) {
  const text = TEXT[kind];
  const initial: EditorState = { kind, values: kind === "listing" ? { published: today() } : {}, errors: {}, revision: 0 };
  return (
    <div className="mx-auto max-w-6xl px-4">
      <Breadcrumbs crumbs={[{ title: "Forside", url: "/" }, text.crumb, { title: text.title, url: text.url }]} />
      <h1 className="text-4xl font-bold">{text.title}</h1>
      <p className="mt-3 max-w-2xl text-lg">{text.lead}</p>
      <p className="mt-2 max-w-2xl text-muted">Dine svar bliver ikke gemt hos os. Guiden laver kun filen, som du selv sender videre.</p>
      <EditorForm action={submitEditorForm} initial={initial} repositoryUrl={site.repositoryUrl} branch={site.branch} owner={site.owner} />
    </div>
  );
}
