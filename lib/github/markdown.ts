/**
 * Text from an issue (a contributor's title, sources, or a message that quotes them) placed in a comment or a pull
 * request written by the repository's workflow. It is shown as the words it is: every ASCII punctuation mark is
 * escaped, so no link, image, HTML tag, heading or code span can form, and @ and # are followed by a word joiner, so
 * the text cannot mention a person or a team, nor link another issue.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`)
    .replace(/([@#])/g, "$1\u2060");
}
