"use client";
// A section's history: who saved what and when, the difference between any two revisions, and
// restore (which saves the old content as a new revision).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import type { StepNumber } from "~/server/domain/design/steps";

export function HistoryPanel({ projectId, step, currentRevision, readOnly }: { projectId: string; step: StepNumber; currentRevision: number; readOnly: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const history = useQuery({ ...trpc.design.listHistory.queryOptions({ projectId, step }), enabled: open });
  const diff = useQuery({ ...trpc.design.diffRevisions.queryOptions({ projectId, step, from: pair?.from ?? 0, to: pair?.to ?? 0 }), enabled: Boolean(pair) });
  const restore = useMutation(
    trpc.design.restoreRevision.mutationOptions({
      // The editor holds the base revision; reloading gives it the restored content.
      onSuccess: () => window.location.reload(),
    }),
  );

  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-base font-semibold">
        History
      </h2>
      <Button type="button" variant="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? "Hide history" : "Show history"}
      </Button>
      {open && (
        <>
          <ErrorMessage error={history.error ?? restore.error} />
          <ol className="space-y-2 text-sm">
            {history.data?.revisions.map((r) => (
              <li key={r.revision} className="rounded border border-slate-200 p-2">
                <p>
                  <strong>Revision {r.revision}</strong> · {r.author?.name ?? "a former member"} · {new Date(r.createdAt).toLocaleString("en-GB")}
                </p>
                <p className="break-words text-xs text-slate-600">Changed: {r.changedFields.join(", ") || "nothing"}</p>
                <div className="mt-1 flex flex-wrap gap-2">
                  <Button type="button" variant="ghost" onClick={() => setPair({ from: r.revision - 1, to: r.revision })}>
                    What changed
                  </Button>
                  {r.revision !== currentRevision && (
                    <Button type="button" variant="ghost" onClick={() => setPair({ from: r.revision, to: currentRevision })}>
                      Compare with current
                    </Button>
                  )}
                  {!readOnly && r.revision !== currentRevision && (
                    <Button type="button" variant="ghost" disabled={restore.isPending} onClick={() => restore.mutate({ projectId, step, revision: r.revision, baseRevision: currentRevision })}>
                      Restore this revision
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ol>
          {pair && diff.data && (
            <div className="space-y-2 rounded border border-slate-300 p-2 text-sm" aria-live="polite">
              <p className="font-medium">
                Revision {pair.from} → {pair.to}
              </p>
              {diff.data.changes.length === 0 && <p>No differences.</p>}
              {diff.data.changes.map((c) => (
                <div key={c.key}>
                  <p className="font-medium">{c.label}</p>
                  <p className="whitespace-pre-wrap break-words">
                    {c.parts.map((p, i) =>
                      p.added ? (
                        <ins key={i} className="bg-emerald-100 text-emerald-900">
                          {p.value}
                        </ins>
                      ) : p.removed ? (
                        <del key={i} className="bg-red-100 text-red-900">
                          {p.value}
                        </del>
                      ) : (
                        <span key={i}>{p.value}</span>
                      ),
                    )}
                  </p>
                </div>
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
