/**
 * The vejvalg's result: the route, type, agreement and rights, why (rule by rule, with the answers each rests on and
 * its sources), the risks, what to find out first and the rules' review status. Plain markup without hooks: the
 * client leaf renders it with and without JavaScript from the decision the server made.
 */
import type { ReactNode, Ref } from "react";
import { AGREEMENT_LABELS, rightsText, routeText, typeText, vejvalgQuery, type DecidingRule, type VejvalgAnswers, type VejvalgDecision, type VejvalgSource } from "@/lib/planning/vejvalg";
import { resultAnchor } from "./parts";

function Sources({ sources }: { sources: VejvalgSource[] }) {
  return (
    <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
      {sources.map((source) => (
        <li key={source.id}>
          {source.url ? <a href={source.url}>{source.title}</a> : source.title}. <span className="text-muted">{source.reference}</span>
        </li>
      ))}
    </ul>
  );
}

function Why({ title, rule }: { title: string; rule: DecidingRule }) {
  return (
    <li className="border-l-4 border-line-soft pl-3">
      <h5 className="font-bold">{title}</h5>
      {rule.reasons.map((reason) => (
        <p key={reason} className="mt-1">
          {reason}
        </p>
      ))}
      {rule.basedOn.length ? (
        <>
          <p className="mt-2 text-sm font-semibold">Bygger på dine svar</p>
          <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
            {rule.basedOn.map((b) => (
              <li key={b.question}>
                {b.label} <strong>{b.answer}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-2 text-sm font-semibold">Kilder</p>
      <Sources sources={rule.sources} />
      {rule.link ? (
        <p className="mt-1 text-sm">
          <a href={rule.link}>
            Læs mere<span className="sr-only"> om {title.charAt(0).toLowerCase() + title.slice(1)}</span>
          </a>
        </p>
      ) : null}
    </li>
  );
}

/** The advice itself is in data-advice; children (the downloads) and the link into the samarbejdsaftale follow it. */
export function VejvalgResult({ decision, answers, resultRef, review, children }: { decision: VejvalgDecision; answers: VejvalgAnswers; resultRef: Ref<HTMLHeadingElement>; review: ReactNode; children?: ReactNode }) {
  return (
    <section id={resultAnchor("vejvalg")} aria-labelledby="vejvalg-resultat" className="mt-8 scroll-mt-4 border-t-4 border-brand pt-4" data-route={decision.route}>
      <div data-advice>
        <h3 id="vejvalg-resultat" ref={resultRef} tabIndex={-1} className="text-2xl font-bold">
          Anbefaling
        </h3>
        {decision.route === "afklar" ? (
          <div className="mt-3 border-l-8 border-warning bg-warning-light p-3">
            <p>
              <strong>Afklar først – kontakt en jurist.</strong> Jeres svar afgør ikke, hvilken vej I må gå. Se hvorfor nedenfor, og afklar punkterne under »Afklar først«.
            </p>
          </div>
        ) : null}
        {decision.provisional ? (
          <p className="mt-3 border-l-8 border-warning bg-warning-light p-3">
            <strong>Foreløbigt resultat.</strong> Nogle vigtige spørgsmål er besvaret med »Ved ikke«. Afklar dem, og prøv igen.
          </p>
        ) : null}
        <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">Vej</dt>
          <dd>{routeText(decision)}</dd>
          <dt className="font-semibold">Type OPI</dt>
          <dd>{typeText(decision.type)}</dd>
          <dt className="font-semibold">Aftale</dt>
          <dd>{AGREEMENT_LABELS[decision.agreement]}</dd>
          {decision.rights ? (
            <>
              <dt className="font-semibold">Rettigheder</dt>
              <dd>{rightsText(decision.rights)}</dd>
            </>
          ) : null}
        </dl>

        {decision.findOutFirst.length ? (
          <>
            <h4 className="mt-6 text-xl font-bold">Afklar først</h4>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {decision.findOutFirst.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}

        <h4 className="mt-6 text-xl font-bold">Hvorfor?</h4>
        <ul className="mt-2 space-y-4">
          <Why title={`Vejen: ${routeText(decision)}`} rule={decision.rule} />
          <Why title={`Typen af OPI: ${typeText(decision.type)}`} rule={decision.typeRule} />
          {decision.rightsRule && decision.rights ? <Why title={`Rettighederne: ${rightsText(decision.rights)}`} rule={decision.rightsRule} /> : null}
        </ul>

        {decision.risks.length ? (
          <>
            <h4 className="mt-6 text-xl font-bold">Risici, I skal håndtere</h4>
            <ul className="mt-2 list-disc space-y-3 pl-6">
              {decision.risks.map((risk) => (
                <li key={risk.id}>
                  <strong>{risk.title}.</strong> {risk.text}
                  {risk.link ? (
                    <>
                      {" "}
                      <a href={risk.link}>
                        {/* A link to one of the guide's tools opens it; any other link explains more. */}
                        {risk.link.startsWith("/vaerktoejer/") ? "Åbn værktøjet" : "Læs mere"}
                        <span className="sr-only"> om {risk.title.charAt(0).toLowerCase() + risk.title.slice(1)}</span>
                      </a>
                    </>
                  ) : null}
                  <p className="mt-1 text-sm font-semibold">Kilder</p>
                  <Sources sources={risk.sources} />
                </li>
              ))}
            </ul>
          </>
        ) : null}

        {/* review is a <p>: the box is a <div>, so the markup nests the same in the browser and on the server. */}
        <div className="mt-6 border-l-8 border-warning bg-warning-light p-3">
          <p>Det er en første retning. Kontakt en jurist, før I beslutter jer.</p>
          <div className="mt-1 text-sm">
            Vejvalgets regler: {review} Reglernes version: {decision.version}.
          </div>
        </div>
      </div>
      {children}
      {decision.agreement === "samarbejdsaftale" ? (
        <p className="mt-6 print:hidden">
          <a className="button" href={`/vaerktoejer/samarbejdsaftale/fra-vejvalg?${vejvalgQuery(answers)}`}>
            Brug svarene i samarbejdsaftalen
          </a>
        </p>
      ) : null}
    </section>
  );
}
