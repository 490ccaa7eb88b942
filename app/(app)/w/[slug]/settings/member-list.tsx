"use client";
// Members as a list of rows that stack on a phone: name, then role and discipline, then actions.
// Each row shows only the controls the server says this viewer may use (member.list → can).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Card } from "~/components/ui/card";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { MemberRow } from "./member-row";

export function MemberList({ workspaceId, myId }: { workspaceId: string; myId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey({ workspaceId }) });
  const remove = useMutation(trpc.member.remove.mutationOptions({ onSettled: refresh }));
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);

  return (
    <Card aria-labelledby="members-heading">
      <h2 id="members-heading" className="mb-3 text-lg font-semibold">
        Members
      </h2>
      <ErrorMessage error={members.error ?? remove.error} className="mb-3" />
      {/* Column headings for wide screens; each control carries its own label for assistive technology. */}
      <div aria-hidden className="hidden gap-3 border-b border-slate-200 pb-2 text-sm font-medium text-slate-600 sm:grid sm:grid-cols-[minmax(0,1fr)_9rem_11rem_9rem]">
        <span>Name</span>
        <span>Role</span>
        <span>Discipline</span>
      </div>
      <ul className="divide-y divide-slate-200" aria-labelledby="members-heading">
        {members.data?.map((m) => (
          <MemberRow
            key={`${m.id}-${m.role}-${m.discipline}`}
            workspaceId={workspaceId}
            member={m}
            isMe={m.id === myId}
            onChanged={refresh}
            onRemove={() => setRemoving({ id: m.id, name: m.name })}
          />
        ))}
      </ul>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? ""}?`}
        description="They lose access to this workspace at once, and the link they joined with will not let them back in. Projects they own pass to you."
        confirmLabel="Remove"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate({ workspaceId, userId: removing.id });
          setRemoving(null);
        }}
      />
    </Card>
  );
}
