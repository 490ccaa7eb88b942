"use client";
// The project's alignment settings: misalignment window and tolerance, stale period.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage, Notice } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { readNumber, type AlignmentView } from "./vocabulary";

export function SettingsForm({ projectId, settings }: { projectId: string; settings: AlignmentView["settings"] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.alignment.updateSettings.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() }) }));
  return (
    <form
      key={settings.version}
      className="space-y-3"
      aria-label="Alignment settings"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        save.mutate({
          projectId,
          version: settings.version,
          window: readNumber(f.get("window")) ?? Number.NaN,
          tolerance: (readNumber(f.get("tolerance")) ?? Number.NaN) / 100,
          staleDays: readNumber(f.get("staleDays")) ?? Number.NaN,
        });
      }}
    >
      <TextField label="Misalignment window (check-ins)" name="window" type="number" min={3} max={52} step={1} required defaultValue={settings.window} hint="How many recent check-ins the misalignment check compares." />
      <TextField
        label="Tolerance (% of the way to target)"
        name="tolerance"
        type="number"
        min={0}
        max={100}
        step="any"
        required
        defaultValue={Math.round(settings.tolerance * 1000) / 10}
        hint="A change smaller than this counts as flat."
      />
      <TextField label="Stale after (days without a check-in)" name="staleDays" type="number" min={1} max={365} step={1} required defaultValue={settings.staleDays} />
      <ErrorMessage error={save.error} />
      {save.isSuccess && !save.isPending && <Notice>Settings saved.</Notice>}
      <Button type="submit" disabled={save.isPending}>
        Save settings
      </Button>
    </form>
  );
}
