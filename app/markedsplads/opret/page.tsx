import type { Metadata } from "next";
import { EditorPage } from "@/components/editor/EditorPage";

export const metadata: Metadata = {
  title: "Opret et opslag",
  description: "Opret et behov eller en kompetence på markedspladsen: udfyld formularen, og få en færdig fil til guiden.",
  alternates: { canonical: "/markedsplads/opret" },
};

export default function CreateListingPage() {
  return <EditorPage kind="listing" />;
}
