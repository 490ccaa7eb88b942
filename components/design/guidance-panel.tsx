// Guidance for one step: what it decides, the questions to answer and the lessons that teach it.
import Link from "next/link";
import type { CatalogChapter } from "~/server/content/build-catalog";
import type { PlanStep } from "~/server/content/schemas";

export function GuidancePanel({ step, chapters }: { step: PlanStep; chapters: CatalogChapter[] }) {
  return (
    <section aria-labelledby="guidance-heading" className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">
      <h2 id="guidance-heading" className="text-base font-semibold">
        Guidance
      </h2>
      <p className="text-slate-800">{step.summary}</p>
      <h3 className="font-medium">Questions this step answers</h3>
      <ul className="list-disc space-y-1 pl-5 text-slate-800">
        {step.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      {chapters.length > 0 && (
        <>
          <h3 className="font-medium">Lessons that teach it</h3>
          <ul className="space-y-1">
            {chapters.map((c) => (
              <li key={c.slug}>
                <Link href={c.href} className="text-indigo-700 underline">
                  {c.number}. {c.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
