import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { AgreementTool } from "@/components/tools/agreement/AgreementTool";
import { PartnerscreeningTool } from "@/components/tools/planning/PartnerscreeningTool";
import { toolSet } from "@/components/tools/toolSet";

// Opstart is where the partners find each other and make their agreements, so its page embeds those tools.
const url = "/opi-processen/opstart";
const Tool = toolSet({ partnerscreening: PartnerscreeningTool, hensigtserklaering: AgreementTool, fortrolighedsaftale: AgreementTool, samarbejdsaftale: AgreementTool });

export const generateMetadata = () => guideMetadata(url);

export default function Page() {
  return <GuideRoute url={url} Tool={Tool} />;
}
