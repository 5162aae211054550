import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { BehovsscreeningTool } from "@/components/tools/planning/BehovsscreeningTool";
import { toolSet } from "@/components/tools/toolSet";

// In the idé phase the partners compare their needs, so the page embeds the behovsscreening. The vejvalg, a longer
// questionnaire, has its own page, which the idé page links to.
const url = "/opi-processen/ide";
const Tool = toolSet({ behovsscreening: BehovsscreeningTool });

export const generateMetadata = () => guideMetadata(url);

export default function Page() {
  return <GuideRoute url={url} Tool={Tool} />;
}
