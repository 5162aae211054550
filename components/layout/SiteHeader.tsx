import type { NavItem } from "@/lib/content";
import { site } from "@/lib/site";

/** Where the reader is: the exact address when the layout knows it, otherwise the section the page lies in. */
export interface Location {
  page?: string;
  section?: string;
}

/** aria-current for a menu item: "page" on the item's own page, "true" anywhere else in its section. */
export function currentOf(itemUrl: string, { page, section }: Location): "page" | "true" | undefined {
  if (page !== undefined) {
    if (page === itemUrl) return "page";
    return page.startsWith(`${itemUrl}/`) ? "true" : undefined;
  }
  return section === itemUrl || section?.startsWith(`${itemUrl}/`) ? "true" : undefined;
}

function SearchIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="h-5 w-5 shrink-0">
      <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" strokeWidth="3" />
      <path d="M15 15l6 6" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

/** A plain GET form to /soeg: it works on every page, and pages without tools stay free of the framework's code. */
function SearchForm({ id }: { id: string }) {
  return (
    <form role="search" action="/soeg" method="get" aria-label="Søg i OPI-guiden" className="flex w-full items-stretch">
      <label htmlFor={id} className="sr-only">
        Søg i OPI-guiden
      </label>
      <input id={id} name="q" type="search" autoComplete="off" maxLength={200} className="header-search-input min-w-0 flex-1 border-2 border-white bg-white px-2 py-1 text-ink" />
      <button type="submit" className="header-search-button flex items-center gap-1 border-2 border-white bg-brand-dark px-3 font-semibold text-white hover:bg-ink">
        <SearchIcon />
        <span className="sr-only">Søg</span>
      </button>
    </form>
  );
}

/**
 * Header with the search field and the main navigation. The menu item of the section the reader is in carries
 * aria-current and a visible bar. On small screens the logo and two disclosure buttons, "Søg" and "Menu", share one
 * row; each is a <details> element, so it opens and closes without JavaScript, and opening one closes the other.
 * The buttons sit over the row, so a closed disclosure takes no room and an open one pushes the page down.
 */
export function SiteHeader({ items, location }: { items: NavItem[]; location: Location }) {
  const links = (variant: "row" | "panel") => (
    <ul className={variant === "row" ? "flex flex-wrap gap-x-1" : "border-t border-white/40 py-2"}>
      {items.map((item) => {
        const state = currentOf(item.url, location);
        return (
          <li key={item.url}>
            <a
              href={item.url}
              aria-current={state}
              data-current={state ? "true" : undefined}
              className={`header-link block font-semibold text-white no-underline visited:text-white hover:underline ${
                variant === "row" ? "border-b-4 px-3 pt-2 pb-1" : "border-l-4 px-3 py-2"
              } ${state ? "border-white" : "border-transparent"}`}
            >
              {item.title}
            </a>
          </li>
        );
      })}
    </ul>
  );
  return (
    <header className="bg-brand text-white">
      <a href="#indhold" className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:p-3">
        Gå til indhold
      </a>
      <div className="relative mx-auto max-w-6xl px-4">
        <div className="flex min-h-14 items-center gap-6 py-2 md:min-h-16">
          <a href="/" className="mr-auto text-xl font-bold text-white no-underline visited:text-white hover:underline sm:text-2xl">
            {site.name}
            <span className="sr-only"> – forside</span>
          </a>
          <div className="hidden w-72 md:block">
            <SearchForm id="soeg-i-sidehoved" />
          </div>
        </div>
        <details name="sidehoved" className="header-disclosure md:hidden">
          <summary className="header-toggle right-[6.5rem] w-[4.5rem]">
            <SearchIcon />
            Søg
          </summary>
          <div className="pb-4">
            <SearchForm id="soeg-i-menu" />
          </div>
        </details>
        <nav aria-label="Hovedmenu" className="md:hidden">
          <details name="sidehoved" className="header-disclosure">
            <summary className="header-toggle right-4 w-[5rem]">Menu</summary>
            {links("panel")}
          </details>
        </nav>
      </div>
      <nav aria-label="Hovedmenu" className="hidden md:block">
        <div className="mx-auto max-w-6xl px-1">{links("row")}</div>
      </nav>
    </header>
  );
}
