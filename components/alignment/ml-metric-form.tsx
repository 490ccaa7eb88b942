"use client";
// Create or edit an ML metric of the project. An edit names the version it was opened from; if
// that is stale, the user's edit stays in the form beside the current version and they choose.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useStaleEdit } from "~/components/forms/use-stale-edit";
import { conflictOf, shownValue, StaleEditPanel } from "~/components/forms/stale-edit-panel";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { DIRECTION_LABELS, directionOptions, readNumber, type Direction, type MlMetricView } from "./vocabulary";

const LABELS = { name: "ML metric", unit: "Unit", baseline: "Baseline", target: "Target", direction: "Direction" };

interface Fields {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: Direction;
}

type Saved = Pick<MlMetricView, "id" | "version" | "name" | "unit" | "baseline" | "target" | "direction">;

const fieldsOf = (m: Saved): Fields => ({ name: m.name, unit: m.unit, baseline: m.baseline, target: m.target, direction: m.direction });
const FIELDS = (Object.keys(LABELS) as (keyof Fields)[]).map((key) => ({ key, label: LABELS[key] }));
const show = (f: Fields, key: keyof Fields) => (key === "direction" ? DIRECTION_LABELS[f.direction] : shownValue(f[key]));

export function MlMetricForm({ projectId, metric, onDone }: { projectId: string; metric?: MlMetricView; onDone?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() });
  const done = async () => {
    await refresh();
    onDone?.();
  };
  const create = useMutation(trpc.alignment.createMlMetric.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.alignment.updateMlMetric.mutationOptions({ onSuccess: done }));
  const stale = useStaleEdit<Fields & { version: number }>(
    metric ? { ...fieldsOf(metric), version: metric.version } : { name: "", unit: "", baseline: Number.NaN, target: Number.NaN, direction: "INCREASE", version: 0 },
  );
  const conflict = conflictOf<Saved>(update.error);
  const { formRef, errorFor, formError } = useFormErrors(conflict ? null : (create.error ?? update.error), LABELS);
  const base = stale.base;
  return (
    <form
      key={stale.formKey}
      ref={formRef}
      className="space-y-3"
      aria-label={metric ? `Edit ${metric.name}` : "New ML metric"}
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const f = new FormData(form);
        const fields: Fields = {
          name: String(f.get("name")),
          unit: String(f.get("unit")),
          baseline: readNumber(f.get("baseline")) ?? Number.NaN,
          target: readNumber(f.get("target")) ?? Number.NaN,
          direction: f.get("direction") as Direction,
        };
        if (metric) {
          stale.remember({ ...fields, version: base.version });
          update.mutate({ ...fields, projectId, mlMetricId: metric.id, version: base.version });
        } else create.mutate({ ...fields, projectId }, { onSuccess: () => form.reset() });
      }}
    >
      {metric && conflict && (
        <StaleEditPanel
          thing="ML metric"
          byYou={conflict.byYou}
          rows={stale.rowsAgainst({ ...fieldsOf(conflict.current), version: conflict.current.version }, FIELDS, show)}
          pending={update.isPending}
          onApplyMine={() => update.mutate({ ...fieldsOf(conflict.current), ...stale.mine, projectId, mlMetricId: metric.id, version: conflict.current.version })}
          onTakeTheirs={() => {
            update.reset();
            stale.reopen({ ...fieldsOf(conflict.current), version: conflict.current.version });
            void refresh();
          }}
        />
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={LABELS.name} name="name" required maxLength={80} defaultValue={metric && base.name} hint="For example recall at the review threshold." error={errorFor("name")} />
        <TextField label={LABELS.unit} name="unit" maxLength={20} defaultValue={metric && base.unit} error={errorFor("unit")} />
        <TextField label={LABELS.baseline} name="baseline" type="number" step="any" required defaultValue={metric && base.baseline} error={errorFor("baseline")} />
        <TextField label={LABELS.target} name="target" type="number" step="any" required defaultValue={metric && base.target} error={errorFor("target")} />
        <SelectField label={LABELS.direction} name="direction" options={directionOptions} defaultValue={base.direction} error={errorFor("direction")} />
      </div>
      <ErrorMessage error={formError} />
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending || update.isPending || Boolean(conflict)}>
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
