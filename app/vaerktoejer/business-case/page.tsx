import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { BusinessCaseTool } from "@/components/tools/planning/BusinessCaseTool";
import { toolSet } from "@/components/tools/toolSet";

const url = "/vaerktoejer/business-case";
const Tool = toolSet({ "business-case": BusinessCaseTool });

export const generateMetadata = () => guideMetadata(url);

export default function Page() {
  return <GuideRoute url={url} Tool={Tool} />;
}
