import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { AgreementTool } from "@/components/tools/agreement/AgreementTool";

const url = "/vaerktoejer/databehandleraftale";

export const generateMetadata = () => guideMetadata(url);

export default function Page() {
  return <GuideRoute url={url} Tool={AgreementTool} />;
}
