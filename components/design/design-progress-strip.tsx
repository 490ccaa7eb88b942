import "server-only";
// The project page's view of its design document: the ten steps as a strip, each showing status,
// completeness and review due, each a link into that step.
import Link from "next/link";
import { getServerCaller } from "~/server/api/rsc";
import { SECTION_STATUS_LABELS } from "~/server/domain/design/section";
import { STEP_SHORT_TITLES, type StepNumber } from "~/server/domain/design/steps";
import { cn } from "~/components/ui/cn";

const fill: Record<string, string> = {
  NOT_STARTED: "border-slate-300 bg-white",
  DRAFT: "border-sky-300 bg-sky-50",
  IN_REVIEW: "border-violet-300 bg-violet-50",
  DONE: "border-emerald-400 bg-emerald-50",
};

export async function DesignProgressStrip({ slug, projectId }: { slug: string; projectId: string }) {
  const doc = await (await getServerCaller()).design.getDocument({ projectId });
  const base = `/w/${slug}/projects/${projectId}/design`;
  const average = Math.round(doc.sections.reduce((sum, s) => sum + s.completeness.percent, 0) / doc.sections.length);
  return (
    <section aria-labelledby="design-strip-heading" className="mt-8">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="design-strip-heading" className="text-lg font-semibold">
          <Link href={base} className="text-indigo-800 underline-offset-2 hover:underline">
            Design document
          </Link>
        </h2>
        <p className="text-sm text-slate-700" data-testid="design-overall">
          {average}% of required answers written
        </p>
      </div>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {doc.sections.map((s) => (
          <li key={s.step}>
            <Link
              href={`${base}/${s.step}`}
              data-testid={`design-step-${s.step}`}
              className={cn("block h-full rounded-md border p-2 text-xs hover:border-indigo-600", fill[s.status])}
            >
              <span className="block break-words font-medium text-slate-900">
                {s.step}. {STEP_SHORT_TITLES[s.step as StepNumber]}
              </span>
              <span className="mt-1 block h-1.5 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
                <span className="block h-full bg-indigo-700" style={{ width: `${s.completeness.percent}%` }} />
              </span>
              <span className="mt-1 block text-slate-700">
                {SECTION_STATUS_LABELS[s.status]} · {s.completeness.percent}%
              </span>
              {s.reviewDue && <span className="mt-1 block font-medium text-amber-900">Review due</span>}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
