import { formatKroner, formatNumber } from "@/lib/format";
import { draftNote, endSentence, type DocumentModel, type ModelParagraph } from "@/lib/agreements/model";

function Paragraph({ paragraph }: { paragraph: ModelParagraph }) {
  switch (paragraph.kind) {
    case "text":
      return (
        <p className="mt-1">
          {paragraph.number ? `${paragraph.number} ` : ""}
          {paragraph.text}
        </p>
      );
    case "heading":
      return <p className="mt-2 font-semibold">{paragraph.text}</p>;
    case "list":
      return (
        <ul className="mt-1 list-disc pl-5">
          {paragraph.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case "parties":
      return (
        <ul className="mt-1 space-y-1">
          {paragraph.parties.map((party, i) => (
            <li key={i}>
              <strong>{party.name}</strong> ({party.roleLabel.toLowerCase()})
              {party.cvr ? `, CVR-nr. ${party.cvr}` : ""}
              {party.address ? `, ${party.address}` : ""}
            </li>
          ))}
        </ul>
      );
    case "partyContributions":
      return (
        <ul className="mt-1 list-disc pl-5">
          {paragraph.parties.map((party, i) => (
            <li key={i}>
              {party.name}: {party.contribution ? endSentence(party.contribution) : "Bidraget er ikke beskrevet endnu."}
            </li>
          ))}
        </ul>
      );
    case "contributions":
      return (
        <ul className="mt-1">
          {[...paragraph.rows, paragraph.total].map((row, i) => (
            <li key={i}>
              {row.name}: {formatNumber(row.hours)} timer, i alt {formatKroner(row.total)}
            </li>
          ))}
        </ul>
      );
    case "signatures":
      return <p className="mt-1">Underskrifter med sted og dato: {paragraph.parties.map((party) => party.name).join(", ")}</p>;
  }
}

/** The document as HTML: the live preview beside the questions, and an accessible alternative to the files. */
export function DocumentPreview({ model }: { model: DocumentModel }) {
  return (
    <div className="text-sm leading-relaxed">
      <p className="font-bold text-error">UDKAST · skabelon version {model.templateVersion}</p>
      <p className="text-xl font-bold">{model.title}</p>
      {model.projectTitle ? <p className="font-semibold">{model.projectTitle}</p> : null}
      <p className="mt-2 italic">{draftNote(model)}</p>
      <p className="mt-2">{model.intro}</p>
      {model.clauses.map((clause) => (
        <section key={clause.id} className="mt-4">
          <p className="font-bold">
            {clause.number}. {clause.title}
          </p>
          {clause.paragraphs.map((paragraph, index) => (
            <Paragraph key={index} paragraph={paragraph} />
          ))}
        </section>
      ))}
      {model.annexes.map((annex) => (
        <section key={annex.id} className="mt-6 border-t border-line-soft pt-2">
          <p className="font-bold">
            Bilag {annex.number}. {annex.title}
          </p>
          {annex.paragraphs.map((paragraph, index) => (
            <Paragraph key={index} paragraph={paragraph} />
          ))}
        </section>
      ))}
    </div>
  );
}
