"use client";
// The project's alignment settings: misalignment window and tolerance, stale period. A save names
// the version the form was opened from; if that is stale, the user's values stay in the form
// beside the current ones and they choose.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useStaleEdit } from "~/components/forms/use-stale-edit";
import { conflictOf, StaleEditPanel } from "~/components/forms/stale-edit-panel";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage, Notice } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { readNumber, type AlignmentView } from "./vocabulary";

type Settings = AlignmentView["settings"];
type Fields = Omit<Settings, "version">;

const LABELS = { window: "Misalignment window (check-ins)", tolerance: "Tolerance (% of the way to target)", staleDays: "Stale after (days without a check-in)" };
const FIELDS = (Object.keys(LABELS) as (keyof Fields)[]).map((key) => ({ key, label: LABELS[key] }));
const percent = (share: number) => Math.round(share * 1000) / 10;
const show = (s: Fields, key: keyof Fields) => (key === "tolerance" ? `${percent(s.tolerance)}%` : String(s[key]));

export function SettingsForm({ projectId, settings }: { projectId: string; settings: Settings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const stale = useStaleEdit<Settings>(settings);
  const save = useMutation(
    trpc.alignment.updateSettings.mutationOptions({
      onSuccess: (saved) => {
        stale.reopen(saved);
        return queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() });
      },
    }),
  );
  const conflict = conflictOf<Settings>(save.error);
  const { formRef, errorFor, formError } = useFormErrors(conflict ? null : save.error, LABELS);
  const base = stale.base;
  return (
    <form
      key={stale.formKey}
      ref={formRef}
      className="space-y-3"
      aria-label="Alignment settings"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const values = {
          window: readNumber(f.get("window")) ?? Number.NaN,
          tolerance: (readNumber(f.get("tolerance")) ?? Number.NaN) / 100,
          staleDays: readNumber(f.get("staleDays")) ?? Number.NaN,
          version: base.version,
        };
        stale.remember(values);
        save.mutate({ projectId, ...values });
      }}
    >
      {conflict && (
        <StaleEditPanel
          thing="project's alignment settings"
          byYou={conflict.byYou}
          rows={stale.rowsAgainst(conflict.current, FIELDS, show)}
          pending={save.isPending}
          onApplyMine={() => save.mutate({ projectId, ...conflict.current, ...stale.mine, version: conflict.current.version })}
          onTakeTheirs={() => {
            save.reset();
            stale.reopen(conflict.current);
            void queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() });
          }}
        />
      )}
      <TextField label={LABELS.window} name="window" type="number" min={3} max={52} step={1} required defaultValue={base.window} hint="How many recent check-ins the misalignment check compares." error={errorFor("window")} />
      <TextField
        label={LABELS.tolerance}
        name="tolerance"
        type="number"
        min={0}
        max={100}
        step="any"
        required
        defaultValue={percent(base.tolerance)}
        hint="A change smaller than this counts as flat."
        error={errorFor("tolerance")}
      />
      <TextField label={LABELS.staleDays} name="staleDays" type="number" min={1} max={365} step={1} required defaultValue={base.staleDays} error={errorFor("staleDays")} />
      <ErrorMessage error={formError} />
      {save.isSuccess && !save.isPending && <Notice>Settings saved.</Notice>}
      <Button type="submit" disabled={save.isPending || Boolean(conflict)}>
        Save settings
      </Button>
    </form>
  );
}
