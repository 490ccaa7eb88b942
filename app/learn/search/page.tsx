import type { Metadata } from "next";
import { LessonSearch } from "~/components/learn/lesson-search";
import { PageHeader } from "~/components/ui/page-header";
import { bookChapterLabel } from "~/server/content/build-catalog";
import { getCatalog } from "~/server/content/catalog";

export const metadata: Metadata = { title: "Search lessons" };
export const dynamic = "force-static";

/** Offered when a search finds nothing and no glossary term is spelled like it. */
const STARTER_TERMS = ["Label shift", "Feature store", "Canary release", "Data leakage"];

export default function SearchPage() {
  const catalog = getCatalog();
  const chapters = catalog.chapters.map((c) => ({ number: c.number, book: bookChapterLabel(c), title: c.title, href: c.href }));
  const glossary = new Set(catalog.glossary.map((t) => t.term));
  return (
    <>
      <PageHeader title="Search" description="Search every chapter guide and the glossary." />
      <LessonSearch chapters={chapters} starterTerms={STARTER_TERMS.filter((t) => glossary.has(t))} />
    </>
  );
}
