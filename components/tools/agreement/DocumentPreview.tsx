import { formatKroner, formatNumber } from "@/lib/format";
import type { DocumentModel } from "@/lib/agreements/model";

/** The document as HTML: the live preview beside the questions, and an accessible alternative to the files. */
export function DocumentPreview({ model }: { model: DocumentModel }) {
  return (
    <div className="text-sm leading-relaxed">
      <p className="font-bold text-error">UDKAST · skabelon version {model.templateVersion}</p>
      <p className="text-xl font-bold">{model.title}</p>
      {model.projectTitle ? <p className="font-semibold">{model.projectTitle}</p> : null}
      <p className="mt-2">{model.intro}</p>
      {model.clauses.map((clause) => (
        <section key={clause.id} className="mt-4">
          <p className="font-bold">
            {clause.number}. {clause.title}
          </p>
          {clause.paragraphs.map((paragraph, index) => {
            switch (paragraph.kind) {
              case "text":
                return (
                  <p key={index} className="mt-1">
                    {paragraph.number} {paragraph.text}
                  </p>
                );
              case "parties":
                return (
                  <ul key={index} className="mt-1 space-y-1">
                    {paragraph.parties.map((party, i) => (
                      <li key={i}>
                        <strong>{party.name}</strong> ({party.roleLabel.toLowerCase()})
                        {party.cvr ? `, CVR-nr. ${party.cvr}` : ""}
                        {party.address ? `, ${party.address}` : ""}
                      </li>
                    ))}
                  </ul>
                );
              case "contributions":
                return (
                  <ul key={index} className="mt-1">
                    {paragraph.parties.map((party, i) => (
                      <li key={i}>
                        {party.name}: {formatNumber(party.hours ?? 0)} timer, {formatKroner(party.cash ?? 0)}
                        {party.inKind ? `, ${party.inKind}` : ""}
                      </li>
                    ))}
                  </ul>
                );
              case "signatures":
                return (
                  <p key={index} className="mt-1">
                    Underskrifter: {paragraph.parties.map((party) => party.name).join(", ")}
                  </p>
                );
            }
          })}
        </section>
      ))}
    </div>
  );
}
