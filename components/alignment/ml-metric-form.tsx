"use client";
// Create or edit an ML metric of the project.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { directionOptions, readNumber, type Direction, type MlMetricView } from "./vocabulary";

export function MlMetricForm({ projectId, metric, onDone }: { projectId: string; metric?: MlMetricView; onDone?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() });
    onDone?.();
  };
  const create = useMutation(trpc.alignment.createMlMetric.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.alignment.updateMlMetric.mutationOptions({ onSuccess: done }));
  return (
    <form
      key={metric?.version ?? "new"}
      className="space-y-3"
      aria-label={metric ? `Edit ${metric.name}` : "New ML metric"}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const fields = {
          projectId,
          name: String(f.get("name")),
          unit: String(f.get("unit")),
          baseline: readNumber(f.get("baseline")) ?? Number.NaN,
          target: readNumber(f.get("target")) ?? Number.NaN,
          direction: f.get("direction") as Direction,
        };
        if (metric) update.mutate({ ...fields, mlMetricId: metric.id, version: metric.version });
        else {
          create.mutate(fields, { onSuccess: () => (e.target as HTMLFormElement).reset() });
        }
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="ML metric" name="name" required maxLength={80} defaultValue={metric?.name} hint="For example recall at the review threshold." />
        <TextField label="Unit" name="unit" maxLength={20} defaultValue={metric?.unit} />
        <TextField label="Baseline" name="baseline" type="number" step="any" required defaultValue={metric?.baseline} />
        <TextField label="Target" name="target" type="number" step="any" required defaultValue={metric?.target} />
        <SelectField label="Direction" name="direction" options={directionOptions} defaultValue={metric?.direction ?? "INCREASE"} />
      </div>
      <ErrorMessage error={create.error ?? update.error} />
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {metric ? "Save ML metric" : "Add ML metric"}
        </Button>
        {onDone && (
          <Button type="button" variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
