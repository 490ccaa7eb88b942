import type { Metadata } from "next";
import Link from "next/link";
import { ChapterStatus } from "~/components/learn/lesson-progress";
import { PageHeader } from "~/components/ui/page-header";
import { getCatalog } from "~/server/content/catalog";
import { bookChapterLabel } from "~/server/content/build-catalog";

export const metadata: Metadata = { title: "Learn" };
export const dynamic = "force-static";

export default function CataloguePage() {
  const { chapters } = getCatalog();
  return (
    <>
      <PageHeader
        title="Chapter guides"
        description="Fifteen guides to designing ML systems that hold up in production, from business objectives to the human side. Your workspace's Learn page shows the path for your discipline."
      />
      <ol className="grid gap-4 md:grid-cols-2">
        {chapters.map((c) => (
          <li key={c.slug} className="flex flex-col rounded-lg border border-slate-200 bg-white p-5">
            <div className="flex items-start justify-between gap-3">
              <h2 className="font-semibold text-slate-900">
                <Link href={c.href} className="hover:underline">
                  {c.number}. {c.title}
                </Link>
              </h2>
              <ChapterStatus chapter={c.slug} />
            </div>
            <p className="mt-2 flex-1 text-sm text-slate-700">{c.summary}</p>
            <p className="mt-3 text-xs text-slate-600">
              {bookChapterLabel(c)} · {c.minutes} min · plan step{c.steps.length > 1 ? "s" : ""} {c.steps.join(", ")} · {c.quiz.length} quiz questions
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
