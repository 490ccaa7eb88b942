// The metric tree drawn small: each objective with the ML metrics that proxy it.
import { StatusBadge } from "./status-badge";
import type { MlMetricView, ObjectiveView } from "./vocabulary";

export function MetricTree({ objectives, metrics }: { objectives: ObjectiveView[]; metrics: MlMetricView[] }) {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const orphans = metrics.filter((m) => !objectives.some((o) => o.mappings.some((x) => x.mlMetricId === m.id)));
  return (
    <div className="text-sm [overflow-wrap:anywhere]">
      <ul className="space-y-2" aria-label="Objectives and the ML metrics that proxy them">
        {objectives.map((o) => (
          <li key={o.id}>
            <p className="flex flex-wrap items-center gap-2 font-medium">
              {o.metricName} <StatusBadge status={o.assessment.status} />
            </p>
            <ul className="ml-3 border-l-2 border-slate-300 pl-3">
              {o.mappings.length === 0 && <li className="text-slate-600">no ML metric yet</li>}
              {o.mappings.map((m) => (
                <li key={m.mlMetricId} className="relative before:absolute before:top-2.5 before:-left-3 before:w-2 before:border-t-2 before:border-slate-300">
                  {byId.get(m.mlMetricId)?.name}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {orphans.length > 0 && <p className="mt-2 text-slate-600">Not mapped yet: {orphans.map((m) => m.name).join(", ")}.</p>}
    </div>
  );
}
