"use client";
// Owners and admins: who has answered (never what), reminders, and closing the round by hand.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDate, PARTICIPANT_STATUS_LABELS } from "~/components/assess/labels";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage, Notice } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";

export function ParticipationPanel({ roundId }: { roundId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const who = useQuery(trpc.assess.participation.queryOptions({ roundId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.assess.pathKey() });
  const remind = useMutation(trpc.assess.sendReminders.mutationOptions({ onSuccess: refresh }));
  const close = useMutation(trpc.assess.closeRound.mutationOptions({ onSuccess: refresh }));
  const missing = (who.data ?? []).filter((p) => p.status !== "SUBMITTED");
  return (
    <Card aria-labelledby="participation-heading" className="space-y-3">
      <h2 id="participation-heading" className="text-lg font-semibold">
        Who has answered
      </h2>
      <ErrorMessage error={who.error} />
      <ul className="space-y-1 text-sm" aria-label="Participants">
        {who.data?.map((p) => (
          <li key={p.user.id} className="flex flex-wrap justify-between gap-2">
            <span className="break-words">{p.user.name}</span>
            <span className={p.status === "SUBMITTED" ? "text-emerald-800" : "text-amber-800"}>
              {PARTICIPANT_STATUS_LABELS[p.status]}
              {p.lastRemindedAt && p.status !== "SUBMITTED" && ` · reminded ${formatDate(p.lastRemindedAt)}`}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700">{missing.length === 0 ? "Everyone asked has submitted." : `${missing.length} still to submit.`}</p>
      <ErrorMessage error={remind.error ?? close.error} />
      {remind.data && <Notice>Reminder sent to {remind.data.reminded === 1 ? "1 person" : `${remind.data.reminded} people`}.</Notice>}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={missing.length === 0 || remind.isPending} onClick={() => remind.mutate({ roundId })}>
          Remind those missing
        </Button>
        <Button
          variant="danger"
          disabled={close.isPending}
          onClick={() => {
            if (window.confirm("Close this round now? Answers freeze and the results are computed once.")) close.mutate({ roundId });
          }}
        >
          Close round now
        </Button>
      </div>
    </Card>
  );
}
