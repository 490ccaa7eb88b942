"use client";
// One member: role and discipline are edited as a draft and saved together, so moving through a
// select with the keyboard never changes anyone's role by accident.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { disciplineOptions, roleOptions } from "~/components/forms/options";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField } from "~/components/ui/field";
import type { Discipline, Role } from "~/server/domain/roles";

interface Member {
  id: string;
  name: string;
  email: string;
  role: Role;
  discipline: Discipline;
}

export function MemberRow(props: { workspaceId: string; member: Member; isMe: boolean; isAdmin: boolean; onChanged: () => void; onRemove: () => void }) {
  const { workspaceId, member: m, isMe, isAdmin, onChanged, onRemove } = props;
  const trpc = useTRPC();
  const [role, setRole] = useState(m.role);
  const [discipline, setDiscipline] = useState(m.discipline);
  const updateRole = useMutation(trpc.member.updateRole.mutationOptions());
  const updateDiscipline = useMutation(trpc.member.updateDiscipline.mutationOptions());
  const dirty = role !== m.role || discipline !== m.discipline;
  const pending = updateRole.isPending || updateDiscipline.isPending;

  async function save() {
    try {
      if (role !== m.role) await updateRole.mutateAsync({ workspaceId, userId: m.id, role });
      if (discipline !== m.discipline) await updateDiscipline.mutateAsync({ workspaceId, userId: m.id, discipline });
    } catch {
      // the error is shown below the row; the draft stays so the user can adjust it
      return;
    }
    onChanged();
  }

  return (
    <tr>
      <td className="py-2 pr-3 align-top">
        <div className="font-medium text-slate-900">
          {m.name}
          {isMe && " (you)"}
        </div>
        <div className="text-xs text-slate-600">{m.email}</div>
        <ErrorMessage error={updateRole.error ?? updateDiscipline.error} className="mt-2" />
      </td>
      <td className="py-2 pr-3 align-top">
        <SelectField label={`Role for ${m.name}`} hideLabel options={roleOptions} value={role} disabled={!isAdmin || pending} onChange={(e) => setRole(e.target.value as Role)} />
      </td>
      <td className="py-2 pr-3 align-top">
        <SelectField
          label={`Discipline for ${m.name}`}
          hideLabel
          options={disciplineOptions}
          value={discipline}
          disabled={!(isAdmin || isMe) || pending}
          onChange={(e) => setDiscipline(e.target.value as Discipline)}
        />
      </td>
      <td className="space-x-2 py-2 text-right align-top whitespace-nowrap">
        {dirty && (
          <>
            <Button onClick={save} disabled={pending} aria-label={`Save changes for ${m.name}`}>
              Save
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                setRole(m.role);
                setDiscipline(m.discipline);
                updateRole.reset();
                updateDiscipline.reset();
              }}
            >
              Cancel
            </Button>
          </>
        )}
        {!dirty && isAdmin && !isMe && (
          <Button variant="danger" aria-label={`Remove ${m.name}`} onClick={onRemove}>
            Remove
          </Button>
        )}
      </td>
    </tr>
  );
}
