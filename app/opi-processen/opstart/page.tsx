import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { AgreementTool } from "@/components/tools/agreement/AgreementTool";

// Opstart is where the partners make their agreements, so its page embeds the agreement builders.
const url = "/opi-processen/opstart";

export const generateMetadata = () => guideMetadata(url);

export default function Page() {
  return <GuideRoute url={url} Tool={AgreementTool} />;
}
