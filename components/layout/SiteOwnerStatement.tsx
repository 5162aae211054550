import { NO_SITE_OWNER, type SiteOwner } from "@/lib/site";

/** Who is responsible for the site, from the deployment's setting (SITE_OWNER); honest when nobody is. */
export function SiteOwnerStatement({ owner, className }: { owner: SiteOwner | undefined; className?: string }) {
  if (!owner) {
    return (
      <p className={className} data-site-owner="ingen">
        Ansvarlig for siden: ingen endnu. {NO_SITE_OWNER}
      </p>
    );
  }
  return (
    <p className={className} data-site-owner="sat">
      Ansvarlig for siden: {owner.name}.
      {owner.contact ? (
        <>
          {" "}
          Kontakt: <a href={owner.contact.href}>{owner.contact.label}</a>
        </>
      ) : null}
    </p>
  );
}
