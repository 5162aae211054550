import { site } from "@/lib/site";
import { SiteOwnerStatement } from "./SiteOwnerStatement";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-surface">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 md:grid-cols-2">
        <nav aria-label="Om siden">
          <ul className="space-y-2">
            <li>
              <a href="/om-opi-guiden">Om OPI-guiden</a>
            </li>
            <li>
              <a href="/tilgaengelighed">Tilgængelighedserklæring</a>
            </li>
            <li>
              <a href={site.repositoryUrl}>Kildekoden til OPI-guiden</a>
            </li>
            <li>
              <a href="/sitemap.xml">Oversigt over alle sider (sitemap)</a>
            </li>
          </ul>
        </nav>
        <div className="text-muted">
          <SiteOwnerStatement owner={site.owner} className="mb-2" />
          <p>
            Indholdet må bruges frit under licensen {site.license.content}. Koden er open source under {site.license.code}-licensen.
          </p>
          <p className="mt-2">OPI-guiden bruger ingen cookies og sporer dig ikke.</p>
        </div>
      </div>
    </footer>
  );
}
