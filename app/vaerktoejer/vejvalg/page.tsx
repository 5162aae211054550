import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { VejvalgTool } from "@/components/tools/planning/VejvalgTool";
import { toolSet } from "@/components/tools/toolSet";

const url = "/vaerktoejer/vejvalg";
const Tool = toolSet({ vejvalg: VejvalgTool });

export const generateMetadata = () => guideMetadata(url);

export default function Page() {
  return <GuideRoute url={url} Tool={Tool} />;
}
