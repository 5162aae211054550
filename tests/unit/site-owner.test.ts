import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SiteOwnerStatement } from "@/components/layout/SiteOwnerStatement";
import { readSiteOwner, NO_SITE_OWNER } from "@/lib/site";

describe("who is responsible for the site", () => {
  it("reads the owner and a contact that is an e-mail or an https address", () => {
    expect(readSiteOwner({ SITE_OWNER: " Eksempel Kommune ", SITE_OWNER_CONTACT: "innovation@eksempel.dk" })).toEqual({
      name: "Eksempel Kommune",
      contact: { href: "mailto:innovation@eksempel.dk", label: "innovation@eksempel.dk" },
    });
    expect(readSiteOwner({ SITE_OWNER: "Eksempel Kommune", SITE_OWNER_CONTACT: "https://eksempel.dk/opi/" })?.contact).toEqual({
      href: "https://eksempel.dk/opi/",
      label: "eksempel.dk/opi",
    });
  });

  it("leaves out what is unsafe or malformed, with a warning, and falls back to saying nobody owns the site", () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    expect(readSiteOwner({ SITE_OWNER: "Eksempel Kommune", SITE_OWNER_CONTACT: "javascript:alert(1)" }, warn)).toEqual({ name: "Eksempel Kommune" });
    expect(readSiteOwner({ SITE_OWNER: "<script>x</script>" }, warn)).toBeUndefined();
    expect(readSiteOwner({}, warn)).toBeUndefined();
    expect(warnings).toHaveLength(2);

    const none = renderToStaticMarkup(createElement(SiteOwnerStatement, { owner: undefined }));
    expect(none).toContain(`Ansvarlig for siden: ingen endnu. ${NO_SITE_OWNER}`);
    const owned = renderToStaticMarkup(
      createElement(SiteOwnerStatement, { owner: { name: "Eksempel Kommune", contact: { href: "mailto:a@eksempel.dk", label: "a@eksempel.dk" } } }),
    );
    expect(owned).toContain("Ansvarlig for siden: Eksempel Kommune.");
    expect(owned).toContain('<a href="mailto:a@eksempel.dk">a@eksempel.dk</a>');
  });
});
