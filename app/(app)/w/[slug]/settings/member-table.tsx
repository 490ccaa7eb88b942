"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { disciplineOptions, roleOptions } from "~/components/forms/options";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { SelectField } from "~/components/ui/field";
import { hasRole, type Discipline, type Role } from "~/server/domain/roles";

export function MemberTable({ workspaceId, myId, myRole }: { workspaceId: string; myId: string; myRole: Role }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey({ workspaceId }) });
  const updateRole = useMutation(trpc.member.updateRole.mutationOptions({ onSettled: refresh }));
  const updateDiscipline = useMutation(trpc.member.updateDiscipline.mutationOptions({ onSettled: refresh }));
  const remove = useMutation(trpc.member.remove.mutationOptions({ onSettled: refresh }));
  const isAdmin = hasRole(myRole, "ADMIN");

  return (
    <Card aria-labelledby="members-heading">
      <h2 id="members-heading" className="mb-3 text-lg font-semibold">
        Members
      </h2>
      <ErrorMessage error={members.error ?? updateRole.error ?? updateDiscipline.error ?? remove.error} className="mb-3" />
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
            <tr key={m.id}>
              <td className="py-2 pr-3">
                <div className="font-medium text-slate-900">{m.name}{m.id === myId && " (you)"}</div>
                <div className="text-xs text-slate-600">{m.email}</div>
              </td>
              <td className="py-2 pr-3">
                <SelectField
                  label={`Role for ${m.name}`}
                  hideLabel
                  options={roleOptions}
                  value={m.role}
                  disabled={!isAdmin || updateRole.isPending}
                  onChange={(e) => updateRole.mutate({ workspaceId, userId: m.id, role: e.target.value as Role })}
                />
              </td>
              <td className="py-2 pr-3">
                <SelectField
                  label={`Discipline for ${m.name}`}
                  hideLabel
                  options={disciplineOptions}
                  value={m.discipline}
                  disabled={!(isAdmin || m.id === myId) || updateDiscipline.isPending}
                  onChange={(e) => updateDiscipline.mutate({ workspaceId, userId: m.id, discipline: e.target.value as Discipline })}
                />
              </td>
              <td className="py-2 text-right">
                {isAdmin && m.id !== myId && (
                  <Button
                    variant="danger"
                    aria-label={`Remove ${m.name}`}
                    disabled={remove.isPending}
                    onClick={() => {
                      if (window.confirm(`Remove ${m.name} from this workspace? Projects they own pass to you.`)) remove.mutate({ workspaceId, userId: m.id });
                    }}
                  >
                    Remove
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
