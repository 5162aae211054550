import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { PartnerscreeningTool } from "@/components/tools/planning/PartnerscreeningTool";
import { toolSet } from "@/components/tools/toolSet";

// Opstart is where the partners find each other, so its page embeds the partner screening. The agreement builders
// have pages of their own, which the page links to: three builders would make the page too long to read.
const url = "/opi-processen/opstart";
const Tool = toolSet({ partnerscreening: PartnerscreeningTool });

export const generateMetadata = () => guideMetadata(url);

export default function Page() {
  return <GuideRoute url={url} Tool={Tool} />;
}
