import type { Metadata } from "next";
import { LinkList, chapterLink } from "~/components/learn/link-list";
import { PageHeader } from "~/components/ui/page-header";
import { getCatalog } from "~/server/content/catalog";

export const metadata: Metadata = { title: "The ten-step plan" };
export const dynamic = "force-static";

export default function PlanPage() {
  const { steps, chapters, nodes } = getCatalog();
  const nodeName = new Map(nodes.map((n) => [n.id as string, n.name]));
  return (
    <>
      <PageHeader
        title="The ten-step plan"
        description="Each project's design document follows these ten steps. Every step lists the questions it answers and the chapters that prepare you for it."
      />
      <ol className="space-y-4">
        {steps.map((s) => {
          const teaching = chapters.filter((c) => c.steps.includes(s.n));
          return (
            <li key={s.n} id={`step-${s.n}`} className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-5">
              <h2 className="text-lg font-semibold text-slate-900">
                {s.n}. {s.title}
              </h2>
              <p className="mt-1 text-slate-700">{s.summary}</p>
              <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-800">
                {s.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
              <p className="mt-3 text-sm text-slate-700">
                Strengthens: <LinkList links={s.levers.map((l) => ({ href: `/learn/levers#${l}`, label: nodeName.get(l) ?? l }))} />
              </p>
              <p className="mt-1 text-sm text-slate-700">
                Read: <LinkList links={teaching.map(chapterLink)} />
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}
