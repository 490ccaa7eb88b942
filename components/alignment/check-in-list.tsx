"use client";
// The objective's check-ins, newest first, each editable and deletable, with the history of every
// change (deleted check-ins included).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { CheckInForm } from "./check-in-form";
import { CONFIDENCE_LABELS, formatValue, type MlMetricView, type ObjectiveView } from "./vocabulary";

const SHOWN = 12;

export function CheckInList({ objective, metrics }: { objective: ObjectiveView; metrics: MlMetricView[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const remove = useMutation(trpc.alignment.deleteCheckIn.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() }) }));
  const newestFirst = [...objective.checkIns].reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, SHOWN);
  return (
    <div className="space-y-3">
      {newestFirst.length === 0 ? (
        <p className="text-sm text-slate-600">No check-ins yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200" aria-label={`Check-ins of ${objective.metricName}`}>
          {shown.map((c) => (
            <li key={c.id} className="p-3 text-sm">
              {editing === c.id ? (
                <CheckInForm objective={objective} metrics={metrics} checkIn={c} onDone={() => setEditing(null)} />
              ) : (
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="font-medium">
                      {c.date}: {objective.metricName} {formatValue(c.businessValue, objective.unit)}
                      {metrics.map((m) => (c.mlValues[m.id] === undefined ? null : <span key={m.id}>, {m.name} {formatValue(c.mlValues[m.id]!, m.unit)}</span>))}
                    </p>
                    <p className="text-slate-700">
                      {c.confidence ? CONFIDENCE_LABELS[c.confidence] : "No confidence given"}
                      {c.note && <span className="break-words"> · {c.note}</span>}
                    </p>
                  </div>
                  <div className="flex gap-2">
                    <Button type="button" variant="secondary" onClick={() => setEditing(c.id)} aria-label={`Edit check-in of ${c.date}`}>
                      Edit
                    </Button>
                    <Button
                      type="button"
                      variant="danger"
                      disabled={remove.isPending}
                      aria-label={`Delete check-in of ${c.date}`}
                      onClick={() => {
                        if (window.confirm(`Delete the check-in of ${c.date}? Its history is kept.`)) remove.mutate({ objectiveId: objective.id, checkInId: c.id, version: c.version });
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
      )}
      <ErrorMessage error={remove.error} />
      <div className="flex flex-wrap gap-2">
        {newestFirst.length > SHOWN && (
          <Button type="button" variant="ghost" onClick={() => setShowAll((v) => !v)}>
            {showAll ? "Show the latest only" : `Show all ${newestFirst.length} check-ins`}
          </Button>
        )}
        <Button type="button" variant="ghost" aria-expanded={historyOpen} onClick={() => setHistoryOpen((v) => !v)}>
          {historyOpen ? "Hide history" : "History of changes"}
        </Button>
      </div>
      {historyOpen && <CheckInHistory objective={objective} />}
    </div>
  );
}

function CheckInHistory({ objective }: { objective: ObjectiveView }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.alignment.checkInHistory.queryOptions({ objectiveId: objective.id }));
  const verb = { CREATE: "added", UPDATE: "edited", DELETE: "deleted" } as const;
  if (history.error) return <ErrorMessage error={history.error} />;
  if (!history.data) return <p className="text-sm text-slate-600">Loading history…</p>;
  return (
    <ol className="max-h-64 space-y-1 overflow-auto rounded-md border border-slate-200 p-3 text-sm" aria-label="History of changes">
      {history.data.map((h) => (
        <li key={h.id} className="break-words">
          {new Date(h.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}: {h.actorName} {verb[h.action]} the check-in of {h.date} ({objective.metricName}{" "}
          {formatValue(h.businessValue, objective.unit)}
          {h.note ? `, “${h.note}”` : ""})
        </li>
      ))}
    </ol>
  );
}
