"use client";
// Create or edit a business objective. An edit names the version it was opened from; if that is
// stale, the user's edit stays in the form beside the current version and they choose.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useStaleEdit } from "~/components/forms/use-stale-edit";
import { conflictOf, shownValue, StaleEditPanel } from "~/components/forms/stale-edit-panel";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { DIRECTION_LABELS, directionOptions, readNumber, type Direction, type ObjectiveView } from "./vocabulary";

export const OBJECTIVE_LABELS = {
  statement: "Objective",
  metricName: "Business metric",
  unit: "Unit",
  baseline: "Baseline",
  target: "Target",
  direction: "Direction",
  targetDate: "Target date",
  ownerId: "Owner",
};

interface Fields {
  statement: string;
  metricName: string;
  unit: string;
  baseline: number;
  target: number;
  direction: Direction;
  targetDate: string | null;
  ownerId: string | null;
}

type Saved = Pick<ObjectiveView, "id" | "version" | "statement" | "metricName" | "unit" | "baseline" | "target" | "direction" | "targetDate" | "owner">;

const fieldsOf = (o: Saved): Fields => ({
  statement: o.statement,
  metricName: o.metricName,
  unit: o.unit,
  baseline: o.baseline,
  target: o.target,
  direction: o.direction,
  targetDate: o.targetDate,
  ownerId: o.owner?.id ?? null,
});

const FIELDS = (Object.keys(OBJECTIVE_LABELS) as (keyof Fields)[]).map((key) => ({ key, label: OBJECTIVE_LABELS[key] }));

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
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() });
  const done = async () => {
    await refresh();
    onDone?.();
  };
  const create = useMutation(trpc.alignment.createObjective.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.alignment.updateObjective.mutationOptions({ onSuccess: done }));
  const pending = create.isPending || update.isPending;
  const stale = useStaleEdit<Fields & { version: number }>(objective ? { ...fieldsOf(objective), version: objective.version } : emptyObjective);
  const conflict = conflictOf<Saved>(update.error);
  const { formRef, errorFor, formError } = useFormErrors(conflict ? null : (create.error ?? update.error), OBJECTIVE_LABELS);
  const base = stale.base;
  const show = (f: Fields, key: keyof Fields) => {
    if (key === "direction") return DIRECTION_LABELS[f.direction];
    if (key === "ownerId") return f.ownerId ? (members.find((m) => m.id === f.ownerId)?.name ?? "A former member") : "No owner";
    return shownValue(f[key]);
  };
  return (
    <form
      key={stale.formKey}
      ref={formRef}
      className="space-y-3"
      aria-label={objective ? "Edit objective" : "New objective"}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const fields: Fields = {
          statement: String(f.get("statement")),
          metricName: String(f.get("metricName")),
          unit: String(f.get("unit")),
          baseline: readNumber(f.get("baseline")) ?? Number.NaN,
          target: readNumber(f.get("target")) ?? Number.NaN,
          direction: f.get("direction") as Direction,
          targetDate: String(f.get("targetDate") ?? "") || null,
          ownerId: String(f.get("ownerId") ?? "") || null,
        };
        if (objective) {
          stale.remember({ ...fields, version: base.version });
          update.mutate({ ...fields, objectiveId: objective.id, version: base.version });
        } else create.mutate({ ...fields, projectId });
      }}
    >
      {objective && conflict && (
        <StaleEditPanel
          thing="objective"
          byYou={conflict.byYou}
          rows={stale.rowsAgainst({ ...fieldsOf(conflict.current), version: conflict.current.version }, FIELDS, show)}
          pending={update.isPending}
          onApplyMine={() => update.mutate({ ...fieldsOf(conflict.current), ...stale.mine, objectiveId: objective.id, version: conflict.current.version })}
          onTakeTheirs={() => {
            update.reset();
            stale.reopen({ ...fieldsOf(conflict.current), version: conflict.current.version });
            void refresh();
          }}
        />
      )}
      <TextField label={OBJECTIVE_LABELS.statement} name="statement" required minLength={3} maxLength={300} defaultValue={objective && base.statement} hint="What the business wants, in one sentence." error={errorFor("statement")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={OBJECTIVE_LABELS.metricName} name="metricName" required maxLength={80} defaultValue={objective && base.metricName} error={errorFor("metricName")} />
        <TextField label={OBJECTIVE_LABELS.unit} name="unit" maxLength={20} defaultValue={objective && base.unit} hint="For example %, k€, minutes." error={errorFor("unit")} />
        <TextField label={OBJECTIVE_LABELS.baseline} name="baseline" type="number" step="any" required defaultValue={objective && base.baseline} error={errorFor("baseline")} />
        <TextField label={OBJECTIVE_LABELS.target} name="target" type="number" step="any" required defaultValue={objective && base.target} error={errorFor("target")} />
        <SelectField label={OBJECTIVE_LABELS.direction} name="direction" options={directionOptions} defaultValue={base.direction} error={errorFor("direction")} />
        <TextField label={OBJECTIVE_LABELS.targetDate} name="targetDate" type="date" defaultValue={base.targetDate ?? ""} error={errorFor("targetDate")} />
        <SelectField
          label={OBJECTIVE_LABELS.ownerId}
          name="ownerId"
          options={[{ value: "", label: "No owner" }, ...members.map((m) => ({ value: m.id, label: m.name }))]}
          defaultValue={base.ownerId ?? ""}
          error={errorFor("ownerId")}
        />
      </div>
      <ErrorMessage error={formError} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending || Boolean(conflict)}>
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

const emptyObjective: Fields & { version: number } = {
  statement: "",
  metricName: "",
  unit: "",
  baseline: Number.NaN,
  target: Number.NaN,
  direction: "INCREASE",
  targetDate: null,
  ownerId: null,
  version: 0,
};
