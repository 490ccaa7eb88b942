"use client";
// Invite links: create one (shown once, in full), see the live ones with when they were made, how
// often they were used and when they expire; revoked and expired links are folded away below.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Badge, Card } from "~/components/ui/card";
import { SelectField } from "~/components/ui/field";
import { DEFAULT_EXPIRY_DAYS, ROLE_LABELS, expiryOptions, inviteRoleOptions, type Role } from "~/components/vocabulary";

interface InviteRow {
  id: string;
  role: Role;
  status: "active" | "expired" | "revoked";
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  useCount: number;
  createdBy: { name: string };
}

const day = (d: Date) => d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
const uses = (n: number) => (n === 0 ? "not used yet" : `used ${n} time${n === 1 ? "" : "s"}`);

function InviteLine({ invite: i }: { invite: InviteRow }) {
  const ended = i.status === "revoked" ? `revoked ${day(i.revokedAt ?? i.expiresAt)}` : i.status === "expired" ? `expired ${day(i.expiresAt)}` : `expires ${day(i.expiresAt)}`;
  return (
    <span className="min-w-0 [overflow-wrap:anywhere]">
      <span className="font-medium text-slate-900">{ROLE_LABELS[i.role]} link</span> made {day(i.createdAt)} by {i.createdBy.name} · {uses(i.useCount)} · {ended}
    </span>
  );
}

export function InvitePanel({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invites = useQuery(trpc.invite.list.queryOptions({ workspaceId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.invite.list.queryKey({ workspaceId }) });
  const [fresh, setFresh] = useState<{ id: string; link: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const create = useMutation(
    trpc.invite.create.mutationOptions({
      onSuccess: (invite) => {
        setFresh({ id: invite.id, link: `${window.location.origin}/invite/${invite.token}` });
        setCopied(false);
        void refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.invite.revoke.mutationOptions({
      // A revoked link must not stay on screen as if it could still be shared.
      onSuccess: ({ revoked }) => setFresh((f) => (f?.id === revoked ? null : f)),
      onSettled: refresh,
    }),
  );
  const active = invites.data?.filter((i) => i.status === "active") ?? [];
  const ended = invites.data?.filter((i) => i.status !== "active") ?? [];

  return (
    <Card aria-labelledby="invites-heading">
      <h2 id="invites-heading" className="mb-1 text-lg font-semibold">
        Invite links
      </h2>
      <p className="mb-4 text-sm text-slate-700">Anyone with the link can join until it expires or you revoke it.</p>
      <form
        className="grid gap-3 sm:flex sm:flex-wrap sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          create.mutate({ workspaceId, role: form.get("role") as Role, expiresInDays: Number(form.get("expiresInDays")) });
        }}
      >
        <SelectField label="Joins as" name="role" options={inviteRoleOptions} defaultValue="MEMBER" />
        <SelectField label="Expires after" name="expiresInDays" options={expiryOptions} defaultValue={String(DEFAULT_EXPIRY_DAYS)} />
        <Button type="submit" disabled={create.isPending}>
          Create invite link
        </Button>
      </form>
      <ErrorMessage error={create.error ?? revoke.error ?? invites.error} className="mt-3" />
      {fresh && (
        <div className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3" data-testid="new-invite">
          <label htmlFor="new-invite-link" className="block text-sm font-medium text-emerald-900">
            New invite link: copy it now, it is shown only once
          </label>
          <div className="mt-2 flex flex-wrap gap-2 sm:flex-nowrap">
            <input
              id="new-invite-link"
              readOnly
              value={fresh.link}
              className="w-full min-w-0 rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs text-slate-900"
              onFocus={(e) => e.target.select()}
            />
            <Button
              type="button"
              variant="secondary"
              onClick={() => void navigator.clipboard?.writeText(fresh.link).then(() => setCopied(true), () => setCopied(false))}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </div>
      )}
      <h3 className="mt-5 text-sm font-semibold text-slate-900">Live links ({active.length})</h3>
      {active.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">No live links. Create one above to invite someone.</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-200 text-sm" aria-label="Live invite links">
          {active.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <InviteLine invite={i} />
              <Button variant="danger" disabled={revoke.isPending} onClick={() => revoke.mutate({ workspaceId, inviteId: i.id })} aria-label={`Revoke ${ROLE_LABELS[i.role].toLowerCase()} link made ${day(i.createdAt)} by ${i.createdBy.name}`}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      {ended.length > 0 && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-slate-800">Revoked and expired links ({ended.length})</summary>
          <ul className="mt-1 divide-y divide-slate-200 text-slate-700" aria-label="Revoked and expired invite links">
            {ended.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <InviteLine invite={i} />
                <Badge>{i.status === "revoked" ? "Revoked" : "Expired"}</Badge>
              </li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}
