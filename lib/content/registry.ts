/**
 * The closed registry of components that content may use, and the props each accepts.
 * This file is only the contract: content:check and the compiler read it; components/mdx/ implements it.
 * Props are plain strings in quotes; nothing else can pass from content to code.
 */
import { AUDIENCES, TOOL_IDS } from "./schema";

export interface PropRule {
  required?: boolean;
  /** The allowed values; any string when left out. */
  values?: readonly string[];
  /** A pattern the value must match, with a Danish description of it for the error message. */
  pattern?: { regex: RegExp; describe: string };
}

export interface ComponentRule {
  props: Record<string, PropRule>;
  /** Copy-paste example for content/README.md and error messages. */
  example: string;
  /** The component may only be used on these pages (content paths relative to content/). */
  onlyIn?: readonly string[];
  /** The component must sit directly inside this component. */
  parent?: string;
}

const id = { regex: /^[a-z0-9-]+$/, describe: "små bogstaver a-z, tal og bindestreger, fx inhabilitet" };
const internalAddress = { regex: /^\/(?!\/)\S*$/, describe: "en adresse i guiden, der begynder med /, fx /jura" };

/** The groups <ToolList> shows: tools that help plan the project, and tools that draft an agreement. */
export const TOOL_GROUPS = ["planlaegning", "aftaler"] as const;

export const MDX_COMPONENTS = {
  Callout: {
    props: { variant: { values: ["info", "tip", "advarsel"] }, title: {} },
    example: '<Callout variant="tip" title="Godt at vide">Tekst.</Callout>',
  },
  LawyerNote: {
    props: {},
    example: "<LawyerNote>Hvad en jurist især skal se på.</LawyerNote>",
  },
  Term: {
    props: { id: { required: true, pattern: id } },
    example: '<Term id="inhabilitet">inhabil</Term>',
  },
  Definition: {
    props: { id: { required: true, pattern: id }, term: { required: true } },
    example: '<Definition id="inhabilitet" term="Inhabilitet">Forklaring.</Definition>',
    onlyIn: ["pages/ordliste.mdx"],
  },
  Steps: {
    props: {},
    example: '<Steps><Step title="Første trin">Tekst.</Step></Steps>',
  },
  Step: {
    props: { title: { required: true } },
    example: '<Step title="Afdæk behovet">Tekst.</Step>',
    parent: "Steps",
  },
  Example: {
    props: { title: {} },
    example: '<Example title="Sådan kan det se ud">En opdigtet illustration.</Example>',
  },
  ForAudience: {
    props: { audience: { required: true, values: AUDIENCES } },
    example: '<ForAudience audience="virksomhed">Tekst til virksomheder.</ForAudience>',
  },
  PhaseMap: {
    props: {},
    example: "<PhaseMap />",
  },
  Tasks: {
    props: {},
    example: '<Tasks><Task title="Lav en aftale" href="/vaerktoejer">Lav et udkast.</Task></Tasks>',
  },
  Task: {
    props: { title: { required: true }, href: { required: true, pattern: internalAddress } },
    example: '<Task title="Lav en aftale" href="/vaerktoejer">Lav et udkast til jeres aftaler.</Task>',
    parent: "Tasks",
  },
  ToolList: {
    props: { group: { required: true, values: TOOL_GROUPS } },
    example: '<ToolList group="aftaler" />',
  },
  Tool: {
    props: { name: { required: true, values: TOOL_IDS } },
    example: '<Tool name="samarbejdsaftale" />',
  },
  SiteOwner: {
    props: {},
    example: "<SiteOwner />",
  },
} as const satisfies Record<string, ComponentRule>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];

export function isRegistered(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENTS, name);
}
