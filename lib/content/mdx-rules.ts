/**
 * Reads an MDX body and reports everything content may not do: import/export, JavaScript expressions,
 * HTML tags, components outside the registry, props that are not plain strings, script URLs.
 * It also collects what the cross-file checks need: internal links, glossary terms and definitions, headings.
 * Pure: no file access, so it runs the same in content:check, in the compiler and in unit tests.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import { visitParents } from "unist-util-visit-parents";
import { toString } from "mdast-util-to-string";
import type { Root, Nodes } from "mdast";
import { MDX_COMPONENTS, MDX_COMPONENT_NAMES, isRegistered } from "./registry";
import { createHeadingSlugger } from "./slug";

export interface BodyProblem {
  line: number;
  message: string;
}

export interface BodyFacts {
  problems: BodyProblem[];
  links: { url: string; line: number }[];
  terms: { id: string; line: number }[];
  tools: { name: string; line: number }[];
  definitions: { id: string; term: string; line: number }[];
  headings: { depth: number; text: string; id: string; line: number }[];
  components: string[];
  /** Plain text of the body, one block (paragraph, heading, table cell) a line, for readability and search. */
  text: string;
}

/** Bump when the rules or the facts they collect change, so the build's cached facts are read again (load.ts). */
export const RULES_VERSION = "3";

