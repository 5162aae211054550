import { GuideRoute, guideMetadata } from "@/components/layout/GuideRoute";
import { BusinessCaseTool } from "@/components/tools/planning/BusinessCaseTool";
import { toolSet } from "@/components/tools/toolSet";

// In markedsmodning the partners weigh costs against gains, so the page embeds the business case.
const url = "/opi-processen/markedsmodning";
const Tool = toolSet({ "business-case": BusinessCaseTool });

export const generateMetadata = () => guideMetadata(url);

export default function Page() {
  return <GuideRoute url={url} Tool={Tool} />;
}
