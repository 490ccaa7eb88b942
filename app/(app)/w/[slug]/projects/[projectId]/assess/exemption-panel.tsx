"use client";
// Items marked not applicable for this project: left out of scores until their expiry date, after
// which they count again. The record stays, with who marked it and why.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDate } from "~/components/assess/labels";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { SelectField, TextField } from "~/components/ui/field";

export function ExemptionPanel({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.assess.listExemptions.queryOptions({ projectId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.assess.listExemptions.queryKey({ projectId }) });
  const set = useMutation(trpc.assess.setExemption.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.assess.revokeExemption.mutationOptions({ onSuccess: refresh }));
  // The items of the rubrics this project's rounds use, the workspace's own rubrics and the templates.
  const items = (list.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.rubric}: ${i.text}` }));
  const textOf = new Map(items.map((i) => [i.value, i.label]));
  const inThreeMonths = new Date(Date.now() + 91 * 86_400_000).toISOString().slice(0, 10);
  return (
    <Card aria-labelledby="exemptions-heading" className="space-y-3">
      <h2 id="exemptions-heading" className="text-lg font-semibold">
        Not applicable
      </h2>
      <p className="text-sm text-slate-600">Items marked here do not count in scores until the date given; then they count again.</p>
      <ErrorMessage error={list.error ?? revoke.error} />
      <ul className="space-y-2 text-sm">
        {list.data?.exemptions.map((e) => (
          <li key={e.id} className={e.active ? "" : "text-slate-600"}>
            <span className="block break-words font-medium">{textOf.get(e.itemId) ?? e.itemId}</span>
            <span className="block break-words">“{e.reason}” · {e.createdBy?.name ?? "someone"} · {e.active ? `until ${formatDate(e.expiresAt)}` : e.revokedAt ? "revoked" : "expired"}</span>
            {canManage && e.active && (
              <Button variant="ghost" className="px-0 py-0 text-indigo-700 underline" onClick={() => revoke.mutate({ projectId, exemptionId: e.id })}>
                Count it again
              </Button>
            )}
          </li>
        ))}
      </ul>
      {canManage && (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            set.mutate({ projectId, itemId: String(form.get("itemId")), reason: String(form.get("reason")), expiresAt: new Date(`${String(form.get("expiresAt"))}T23:59:00`) });
          }}
        >
          <SelectField label="Item" name="itemId" options={items} />
          <TextField label="Reason" name="reason" required minLength={3} maxLength={500} />
          <TextField label="Counts again on" name="expiresAt" type="date" required defaultValue={inThreeMonths} />
          <ErrorMessage error={set.error} />
          <Button type="submit" variant="secondary" disabled={set.isPending}>
            Mark not applicable
          </Button>
        </form>
      )}
    </Card>
  );
}