const ALLOWED_SCHEMES = /^(https?:|mailto:|tel:|\/|#)/i;

interface JsxAttribute {
  type: "mdxJsxAttribute" | "mdxJsxExpressionAttribute";
  name?: string;
  value?: string | null | { type: string; value: string };
}

interface JsxNode {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number } };
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function analyseBody(body: string, options: { contentPath: string; lineOffset?: number }): BodyFacts {
  const offset = options.lineOffset ?? 0;
  const facts: BodyFacts = { problems: [], links: [], terms: [], tools: [], definitions: [], headings: [], components: [], text: "" };
  const at = (node: { position?: { start: { line: number } } }) => (node.position?.start.line ?? 1) + offset;

  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
    const line = (e.line ?? e.place?.line ?? e.place?.start?.line ?? 1) + offset;
    facts.problems.push({
      line,
      message: `MDX kan ikke læses: ${e.reason ?? e.message ?? String(error)}. Tjek at alle komponenter er lukket (<Callout>…</Callout> eller <PhaseMap />), og skriv \\{ og \\< for at vise tegnene { og <`,
    });
    return facts;
  }

  const slug = createHeadingSlugger();
  const textParts: string[] = [];

  visitParents(tree, (node: Nodes, ancestors) => {
    switch (node.type) {
      case "mdxjsEsm":
        facts.problems.push({
          line: at(node),
          message: "import og export er ikke tilladt i indhold. Slet linjen; de tilladte komponenter virker uden import",
        });
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        facts.problems.push({
          line: at(node),
          message: "JavaScript-udtryk i krøllede parenteser er ikke tilladt. Slet dem, eller skriv \\{ for at vise tegnet {",
        });
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        // The nearest enclosing component, looking through the paragraphs that Markdown wraps around inline elements.
        checkJsx(node as unknown as JsxNode, ancestors.findLast((a) => a.type === "mdxJsxFlowElement" || a.type === "mdxJsxTextElement") as unknown as JsxNode | undefined);
        return;
      case "heading": {
        const text = toString(node);
        if (node.depth === 1) {
          facts.problems.push({
            line: at(node),
            message: "overskrift på niveau 1 (#) er ikke tilladt; sidens titel er allerede overskriften. Brug ## i stedet",
          });
        }
        facts.headings.push({ depth: node.depth, text, id: slug(text), line: at(node) });
        textParts.push(text);
        return;
      }
      case "link":
      case "definition":
      case "image":
        checkUrl(node.url, at(node));
        return;
      case "paragraph":
      case "tableCell":
        textParts.push(toString(node));
        return;
      default:
        return;
    }
  });

  // Headings must not skip a level: ## then #### leaves a screen reader user lost.
  let previous = 1;
  for (const heading of facts.headings) {
    if (heading.depth > previous + 1) {
      facts.problems.push({
        line: heading.line,
        message: `overskriften "${heading.text}" springer et niveau over (fra ${"#".repeat(previous)} til ${"#".repeat(heading.depth)}). Brug ${"#".repeat(previous + 1)}`,
      });
    }
    previous = heading.depth;
  }

  facts.text = textParts.map((part) => part.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n");
  return facts;

  function checkUrl(url: string, line: number) {
    const trimmed = url.trim();
    if (!ALLOWED_SCHEMES.test(trimmed)) {
      facts.problems.push({
        line,
        message: `linket "${trimmed}" er ikke tilladt. Brug en adresse, der begynder med https://, mailto: eller / (en side i guiden)`,
      });
      return;
    }
    if (trimmed.startsWith("/") && !trimmed.startsWith("//")) facts.links.push({ url: trimmed, line });
    if (trimmed.startsWith("//")) {
      facts.problems.push({ line, message: `linket "${trimmed}" mangler https:. Skriv den fulde adresse, fx https://${trimmed.slice(2)}` });
    }
  }

  function checkJsx(node: JsxNode, parent: JsxNode | undefined) {
    const line = at(node);
    if (node.name === null) {
      facts.problems.push({ line, message: "tomme tags <> … </> er ikke tilladt. Slet dem" });
      return;
    }
    const name = node.name;
    if (!isRegistered(name)) {
      const isHtml = /^[a-z]/.test(name);
      facts.problems.push({
        line,
        message: isHtml
          ? `HTML-tagget <${name}> er ikke tilladt. Brug Markdown eller en af komponenterne: ${MDX_COMPONENT_NAMES.join(", ")}`
          : `komponenten <${name}> findes ikke. Tilladte komponenter: ${MDX_COMPONENT_NAMES.join(", ")} (se content/README.md)`,
      });
      return;
    }
    facts.components.push(name);
    const rule = MDX_COMPONENTS[name];
    if ("onlyIn" in rule && !(rule.onlyIn as readonly string[]).includes(options.contentPath)) {
      facts.problems.push({ line, message: `<${name}> må kun bruges i ${rule.onlyIn.join(", ")}` });
    }
    if ("parent" in rule && parent?.name !== rule.parent) {
      facts.problems.push({ line, message: `<${name}> skal stå inde i <${rule.parent}>. Eksempel: ${MDX_COMPONENTS[rule.parent as "Steps"].example}` });
    }
    const props = rule.props as Record<string, { required?: boolean; values?: readonly string[]; pattern?: { regex: RegExp; describe: string } }>;
    const seen = new Set<string>();
    for (const attribute of node.attributes) {
      if (attribute.type === "mdxJsxExpressionAttribute") {
        facts.problems.push({ line, message: `<${name}> har et {…}-udtryk som egenskab. Det er ikke tilladt; skriv egenskaber som navn="tekst"` });
        continue;
      }
      const propName = attribute.name ?? "";
      const propRule = props[propName];
      if (!propRule) {
        const allowed = Object.keys(props);
        facts.problems.push({
          line,
          message: `<${name}> har ikke egenskaben "${propName}". ${allowed.length ? `Tilladte egenskaber: ${allowed.join(", ")}` : "Komponenten tager ingen egenskaber"}`,
        });
        continue;
      }
      seen.add(propName);
      const value = attribute.value;
      if (typeof value !== "string") {
        facts.problems.push({
          line,
          message: `<${name}> egenskaben "${propName}" skal være en tekst i anførselstegn, fx ${propName}="${propRule.values?.[0] ?? "tekst"}"`,
        });
        continue;
      }
      if (propRule.values && !propRule.values.includes(value)) {
        facts.problems.push({
          line,
          message: `<${name}> egenskaben "${propName}" har den ukendte værdi "${value}". Tilladte værdier: ${propRule.values.join(", ")}`,
        });
      }
      if (propRule.pattern && !propRule.pattern.regex.test(value)) {
        facts.problems.push({ line, message: `<${name}> egenskaben "${propName}" skal være ${propRule.pattern.describe}; fik "${value}"` });
      }
      if (name === "Term" && propName === "id") facts.terms.push({ id: value, line });
      if (name === "Tool" && propName === "name") facts.tools.push({ name: value, line });
      // A card's address is a link like any other: it must lead to a page of the guide.
      if (name === "Task" && propName === "href" && propRule.pattern?.regex.test(value)) checkUrl(value, line);
    }
    for (const [propName, propRule] of Object.entries(props)) {
      if (propRule.required && !seen.has(propName)) {
        facts.problems.push({ line, message: `<${name}> mangler egenskaben "${propName}". Eksempel: ${rule.example}` });
      }
    }
    if (name === "Definition") {
      const idAttr = node.attributes.find((a) => a.name === "id")?.value;
      const termAttr = node.attributes.find((a) => a.name === "term")?.value;
      if (typeof idAttr === "string" && typeof termAttr === "string") facts.definitions.push({ id: idAttr, term: termAttr, line });
    }
  }
}
