import { SiteOwnerStatement } from "@/components/layout/SiteOwnerStatement";
import { site } from "@/lib/site";

/** <SiteOwner />: the sentence that says who is responsible for the site, from the deployment's setting. */
export function SiteOwner() {
  return <SiteOwnerStatement owner={site.owner} className="font-semibold" />;
}
