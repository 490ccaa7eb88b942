"use client";
// One member: role and discipline are edited as a draft and saved together, so moving through a
// select with the keyboard never changes anyone's role by accident. A change that takes away the
// viewer's own rights asks first.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { ReadOnlyField, SelectField } from "~/components/ui/field";
import { DISCIPLINE_LABELS, ROLE_LABELS, disciplineOptions, isStepDown, roleOptions, type Discipline, type Role } from "~/components/vocabulary";

/** A visible word above a control on phones, where the column headings are not shown; the control keeps its own label. */
function PhoneCaption({ children }: { children: string }) {
  return (
    <span aria-hidden className="mb-1 block text-xs font-medium text-slate-600 sm:hidden">
      {children}
    </span>
  );
}

interface Member {
  id: string;
  name: string;
  email: string;
  role: Role;
  discipline: Discipline;
  can: { roles: Role[]; canRemove: boolean; canChangeDiscipline: boolean };
}

export function MemberRow(props: { workspaceId: string; member: Member; isMe: boolean; onChanged: () => void; onRemove: () => void }) {
  const { workspaceId, member: m, isMe, onChanged, onRemove } = props;
  const trpc = useTRPC();
  const router = useRouter();
  const [role, setRole] = useState(m.role);
  const [discipline, setDiscipline] = useState(m.discipline);
  const [confirming, setConfirming] = useState(false);
  const updateRole = useMutation(trpc.member.updateRole.mutationOptions());
  const updateDiscipline = useMutation(trpc.member.updateDiscipline.mutationOptions());
  const dirty = role !== m.role || discipline !== m.discipline;
  const pending = updateRole.isPending || updateDiscipline.isPending;
  const losesOwnRights = isMe && isStepDown(m.role, role);

  async function save() {
    try {
      if (role !== m.role) await updateRole.mutateAsync({ workspaceId, userId: m.id, role });
      if (discipline !== m.discipline) await updateDiscipline.mutateAsync({ workspaceId, userId: m.id, discipline });
    } catch {
      return; // the error is shown in the row; the draft stays so the user can adjust it
    }
    onChanged();
    // A change to one's own role changes which panels the page offers (an ex-admin loses invites and
    // renaming), and those are decided on the server.
    if (isMe && role !== m.role) router.refresh();
  }

  const roleOptionsForRow = roleOptions.filter((o) => m.can.roles.includes(o.value));
  return (
    <li className="grid gap-3 py-3 sm:grid-cols-[minmax(0,1fr)_9rem_11rem_9rem] sm:items-start">
      <div className="min-w-0">
        <div className="font-medium text-slate-900 [overflow-wrap:anywhere]">
          {m.name}
          {isMe && " (you)"}
        </div>
        <div className="text-xs text-slate-600 [overflow-wrap:anywhere]">{m.email}</div>
      </div>
      <div>
        <PhoneCaption>Role</PhoneCaption>
        {roleOptionsForRow.length > 1 ? (
          <SelectField label={`Role for ${m.name}`} hideLabel options={roleOptionsForRow} value={role} disabled={pending} onChange={(e) => setRole(e.target.value as Role)} />
        ) : (
          <ReadOnlyField label={`Role for ${m.name}`} hideLabel value={ROLE_LABELS[m.role]} />
        )}
      </div>
      <div>
        <PhoneCaption>Discipline</PhoneCaption>
        {m.can.canChangeDiscipline ? (
          <SelectField
            label={`Discipline for ${m.name}`}
            hideLabel
            options={disciplineOptions}
            value={discipline}
            disabled={pending}
            onChange={(e) => setDiscipline(e.target.value as Discipline)}
          />
        ) : (
          <ReadOnlyField label={`Discipline for ${m.name}`} hideLabel value={DISCIPLINE_LABELS[m.discipline]} />
        )}
      </div>
      <div className="flex flex-wrap gap-2 sm:justify-end">
        {dirty && (
          <>
            <Button onClick={() => (losesOwnRights ? setConfirming(true) : void save())} disabled={pending} aria-label={`Save changes for ${m.name}`}>
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
        {!dirty && m.can.canRemove && (
          <Button variant="danger" aria-label={`Remove ${m.name}`} onClick={onRemove}>
            Remove
          </Button>
        )}
      </div>
      <ErrorMessage error={updateRole.error ?? updateDiscipline.error} className="sm:col-span-4" />
      <ConfirmDialog
        open={confirming}
        title={`Make yourself ${ROLE_LABELS[role].toLowerCase()}?`}
        description={
          role === "MEMBER"
            ? "You will no longer manage members, invites or other people's projects in this workspace. Only an owner or admin can give that back."
            : "You will no longer be an owner: you cannot manage owners or grant ownership. Only an owner can give that back."
        }
        confirmLabel={`Yes, make me ${ROLE_LABELS[role].toLowerCase()}`}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void save();
        }}
      />
    </li>
  );
}
