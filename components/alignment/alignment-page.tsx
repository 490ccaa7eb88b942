"use client";
// The project's alignment page: status, objectives (each with its chart and check-ins), the ML
// metrics, the metric tree and the settings.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { PageHeader } from "~/components/ui/page-header";
import { MetricTree } from "./metric-tree";
import { MlMetricForm } from "./ml-metric-form";
import { ObjectiveCard } from "./objective-card";
import { ObjectiveForm } from "./objective-form";
import { SettingsForm } from "./settings-form";
import { StatusBadge } from "./status-badge";
import { DIRECTION_LABELS, formatValue, STATUS_MEANINGS, type MlMetricView } from "./vocabulary";

export function AlignmentPage({ projectId, workspaceId, projectName }: { projectId: string; workspaceId: string; projectName: string }) {
  const trpc = useTRPC();
  const view = useQuery(trpc.alignment.view.queryOptions({ projectId }));
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId }));
  const [adding, setAdding] = useState(false);
  if (!view.data) return <ErrorMessage error={view.error} />;
  const v = view.data;
  const memberOptions = (members.data ?? []).map((m) => ({ id: m.id, name: m.name }));
  return (
    <>
      <PageHeader
        title={`Alignment: ${projectName}`}
        description="Are the ML metrics still moving the business result they stand for? Record check-ins; Causeway warns when the two part."
        actions={
          <p className="flex items-center gap-2 text-sm">
            Project status <StatusBadge status={v.status} />
          </p>
        }
      />
      {v.status && <p className="-mt-4 mb-6 text-sm text-slate-700">A project is as well aligned as its weakest objective: {STATUS_MEANINGS[v.status]}.</p>}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="objectives-heading" className="min-w-0 space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="objectives-heading" className="text-xl font-semibold">
              Business objectives
            </h2>
            <Button type="button" onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
              {adding ? "Close" : "New objective"}
            </Button>
          </div>
          {adding && (
            <Card>
              <ObjectiveForm projectId={projectId} members={memberOptions} onDone={() => setAdding(false)} />
            </Card>
          )}
          {v.objectives.length === 0 && !adding && <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700">No objectives yet. Start with the business result this project is meant to move.</p>}
          {v.objectives.map((o) => (
            <ObjectiveCard key={o.id} objective={o} allMetrics={v.mlMetrics} members={memberOptions} projectId={projectId} today={v.today} viewLimit={v.viewLimit} />
          ))}
        </section>
        <aside className="space-y-6">
          <Card aria-labelledby="tree-heading">
            <h2 id="tree-heading" className="mb-2 text-lg font-semibold">
              Metric tree
            </h2>
            <MetricTree objectives={v.objectives} metrics={v.mlMetrics} />
          </Card>
          <Card aria-labelledby="metrics-heading">
            <h2 id="metrics-heading" className="mb-2 text-lg font-semibold">
              ML metrics
            </h2>
            <MetricList projectId={projectId} metrics={v.mlMetrics} />
            <h3 className="mt-4 mb-2 text-sm font-semibold">Add an ML metric</h3>
            <MlMetricForm projectId={projectId} />
          </Card>
          <Card aria-labelledby="settings-heading">
            <h2 id="settings-heading" className="mb-2 text-lg font-semibold">
              Settings
            </h2>
            <SettingsForm projectId={projectId} settings={v.settings} />
          </Card>
        </aside>
      </div>
    </>
  );
}

function MetricList({ projectId, metrics }: { projectId: string; metrics: MlMetricView[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useMutation(trpc.alignment.deleteMlMetric.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() }) }));
  if (metrics.length === 0) return <p className="text-sm text-slate-600">None yet.</p>;
  return (
    <>
    <ErrorMessage error={remove.error} />
    <ul className="space-y-2 text-sm">
      {metrics.map((m) => (
        <li key={m.id} className="rounded-md border border-slate-200 p-2">
          {editing === m.id ? (
            <MlMetricForm projectId={projectId} metric={m} onDone={() => setEditing(null)} />
          ) : (
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="font-medium break-words">{m.name}</p>
                <p className="text-slate-700">
                  {formatValue(m.baseline, m.unit)} → {formatValue(m.target, m.unit)} · {DIRECTION_LABELS[m.direction]}
                </p>
              </div>
              <div className="flex">
                <Button type="button" variant="ghost" onClick={() => setEditing(m.id)} aria-label={`Edit ${m.name}`}>
                  Edit
                </Button>
                <Button
                  type="button"
                  variant="ghost"
                  aria-label={`Delete ${m.name}`}
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(`Delete ${m.name} and unmap it from every objective?`)) remove.mutate({ projectId, mlMetricId: m.id });
                  }}
                >
                  Delete
                </Button>
              </div>
            </div>
          )}
        </li>
      ))}
    </ul>
    </>
  );
}
