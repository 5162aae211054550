/**
 * The implementations of the closed MDX registry (lib/content/registry.ts is the contract).
 * All are server components: prose ships no JavaScript. Routes that show an interactive tool
 * pass their own Tool implementation to MdxContent.
 */
import type { ComponentType, ReactNode } from "react";
import type { ToolId } from "@/lib/content/schema";
import type { MdxComponentName } from "@/lib/content/registry";
import { Callout } from "./Callout";
import { LawyerNote } from "./LawyerNote";
import { Definition, Term } from "./Glossary";
import { Step, Steps } from "./Steps";
import { Example } from "./Example";
import { ForAudience } from "./ForAudience";
import { PhaseMap } from "./PhaseMap";
import { ToolLink } from "./ToolLink";
import { SiteOwner } from "./SiteOwner";
import { Task, Tasks } from "./Tasks";
import { ToolList } from "./ToolList";

export const mdxComponents = {
  Callout,
  LawyerNote,
  Term,
  Definition,
  Steps,
  Step,
  Example,
  ForAudience,
  PhaseMap,
  Tasks,
  Task,
  ToolList,
  Tool: ToolLink,
  SiteOwner,
} satisfies Record<MdxComponentName, ComponentType<never>>;

export type ToolComponent = (props: { name: ToolId }) => ReactNode | Promise<ReactNode>;
