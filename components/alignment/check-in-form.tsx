"use client";
// Record or edit a check-in: the business value, each mapped ML metric's value, confidence, a note.
// An edit names the version it was opened from; if that is stale, the user's edit stays in the
// form beside the current version and they choose.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useStaleEdit } from "~/components/forms/use-stale-edit";
import { conflictOf, shownValue, StaleEditPanel } from "~/components/forms/stale-edit-panel";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { CONFIDENCE_LABELS, confidenceOptions, readNumber, type CheckInView, type Confidence, type MlMetricView, type ObjectiveView } from "./vocabulary";

interface Fields {
  date: string;
  businessValue: number;
  mlValues: Record<string, number>;
  confidence: Confidence | null;
  note: string;
}

type Saved = Pick<CheckInView, "id" | "version" | "date" | "businessValue" | "mlValues" | "confidence" | "note">;
const fieldsOf = (c: Saved): Fields => ({ date: c.date, businessValue: c.businessValue, mlValues: c.mlValues, confidence: c.confidence as Confidence | null, note: c.note });

const unitOf = (unit: string) => (unit ? ` (${unit})` : "");

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
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() });
  const done = async () => {
    await refresh();
    onDone?.();
  };
  const create = useMutation(trpc.alignment.createCheckIn.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.alignment.updateCheckIn.mutationOptions({ onSuccess: done }));
  const labels = { date: "Date", businessValue: `${objective.metricName}${unitOf(objective.unit)}`, confidence: "Confidence", note: "Note" };
  const stale = useStaleEdit<Fields & { version: number }>(
    checkIn ? { ...fieldsOf(checkIn), version: checkIn.version } : { date: "", businessValue: Number.NaN, mlValues: {}, confidence: null, note: "", version: 0 },
  );
  const conflict = conflictOf<Saved>(update.error);
  const { formRef, errorFor, formError } = useFormErrors(conflict ? null : (create.error ?? update.error), labels);
  const base = stale.base;
  const rowFields = [
    { key: "date" as const, label: labels.date },
    { key: "businessValue" as const, label: labels.businessValue },
    { key: "mlValues" as const, label: "ML metric values" },
    { key: "confidence" as const, label: labels.confidence },
    { key: "note" as const, label: labels.note },
  ];
  const show = (f: Fields, key: keyof Fields) => {
    if (key === "confidence") return f.confidence ? CONFIDENCE_LABELS[f.confidence] : "Not given";
    if (key === "mlValues") return metrics.map((m) => `${m.name}: ${shownValue(f.mlValues[m.id])}`).join("\n") || "(none)";
    return shownValue(f[key]);
  };
  return (
    <form
      key={stale.formKey}
      ref={formRef}
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
        const fields: Fields = {
          date: String(f.get("date")),
          businessValue: readNumber(f.get("businessValue")) ?? Number.NaN,
          mlValues,
          confidence: (String(f.get("confidence")) || null) as Confidence | null,
          note: String(f.get("note")),
        };
        if (checkIn) {
          stale.remember({ ...fields, version: base.version });
          update.mutate({ ...fields, objectiveId: objective.id, checkInId: checkIn.id, version: base.version });
        } else create.mutate({ ...fields, objectiveId: objective.id }, { onSuccess: () => form.reset() });
      }}
    >
      {checkIn && conflict && (
        <StaleEditPanel
          thing="check-in"
          byYou={conflict.byYou}
          rows={stale.rowsAgainst({ ...fieldsOf(conflict.current), version: conflict.current.version }, rowFields, show)}
          pending={update.isPending}
          onApplyMine={() =>
            update.mutate({ ...fieldsOf(conflict.current), ...stale.mine, objectiveId: objective.id, checkInId: checkIn.id, version: conflict.current.version })
          }
          onTakeTheirs={() => {
            update.reset();
            stale.reopen({ ...fieldsOf(conflict.current), version: conflict.current.version });
            void refresh();
          }}
        />
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={labels.date} name="date" type="date" required defaultValue={checkIn && base.date} error={errorFor("date")} />
        <TextField label={labels.businessValue} name="businessValue" type="number" step="any" required defaultValue={checkIn && base.businessValue} error={errorFor("businessValue")} />
        {metrics.map((m) => (
          <TextField key={m.id} label={`${m.name}${unitOf(m.unit)}`} name={`ml-${m.id}`} type="number" step="any" defaultValue={base.mlValues[m.id]} hint="Leave empty if not measured." />
        ))}
        <SelectField label={labels.confidence} name="confidence" options={confidenceOptions} defaultValue={base.confidence ?? ""} error={errorFor("confidence")} />
      </div>
      <TextField label={labels.note} name="note" multiline maxLength={1000} defaultValue={base.note} error={errorFor("note")} />
      <ErrorMessage error={formError} />
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending || update.isPending || Boolean(conflict)}>
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
