/**
 * Where a ready file from "Indsend en case" or "Opret et opslag" can go, for people with and without git: the site
 * owner's editors (an e-mail address or a page), the repository's issue form "Indsend en case" (a GitHub account, no
 * git), and a new file in the repository (git and pull requests). Zod-free and YAML-free: the client form reads it.
 */
import { EDITOR_FIELDS, EDITOR_TARGETS, type EditorKind } from "./fields";

/** The issue form's file under .github/ISSUE_TEMPLATE/ (written by scripts/issue-form.ts). */
export const CASE_ISSUE_TEMPLATE = "indsend-en-case.yml";

/** GitHub answers a longer address with 414; a link that long is sent without the answers. */
const MAX_URL = 8000;

export interface EditorChannels {
  /** The site owner's editors, when a deployment names a contact. */
  editors?: { name: string; href: string; label: string; email: boolean };
  /** The issue form, for cases only; prefilled says whether the link carries the written answers. */
  issueForm?: { href: string; prefilled: boolean };
  /** A new file in the repository with the content filled in, to propose as a pull request. */
  newFile: string;
  /** The folder the file belongs in. */
  folder: string;
}

export interface ChannelInput {
  kind: EditorKind;
  file: { name: string; mdx: string };
  values: Record<string, string | string[]>;
  repositoryUrl: string;
  branch: string;
  owner?: { name: string; contact?: { href: string; label: string } };
}

export function editorChannels({ kind, file, values, repositoryUrl, branch, owner }: ChannelInput): EditorChannels {
  const target = EDITOR_TARGETS[kind];
  const title = typeof values.title === "string" ? values.title.trim() : "";
  const contact = owner?.contact;
  const editors = contact
    ? {
        name: owner.name,
        label: contact.label,
        email: contact.href.startsWith("mailto:"),
        href: contact.href.startsWith("mailto:") ? `${contact.href}?subject=${encodeURIComponent(`${kind === "case" ? "Ny case" : "Nyt opslag"}: ${title}`)}` : contact.href,
      }
    : undefined;
  const newFile = `${repositoryUrl}/new/${branch}/${target.folder}?filename=${encodeURIComponent(file.name)}&value=${encodeURIComponent(file.mdx)}`;
  return { ...(editors ? { editors } : {}), ...(kind === "case" ? { issueForm: caseIssueFormUrl(repositoryUrl, values) } : {}), newFile, folder: target.folder };
}

/**
 * The issue form "Indsend en case", with the written answers filled in: GitHub fills an issue form's text fields from
 * query parameters named by the fields' ids, which are the site form's field names. Choices are chosen again there.
 */
export function caseIssueFormUrl(repositoryUrl: string, values: Record<string, string | string[]>): { href: string; prefilled: boolean } {
  const base = `${repositoryUrl}/issues/new?template=${CASE_ISSUE_TEMPLATE}`;
  const params = new URLSearchParams();
  // The field "Titel" has the id title, which is also GitHub's parameter for the issue's title: either way it is the case's.
  for (const field of EDITOR_FIELDS.case) {
    if (field.kind === "select" || field.kind === "checkboxes" || field.kind === "checkbox") continue;
    const value = values[field.name];
    if (typeof value === "string" && value.trim()) params.set(field.name, value.trim());
  }
  const href = `${base}&${params.toString()}`;
  return href.length <= MAX_URL && params.size > 0 ? { href, prefilled: true } : { href: base, prefilled: false };
}
