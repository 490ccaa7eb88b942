import type { Metadata } from "next";
import { LinkList, chapterLink } from "~/components/learn/link-list";
import { PageHeader } from "~/components/ui/page-header";
import { getCatalog } from "~/server/content/catalog";

export const metadata: Metadata = { title: "Glossary" };
export const dynamic = "force-static";

export default function GlossaryPage() {
  const { glossary, chapters } = getCatalog();
  const byId = new Map(glossary.map((t) => [t.id, t]));
  const letters = [...new Set(glossary.map((t) => t.term[0]!.toUpperCase()))];
  return (
    <>
      <PageHeader title="Glossary" description={`${glossary.length} terms used across the chapter guides, each linked to the chapters that use it.`} />
      <nav aria-label="Letters" className="mb-6 flex flex-wrap gap-2 text-sm">
        {letters.map((l) => (
          <a key={l} href={`#letter-${l}`} className="rounded border border-slate-300 bg-white px-2 py-0.5 font-medium text-slate-800 hover:bg-slate-50">
            {l}
          </a>
        ))}
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mb-8">
          <h2 id={`letter-${letter}`} className="mb-3 border-b border-slate-200 pb-1 text-xl font-semibold">
            {letter}
          </h2>
          <dl className="space-y-4">
            {glossary
              .filter((t) => t.term[0]!.toUpperCase() === letter)
              .map((t) => (
                <div key={t.id} id={t.id} className="scroll-mt-6">
                  <dt className="font-semibold text-slate-900">{t.term}</dt>
                  <dd className="mt-1 text-slate-800">{t.definition}</dd>
                  <dd className="mt-1 text-sm text-slate-600">
                    Used in: <LinkList links={t.chapters.map((n) => chapterLink(chapters.find((ch) => ch.number === n)!))} />
                    {t.seeAlso.length > 0 && (
                      <>
                        {" · See also: "}
                        {t.seeAlso.map((id, i) => (
                          <span key={id}>
                            {i > 0 && ", "}
                            <a href={`#${id}`} className="text-indigo-800 underline">
                              {byId.get(id)?.term ?? id}
                            </a>
                          </span>
                        ))}
                      </>
                    )}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </>
  );
}
