/**
 * GitHub Actions workflow commands that put a message on a file and line of a pull request ("annotations"):
 *   ::error file=content/cases/x.mdx,line=7,title=frontmatter.area::har en ukendt værdi …
 * The runner reads every line of a step's output that starts with "::" as a command, so a message is escaped as the
 * runner expects (% \r \n, and in properties also : and ,). A message can then never end its line and start a
 * command of its own, whatever an editor wrote in the file it quotes.
 */

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  /** Path from the repository root, with forward slashes. */
  file?: string;
  /** 1-based; left out when the message is about the whole file. */
  line?: number;
  title?: string;
  message: string;
}

/** The command's message: %, CR and LF. */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value (file, title): as escapeData, and : and , too, which separate the properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function formatAnnotation({ level, file, line, title, message }: Annotation): string {
  const properties = [
    file !== undefined ? `file=${escapeProperty(file)}` : undefined,
    file !== undefined && line !== undefined && Number.isInteger(line) && line > 0 ? `line=${line}` : undefined,
    title !== undefined ? `title=${escapeProperty(title)}` : undefined,
  ].filter((property) => property !== undefined);
  return `::${level}${properties.length > 0 ? ` ${properties.join(",")}` : ""}::${escapeData(message)}`;
}
