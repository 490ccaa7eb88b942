"use client";
// One objective: status and the sentence behind each signal, the chart, the status timeline,
// mapped ML metrics, check-ins and CSV import.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { AlignmentChart } from "./alignment-chart";
import { CheckInForm } from "./check-in-form";
import { CheckInList } from "./check-in-list";
import { CsvImport } from "./csv-import";
import { MappingPanel } from "./mapping-panel";
import { ObjectiveForm } from "./objective-form";
import { StatusBadge } from "./status-badge";
import { StatusTimeline } from "./status-timeline";
import { formatDay, formatValue, STATUS_LABELS, type MlMetricView, type ObjectiveView } from "./vocabulary";

/** A collapsible section, open at first when asked; afterwards only the reader opens or closes it. */
function Section({ title, children, open }: { title: string; children: React.ReactNode; open?: boolean }) {
  const [initiallyOpen] = useState(open);
  return (
    <details open={initiallyOpen} className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">{title}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

export function ObjectiveCard({
  objective,
  allMetrics,
  members,
  projectId,
  today,
  viewLimit,
}: {
  objective: ObjectiveView;
  allMetrics: MlMetricView[];
  members: { id: string; name: string }[];
  projectId: string;
  today: string;
  viewLimit: number;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const remove = useMutation(trpc.alignment.deleteObjective.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() }) }));
  const metrics = objective.mappings.map((m) => allMetrics.find((x) => x.id === m.mlMetricId)).filter((m): m is MlMetricView => Boolean(m));
  const a = objective.assessment;
  const headingId = `objective-${objective.id}`;
  const problems = a.signals.filter((s) => s.status !== "ON_TRACK");
  return (
    <Card aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="text-lg font-semibold [overflow-wrap:anywhere]">
            {objective.statement}
          </h3>
          <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">
            {objective.metricName}: {formatValue(objective.baseline, objective.unit)} → {formatValue(objective.target, objective.unit)}
            {objective.targetDate ? ` by ${formatDay(objective.targetDate)}` : ""}
            {objective.owner ? ` · Owner: ${objective.owner.name}` : ""}
          </p>
        </div>
        <div className="flex items-center gap-2">
          <StatusBadge status={a.status} />
          <Button type="button" variant="secondary" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
            {editing ? "Close" : "Edit"}
          </Button>
          <Button
            type="button"
            variant="danger"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete “${objective.statement}” with all its check-ins?`)) remove.mutate({ objectiveId: objective.id });
            }}
          >
            Delete
          </Button>
        </div>
      </div>
      <ErrorMessage error={remove.error} />
      {editing && <ObjectiveForm projectId={projectId} members={members} objective={objective} onDone={() => setEditing(false)} />}

      <div aria-label="Signals" role="group" className="space-y-1">
        {problems.length > 0 && (
          <p className="text-sm font-medium" role={a.status === "MISALIGNED" ? "alert" : undefined}>
            {STATUS_LABELS[a.status]} because:
          </p>
        )}
        <ul className="space-y-1 text-sm [overflow-wrap:anywhere]">
          {[...problems, ...a.signals.filter((s) => s.status === "ON_TRACK")].map((s, i) => (
            <li key={i} className={s.status === "MISALIGNED" ? "rounded-md bg-red-50 px-2 py-1 text-red-900" : s.status === "ON_TRACK" ? "text-slate-700" : "rounded-md bg-amber-50 px-2 py-1 text-amber-950"}>
              {s.sentence}
            </li>
          ))}
        </ul>
        {objective.olderCheckIns && (
          <p className="text-xs text-slate-600">
            Signals, chart and list use the latest {viewLimit} check-ins; older ones are in the CSV export.
          </p>
        )}
      </div>

      <AlignmentChart objective={objective} metrics={metrics} />
      <div>
        <h4 className="mb-1 text-sm font-semibold">Status over time</h4>
        <StatusTimeline timeline={a.timeline} today={today} />
      </div>

      <Section title={`ML metrics mapped to this objective (${objective.mappings.length})`} open={objective.mappings.length === 0}>
        <MappingPanel objective={objective} allMetrics={allMetrics} />
      </Section>
      <Section title="Add a check-in" open={objective.checkIns.length === 0}>
        <CheckInForm objective={objective} metrics={metrics} />
      </Section>
      <Section title={`Check-ins (${objective.checkIns.length}${objective.olderCheckIns ? "+" : ""})`}>
        <CheckInList objective={objective} metrics={metrics} />
      </Section>
      <Section title="Import or export CSV">
        <CsvImport objective={objective} />
      </Section>
    </Card>
  );
}
