import type { NavItem } from "@/lib/content";
import { site } from "@/lib/site";

/**
 * Header with the main navigation. On small screens the menu folds into a <details> element,
 * which opens and closes without JavaScript.
 */
export function SiteHeader({ items }: { items: NavItem[] }) {
  const links = (className: string) => (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.url}>
          <a
            href={item.url}
            className="block px-3 py-2 font-semibold text-white no-underline visited:text-white hover:underline"
          >
            {item.title}
          </a>
        </li>
      ))}
      <li>
        <a href="/soeg" className="block px-3 py-2 font-semibold text-white no-underline visited:text-white hover:underline">
          Søg<span className="sr-only"> i guiden</span>
        </a>
      </li>
    </ul>
  );
  return (
    <header className="bg-brand text-white">
      <a href="#indhold" className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:p-3">
        Gå til indhold
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <a href="/" className="text-2xl font-bold text-white no-underline visited:text-white hover:underline">
          {site.name}
          <span className="sr-only"> – forside</span>
        </a>
        <nav aria-label="Hovedmenu" className="w-full md:w-auto">
          <details className="md:hidden">
            <summary className="ml-auto w-fit cursor-pointer rounded border border-white px-3 py-1 font-semibold">Menu</summary>
            {links("mt-2 border-t border-white/40 py-2")}
          </details>
          {links("hidden md:flex md:flex-wrap")}
        </nav>
      </div>
    </header>
  );
}
