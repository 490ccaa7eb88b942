"use client";
// The ML metrics an objective is mapped to, each with its hypothesis and how closely the two have
// moved together; a form to map another.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import type { MlMetricView, ObjectiveView } from "./vocabulary";

export function MappingPanel({ objective, allMetrics }: { objective: ObjectiveView; allMetrics: MlMetricView[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() });
  const map = useMutation(trpc.alignment.setMapping.mutationOptions({ onSuccess: refresh }));
  const unmap = useMutation(trpc.alignment.removeMapping.mutationOptions({ onSuccess: refresh }));
  const { formRef, errorFor, formError } = useFormErrors(map.error, { mlMetricId: "ML metric", hypothesis: "Hypothesis" });
  const byId = new Map(allMetrics.map((m) => [m.id, m]));
  const unmapped = allMetrics.filter((m) => !objective.mappings.some((x) => x.mlMetricId === m.id));
  return (
    <div className="space-y-3">
      {objective.mappings.length === 0 ? (
        <p className="text-sm text-slate-600">No ML metric is mapped to this objective yet.</p>
      ) : (
        <ul className="space-y-2">
          {objective.mappings.map((mp) => {
            const m = byId.get(mp.mlMetricId);
            const assessment = objective.assessment.metrics.find((a) => a.mlMetricId === mp.mlMetricId);
            const fit = assessment?.leadLag;
            return (
              <li key={mp.mlMetricId} className="rounded-md border border-slate-200 p-3 text-sm">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="font-medium">{m?.name}</p>
                    <p className="break-words text-slate-700">Hypothesis: {mp.hypothesis}</p>
                    {assessment && <p className="mt-1 text-slate-700">{assessment.progress.signal.sentence}</p>}
                    {fit?.sentence && <p className="mt-1 text-slate-700">{fit.sentence}</p>}
                    {fit?.warning && <p className="mt-1 text-amber-900">{fit.warning}</p>}
                  </div>
                  <Button type="button" variant="ghost" onClick={() => unmap.mutate({ objectiveId: objective.id, mlMetricId: mp.mlMetricId })} aria-label={`Unmap ${m?.name ?? "metric"}`}>
                    Unmap
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {unmapped.length > 0 && (
        <form
          ref={formRef}
          className="grid gap-3 sm:grid-cols-[14rem_1fr_auto] sm:items-start"
          aria-label="Map an ML metric"
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const f = new FormData(form);
            map.mutate({ objectiveId: objective.id, mlMetricId: String(f.get("mlMetricId")), hypothesis: String(f.get("hypothesis")) }, { onSuccess: () => form.reset() });
          }}
        >
          <SelectField label="ML metric" name="mlMetricId" options={unmapped.map((m) => ({ value: m.id, label: m.name }))} error={errorFor("mlMetricId")} />
          <TextField label="Hypothesis" name="hypothesis" required minLength={10} maxLength={300} placeholder="Each point of recall saves about … a month" error={errorFor("hypothesis")} />
          <Button type="submit" disabled={map.isPending} className="sm:mt-6">
            Map metric
          </Button>
        </form>
      )}
      <ErrorMessage error={formError ?? unmap.error} />
    </div>
  );
}
