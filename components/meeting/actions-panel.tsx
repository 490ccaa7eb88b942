"use client";
// The project's actions on the dashboard: open first with overdue ones at the top (marked in
// words), how each one's lever moved since its meeting's round once a later round has closed, and
// a status anyone in the project may change. A change based on a stale copy is
// refused by the server; the list then reloads so the person sees what changed.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { SelectField } from "~/components/ui/field";
import type { ActionStatus } from "~/server/domain/meeting";
import { ActionList } from "./action-list";
import { ACTION_STATUS_OPTIONS, describeMovement, movementClass } from "./labels";

export function ActionsPanel({ projectId, nameOf }: { projectId: string; nameOf: Readonly<Record<string, string>> }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const actions = useQuery(trpc.meeting.listActions.queryOptions({ projectId }));
  const update = useMutation(
    trpc.meeting.updateAction.mutationOptions({ onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.meeting.listActions.queryKey({ projectId }) }) }),
  );
  if (!actions.data) return <ErrorMessage error={actions.error} />;
  const open = actions.data.filter((a) => a.status === "OPEN").length;
  const overdue = actions.data.filter((a) => a.overdue).length;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        {actions.data.length === 0
          ? "Actions recorded in meetings appear here."
          : `${open} open${overdue ? `, ${overdue} overdue` : ""}, ${actions.data.length - open} closed.`}
      </p>
      <ErrorMessage error={update.error} />
      <ActionList
        actions={actions.data}
        nameOf={nameOf}
        label="Project actions"
        empty="No actions yet."
        showStatus={false}
        aside={(a) => (
          <>
            {a.sinceMeeting && (
              <span className={movementClass(a.sinceMeeting.movement)}>
                {describeMovement(a.sinceMeeting.movement)} from {a.sinceMeeting.roundTitle} to {a.sinceMeeting.latestRoundTitle}
              </span>
            )}
            <SelectField
            label={`Status of “${a.title}”`}
            hideLabel
            value={a.status}
            disabled={update.isPending}
            options={ACTION_STATUS_OPTIONS}
            onChange={(e) => update.mutate({ actionId: a.id, version: a.version, status: e.target.value as ActionStatus })}
            />
          </>
        )}
      />
    </div>
  );
}
