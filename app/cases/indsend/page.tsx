import type { Metadata } from "next";
import { EditorPage } from "@/components/editor/EditorPage";

export const metadata: Metadata = {
  title: "Indsend en case",
  description: "Del jeres erfaringer med et OPI-projekt: udfyld formularen, og få en færdig fil til guiden.",
  alternates: { canonical: "/cases/indsend" },
};

export default function SubmitCasePage() {
  return <EditorPage kind="case" />;
}
