import type { Metadata } from "next";
import Link from "next/link";
import { LinkList, chapterLink } from "~/components/learn/link-list";
import { PageHeader } from "~/components/ui/page-header";
import { getCatalog } from "~/server/content/catalog";

export const metadata: Metadata = { title: "Design levers" };
export const dynamic = "force-static";

const KIND_HEADINGS = {
  lever: { title: "Design levers", blurb: "What a team controls." },
  condition: { title: "Contextual conditions", blurb: "Risks that come from the world; a team contains them rather than removes them." },
  state: { title: "Intermediate states", blurb: "System properties the levers produce." },
  outcome: { title: "Outcomes", blurb: "What the business and its users actually experience." },
} as const;

export default function LeversPage() {
  const { nodes, chapters, steps } = getCatalog();
  return (
    <>
      <PageHeader
        title="The causal model"
        description="How the choices a team makes flow through to what happens in production. Each lever lists the chapters that teach it and the plan steps that improve it."
      />
      <p className="mb-8 text-sm text-slate-700">Try the model: <Link href="/learn/model" className="font-medium text-indigo-800 underline">the causal model explorer</Link> projects outcomes from scores you set.</p>
      {(Object.keys(KIND_HEADINGS) as (keyof typeof KIND_HEADINGS)[]).map((kind) => (
        <section key={kind} aria-labelledby={`kind-${kind}`} className="mb-10">
          <h2 id={`kind-${kind}`} className="text-xl font-semibold text-slate-900">
            {KIND_HEADINGS[kind].title}
          </h2>
          <p className="mb-4 text-sm text-slate-600">{KIND_HEADINGS[kind].blurb}</p>
          <div className="grid gap-4 md:grid-cols-2">
            {nodes
              .filter((n) => n.kind === kind)
              .map((n) => {
                const teaching = chapters.filter((c) => (c.levers as string[]).includes(n.id) || (c.conditions as string[]).includes(n.id));
                const improving = steps.filter((s) => (s.levers as string[]).includes(n.id));
                return (
                  <article key={n.id} id={n.id} className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-5">
                    <h3 className="font-semibold text-slate-900">{n.name}</h3>
                    <p className="mt-1 text-sm font-medium text-slate-700">{n.summary}</p>
                    <p className="mt-2 text-sm text-slate-700">{n.description}</p>
                    {teaching.length > 0 && (
                      <p className="mt-3 text-sm text-slate-700">
                        Taught in: <LinkList links={teaching.map(chapterLink)} />
                      </p>
                    )}
                    {improving.length > 0 && (
                      <p className="mt-1 text-sm text-slate-700">
                        Improved by plan step{improving.length > 1 ? "s" : ""}:{" "}
                        <LinkList links={improving.map((s) => ({ href: `/learn/plan#step-${s.n}`, label: `${s.n}. ${s.title}` }))} />
                      </p>
                    )}
                  </article>
                );
              })}
          </div>
        </section>
      ))}
    </>
  );
}
