import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { PartnerscreeningTool } from "@/components/tools/planning/PartnerscreeningTool";
import { toolSet } from "@/components/tools/toolSet";

const url = "/vaerktoejer/partnerscreening";
const Tool = toolSet({ partnerscreening: PartnerscreeningTool });

export const generateMetadata = () => guideMetadata(url);

export default function Page() {
  return <GuideRoute url={url} Tool={Tool} />;
}
