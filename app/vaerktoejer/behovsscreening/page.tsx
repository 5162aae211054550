import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { BehovsscreeningTool } from "@/components/tools/planning/BehovsscreeningTool";
import { toolSet } from "@/components/tools/toolSet";

const url = "/vaerktoejer/behovsscreening";
const Tool = toolSet({ behovsscreening: BehovsscreeningTool });

export const generateMetadata = () => guideMetadata(url);

export default function Page() {
  return <GuideRoute url={url} Tool={Tool} />;
}
