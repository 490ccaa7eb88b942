import { getMDXComponent } from "mdx-bundler/client";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LessonProgress } from "~/components/learn/lesson-progress";
import { lessonComponents } from "~/components/learn/mdx-components";
import { PATH_LABELS } from "~/components/learn/path-labels";
import { getCatalog, getCompiledChapter } from "~/server/content/catalog";
import { bookChapterLabel, chapterBySlug } from "~/server/content/build-catalog";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().chapters.map((c) => ({ chapter: c.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ chapter: string }> }): Promise<Metadata> {
  const c = chapterBySlug(getCatalog(), (await params).chapter);
  return c ? { title: `${c.number}. ${c.title} (${bookChapterLabel(c)})`, description: c.summary } : {};
}

export default async function LessonPage({ params }: { params: Promise<{ chapter: string }> }) {
  const catalog = getCatalog();
  const chapter = chapterBySlug(catalog, (await params).chapter);
  if (!chapter) notFound();
  const { code, toc } = getCompiledChapter(chapter.slug);
  const Body = getMDXComponent(code);
  const prev = catalog.chapters.find((c) => c.number === chapter.number - 1);
  const next = catalog.chapters.find((c) => c.number === chapter.number + 1);
  const nodes = new Map(catalog.nodes.map((n) => [n.id, n.name]));

  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_15rem]">
      <div className="min-w-0">
        <p className="text-sm text-slate-600">
          <Link href="/learn" className="underline">
            Learn
          </Link>{" "}
          › Chapter {chapter.number} <span className="text-slate-500">·</span> {bookChapterLabel(chapter)} of <cite>Designing Machine Learning Systems</cite>
        </p>
        <h1 className="mt-2 text-3xl font-bold text-slate-900">{chapter.title}</h1>
        <p className="mt-2 text-lg text-slate-700">{chapter.summary}</p>
        <p className="mt-2 text-sm text-slate-600">
          {chapter.minutes} min read · Most useful for: {chapter.disciplines.map((d) => PATH_LABELS[d]).join(", ")}
        </p>
        <div className="mt-4 flex flex-wrap gap-2 text-xs">
          {chapter.levers.map((l) => (
            <Link key={l} href={`/learn/levers#${l}`} className="rounded-full bg-indigo-50 px-2 py-1 font-medium text-indigo-900 hover:underline">
              Lever: {nodes.get(l)}
            </Link>
          ))}
          {chapter.steps.map((s) => (
            <Link key={s} href={`/learn/plan#step-${s}`} className="rounded-full bg-emerald-50 px-2 py-1 font-medium text-emerald-900 hover:underline">
              Plan step {s}
            </Link>
          ))}
        </div>
        <section aria-labelledby="objectives" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="objectives" className="text-sm font-semibold uppercase tracking-wide text-slate-700">
            After this chapter you can
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
            {chapter.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
        <div className="mt-6">
          <LessonProgress chapter={chapter.slug} />
        </div>
        <article className="prose prose-slate mt-8 max-w-none prose-headings:scroll-mt-20 prose-a:text-indigo-800">
          <Body components={lessonComponents(catalog, chapter) as never} />
        </article>
        <nav aria-label="Chapters" className="mt-12 flex justify-between gap-4 border-t border-slate-200 pt-6 text-sm">
          {prev ? (
            <Link href={prev.href} className="text-indigo-800 underline">
              ← {prev.number}. {prev.title} ({bookChapterLabel(prev)})
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link href={next.href} className="text-right text-indigo-800 underline">
              {next.number}. {next.title} ({bookChapterLabel(next)}) →
            </Link>
          )}
        </nav>
      </div>
      <aside className="hidden lg:block">
        <nav aria-label="On this page" className="sticky top-6 text-sm">
          <p className="mb-2 font-semibold text-slate-900">On this page</p>
          <ul className="space-y-1">
            {toc.map((t) => (
              <li key={t.id} className={t.depth === 3 ? "pl-3" : ""}>
                <a href={`#${t.id}`} className="text-slate-700 hover:text-indigo-800 hover:underline">
                  {t.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
    </div>
  );
}
