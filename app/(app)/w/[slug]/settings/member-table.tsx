"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Card } from "~/components/ui/card";
import { hasRole, type Role } from "~/server/domain/roles";
import { MemberRow } from "./member-row";

export function MemberTable({ workspaceId, myId, myRole }: { workspaceId: string; myId: string; myRole: Role }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey({ workspaceId }) });
  const remove = useMutation(trpc.member.remove.mutationOptions({ onSettled: refresh }));
  const isAdmin = hasRole(myRole, "ADMIN");

  return (
    <Card aria-labelledby="members-heading">
      <h2 id="members-heading" className="mb-3 text-lg font-semibold">
        Members
      </h2>
      <ErrorMessage error={members.error ?? remove.error} className="mb-3" />
      <table className="w-full text-left text-sm">
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-2 font-medium">Name</th>
            <th scope="col" className="py-2 font-medium">Role</th>
            <th scope="col" className="py-2 font-medium">Discipline</th>
            <th scope="col" className="py-2 font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {members.data?.map((m) => (
            <MemberRow
              key={`${m.id}-${m.role}-${m.discipline}`}
              workspaceId={workspaceId}
              member={m}
              isMe={m.id === myId}
              isAdmin={isAdmin}
              onChanged={refresh}
              onRemove={() => {
                if (window.confirm(`Remove ${m.name} from this workspace? Projects they own pass to you.`)) remove.mutate({ workspaceId, userId: m.id });
              }}
            />
          ))}
        </tbody>
      </table>
    </Card>
  );
}
