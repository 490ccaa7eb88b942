"use client";
// Record or edit a check-in: the business value, each mapped ML metric's value, confidence, a note.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { confidenceOptions, readNumber, type CheckInView, type Confidence, type MlMetricView, type ObjectiveView } from "./vocabulary";

export function CheckInForm({
  objective,
  metrics,
  checkIn,
  onDone,
}: {
  objective: ObjectiveView;
  metrics: MlMetricView[];
  checkIn?: CheckInView;
  onDone?: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() });
    onDone?.();
  };
  const create = useMutation(trpc.alignment.createCheckIn.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.alignment.updateCheckIn.mutationOptions({ onSuccess: done }));
  const unitOf = (unit: string) => (unit ? ` (${unit})` : "");
  return (
    <form
      key={checkIn?.version ?? "new"}
      className="space-y-3"
      aria-label={checkIn ? `Edit check-in of ${checkIn.date}` : "New check-in"}
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const f = new FormData(form);
        const mlValues: Record<string, number> = {};
        for (const m of metrics) {
          const v = readNumber(f.get(`ml-${m.id}`));
          if (v !== null) mlValues[m.id] = v;
        }
        const fields = {
          objectiveId: objective.id,
          date: String(f.get("date")),
          businessValue: readNumber(f.get("businessValue")) ?? Number.NaN,
          mlValues,
          confidence: (String(f.get("confidence")) || null) as Confidence | null,
          note: String(f.get("note")),
        };
        if (checkIn) update.mutate({ ...fields, checkInId: checkIn.id, version: checkIn.version });
        else create.mutate(fields, { onSuccess: () => form.reset() });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Date" name="date" type="date" required defaultValue={checkIn?.date} />
        <TextField label={`${objective.metricName}${unitOf(objective.unit)}`} name="businessValue" type="number" step="any" required defaultValue={checkIn?.businessValue} />
        {metrics.map((m) => (
          <TextField key={m.id} label={`${m.name}${unitOf(m.unit)}`} name={`ml-${m.id}`} type="number" step="any" defaultValue={checkIn?.mlValues[m.id]} hint="Leave empty if not measured." />
        ))}
        <SelectField label="Confidence" name="confidence" options={confidenceOptions} defaultValue={checkIn?.confidence ?? ""} />
      </div>
      <TextField label="Note" name="note" multiline maxLength={1000} defaultValue={checkIn?.note} />
      <ErrorMessage error={create.error ?? update.error} />
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {checkIn ? "Save check-in" : "Add check-in"}
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
