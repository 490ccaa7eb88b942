// Step 1 of the design document names the business objective and the ML metrics that proxy it;
// the project's Alignment page tracks exactly those over time. This panel shows what is tracked and
// how it stands, so the document and the measurements are read together (server component).
import Link from "next/link";
import { STATUS_LABELS } from "~/components/alignment/vocabulary";
import { getServerCaller } from "~/server/api/rsc";
import type { SectionFields } from "~/server/domain/design/fields";
import { trackingStatus } from "~/server/domain/design/metric-tracking";
import { TrackNamedMetrics, type NamedMetricRow } from "./track-named-metrics";

export async function TrackedObjectives({ slug, projectId, canTrack }: { slug: string; projectId: string; canTrack: boolean }) {
  const caller = await getServerCaller();
  const [view, step1] = await Promise.all([caller.alignment.view({ projectId }), caller.design.getSection({ projectId, step: 1 })]);
  const status = trackingStatus(step1.section.content.fields as SectionFields, {
    objectives: view.objectives,
    mlMetrics: view.mlMetrics,
    mappings: view.objectives.flatMap((o) => o.mappings.map((m) => ({ objectiveId: o.id, mlMetricId: m.mlMetricId }))),
  });
  const named: NamedMetricRow[] = [
    ...status.business.map((m) => ({ kind: "business" as const, name: m.name, tracked: m.objectiveId !== null })),
    ...status.ml.map((m) => ({ kind: "ml" as const, name: m.name, tracked: m.mlMetricId !== null, proxies: m.proxies || undefined })),
  ];
  const metricName = new Map(view.mlMetrics.map((m) => [m.id, m.name]));
  const href = `/w/${slug}/projects/${projectId}/alignment`;
  return (
    <section aria-labelledby="tracked-objectives" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="tracked-objectives" className="text-base font-semibold text-slate-900">
        Objectives tracked for this project
      </h2>
      {view.objectives.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">
          None yet. Once this step names the business objective and its ML metrics,{" "}
          <Link href={href} className="text-indigo-700 underline">
            track them on the Alignment page
          </Link>{" "}
          so check-ins show whether they still move together.
        </p>
      ) : (
        <>
          <ul className="mt-2 space-y-3">
            {view.objectives.map((o) => {
              const worst = o.assessment.signals.find((s) => s.status === o.assessment.status);
              return (
                <li key={o.id} className="text-sm break-words">
                  <p className="font-medium text-slate-900">
                    {o.statement} <span className="font-normal text-slate-700">({STATUS_LABELS[o.assessment.status]})</span>
                  </p>
                  <p className="text-slate-700">
                    Business metric: {o.metricName}
                    {o.mappings.length > 0 && <> · proxied by {o.mappings.map((m) => metricName.get(m.mlMetricId) ?? "an ML metric").join(", ")}</>}
                  </p>
                  {worst && <p className="text-slate-700">{worst.sentence}</p>}
                </li>
              );
            })}
          </ul>
          <Link href={href} className="mt-3 inline-block text-sm text-indigo-700 underline">
            Check-ins and charts on the Alignment page
          </Link>
        </>
      )}
      <TrackNamedMetrics projectId={projectId} rows={named} canTrack={canTrack} />
    </section>
  );
}
