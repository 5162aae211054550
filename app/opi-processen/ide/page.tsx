import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { VejvalgTool } from "@/components/tools/planning/VejvalgTool";
import { BehovsscreeningTool } from "@/components/tools/planning/BehovsscreeningTool";
import { toolSet } from "@/components/tools/toolSet";

// In the idé phase the partners screen their needs and choose a route, so the page embeds those two tools.
const url = "/opi-processen/ide";
const Tool = toolSet({ vejvalg: VejvalgTool, behovsscreening: BehovsscreeningTool });

export const generateMetadata = () => guideMetadata(url);

export default function Page() {
  return <GuideRoute url={url} Tool={Tool} />;
}
