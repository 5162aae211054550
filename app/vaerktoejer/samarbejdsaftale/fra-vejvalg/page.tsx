import type { Metadata } from "next";
import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { AgreementTool } from "@/components/tools/agreement/AgreementTool";
import { ToolLink } from "@/components/mdx/ToolLink";
import type { ToolId } from "@/lib/content/schema";
import type { Draft } from "@/lib/agreements/form";
import { prefillFromQuery } from "@/lib/planning/schemas";
import { RIGHTS_LABELS } from "@/lib/planning/vejvalg";

/**
 * The samarbejdsaftale builder, pre-filled from a vejvalg result carried in the query string. A plain link
 * leads here, so it works with JavaScript switched off. The page is the builder's page; search engines see only that.
 */
const url = "/vaerktoejer/samarbejdsaftale";

export async function generateMetadata(): Promise<Metadata> {
  return { ...(await guideMetadata(url)), robots: { index: false } };
}

const PAYMENT = { nej: "Ingen betaling", delvis: "Delvis betaling", fuldt: "Fuld betaling" } as const;

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const prefill = prefillFromQuery(await searchParams);
  const lines = prefill
    ? [
        prefill.money ? `Betaling: ${PAYMENT[prefill.money.payment as keyof typeof PAYMENT]}` : null,
        prefill.rights ? `Rettigheder: ${RIGHTS_LABELS[prefill.rights.model as keyof typeof RIGHTS_LABELS]}` : null,
        prefill.procurement ? `Senere udbud: ${prefill.procurement.laterTender ? "Ja" : "Nej"}` : null,
        prefill.data ? `Persondata: ${prefill.data.personalData ? "Ja" : "Nej"}` : null,
      ].filter((line): line is string => Boolean(line))
    : [];

  function Tool({ name }: { name: ToolId }) {
    if (name !== "samarbejdsaftale") return <ToolLink name={name} />;
    return (
      <>
        <div role="status" className="not-prose mt-4 border-l-8 border-brand bg-brand-light p-4">
          {prefill ? (
            <>
              <p className="font-bold">Svarene fra vejvalget er sat ind i samarbejdsaftalen:</p>
              <ul className="mt-2 list-disc pl-6">
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p className="mt-2">Du kan rette dem i trinene undervejs.</p>
            </>
          ) : (
            <p>Linket indeholdt ingen svar fra vejvalget, som kunne bruges. Du kan udfylde aftalen som normalt.</p>
          )}
        </div>
        <AgreementTool name={name} prefill={(prefill ?? undefined) as Draft | undefined} />
      </>
    );
  }

  return <GuideRoute url={url} Tool={Tool} />;
}
