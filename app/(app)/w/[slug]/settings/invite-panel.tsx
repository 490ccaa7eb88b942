"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Badge, Card } from "~/components/ui/card";
import { Button } from "~/components/ui/button";
import { SelectField } from "~/components/ui/field";
import { ROLE_LABELS, type Role } from "~/server/domain/roles";

const roleChoices = (["MEMBER", "ADMIN"] as const).map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const expiryChoices = [
  { value: "1", label: "1 day" },
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
];

export function InvitePanel({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invites = useQuery(trpc.invite.list.queryOptions({ workspaceId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.invite.list.queryKey({ workspaceId }) });
  const [link, setLink] = useState<string | null>(null);
  const create = useMutation(
    trpc.invite.create.mutationOptions({
      onSuccess: (invite) => {
        setLink(`${window.location.origin}/invite/${invite.token}`);
        void refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.invite.revoke.mutationOptions({ onSettled: refresh }));

  return (
    <Card aria-labelledby="invites-heading">
      <h2 id="invites-heading" className="mb-1 text-lg font-semibold">
        Invite links
      </h2>
      <p className="mb-4 text-sm text-slate-700">Anyone with the link can join until it expires or you revoke it.</p>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          create.mutate({ workspaceId, role: form.get("role") as Role, expiresInDays: Number(form.get("expiresInDays")) });
        }}
      >
        <SelectField label="Joins as" name="role" options={roleChoices} defaultValue="MEMBER" />
        <SelectField label="Expires after" name="expiresInDays" options={expiryChoices} defaultValue="7" />
        <Button type="submit" disabled={create.isPending}>
          Create invite link
        </Button>
      </form>
      <ErrorMessage error={create.error ?? revoke.error ?? invites.error} className="mt-3" />
      {link && (
        <div className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3">
          <label htmlFor="new-invite-link" className="block text-sm font-medium text-emerald-900">
            New invite link: copy it now, it is shown only once
          </label>
          <div className="mt-2 flex gap-2">
            <input id="new-invite-link" readOnly value={link} className="w-full rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs text-slate-900" onFocus={(e) => e.target.select()} />
            <Button type="button" variant="secondary" onClick={() => void navigator.clipboard?.writeText(link)}>
              Copy
            </Button>
          </div>
        </div>
      )}
      <ul className="mt-4 divide-y divide-slate-200 text-sm">
        {invites.data?.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              {ROLE_LABELS[i.role]} link by {i.createdBy.name}, {i.status === "active" ? `expires ${i.expiresAt.toLocaleDateString()}` : i.status}
              {" · "}used {i.useCount} time{i.useCount === 1 ? "" : "s"}
            </span>
            {i.status === "active" ? (
              <Button variant="danger" disabled={revoke.isPending} onClick={() => revoke.mutate({ workspaceId, inviteId: i.id })}>
                Revoke
              </Button>
            ) : (
              <Badge>{i.status}</Badge>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
