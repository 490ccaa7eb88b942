"use client";
// Create or edit a business objective. An edit names the version it started from.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { directionOptions, readNumber, type Direction, type ObjectiveView } from "./vocabulary";

export function ObjectiveForm({
  projectId,
  members,
  objective,
  onDone,
}: {
  projectId: string;
  members: { id: string; name: string }[];
  objective?: ObjectiveView;
  onDone?: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() });
    onDone?.();
  };
  const create = useMutation(trpc.alignment.createObjective.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.alignment.updateObjective.mutationOptions({ onSuccess: done }));
  const pending = create.isPending || update.isPending;
  return (
    <form
      key={objective?.version ?? "new"}
      className="space-y-3"
      aria-label={objective ? "Edit objective" : "New objective"}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const fields = {
          statement: String(f.get("statement")),
          metricName: String(f.get("metricName")),
          unit: String(f.get("unit")),
          baseline: readNumber(f.get("baseline")) ?? Number.NaN,
          target: readNumber(f.get("target")) ?? Number.NaN,
          direction: f.get("direction") as Direction,
          targetDate: String(f.get("targetDate") ?? "") || null,
          ownerId: String(f.get("ownerId") ?? "") || null,
        };
        if (objective) update.mutate({ ...fields, objectiveId: objective.id, version: objective.version });
        else create.mutate({ ...fields, projectId });
      }}
    >
      <TextField label="Objective" name="statement" required minLength={3} maxLength={300} defaultValue={objective?.statement} hint="What the business wants, in one sentence." />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Business metric" name="metricName" required maxLength={80} defaultValue={objective?.metricName} />
        <TextField label="Unit" name="unit" maxLength={20} defaultValue={objective?.unit} hint="For example %, k€, minutes." />
        <TextField label="Baseline" name="baseline" type="number" step="any" required defaultValue={objective?.baseline} />
        <TextField label="Target" name="target" type="number" step="any" required defaultValue={objective?.target} />
        <SelectField label="Direction" name="direction" options={directionOptions} defaultValue={objective?.direction ?? "INCREASE"} />
        <TextField label="Target date" name="targetDate" type="date" defaultValue={objective?.targetDate ?? ""} />
        <SelectField
          label="Owner"
          name="ownerId"
          options={[{ value: "", label: "No owner" }, ...members.map((m) => ({ value: m.id, label: m.name }))]}
          defaultValue={objective?.owner?.id ?? ""}
        />
      </div>
      <ErrorMessage error={create.error ?? update.error} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {objective ? "Save objective" : "Add objective"}
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
