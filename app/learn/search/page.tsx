import type { Metadata } from "next";
import { LessonSearch } from "~/components/learn/lesson-search";
import { PageHeader } from "~/components/ui/page-header";

export const metadata: Metadata = { title: "Search lessons" };
export const dynamic = "force-static";

export default function SearchPage() {
  return (
    <>
      <PageHeader title="Search" description="Search every chapter guide and the glossary." />
      <LessonSearch />
    </>
  );
}
