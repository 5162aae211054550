import GithubSlugger from "github-slugger";

/**
 * Heading anchors in ASCII, as Danish editors write addresses: "Hvornår gælder det?" → "hvornaar-gaelder-det".
 * Returns a function that keeps anchors unique within one page.
 */
export function createHeadingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(transliterate(text));
}

export function transliterate(text: string): string {
  return text
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "oe")
    .replace(/[åÅ]/g, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}
