"use client";
// "Rounds waiting for you": open rounds that ask the signed-in member and that they have not
// submitted, with the closing date and whether someone sent a reminder.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Card } from "~/components/ui/card";
import { formatDate, PARTICIPANT_STATUS_LABELS } from "./labels";

export function WaitingRounds({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const trpc = useTRPC();
  const waiting = useQuery(trpc.assess.waitingRounds.queryOptions({ workspaceId }));
  return (
    <Card aria-labelledby="waiting-rounds-heading">
      <h2 id="waiting-rounds-heading" className="mb-2 text-lg font-semibold">
        Rounds waiting for you
      </h2>
      <ErrorMessage error={waiting.error} />
      {waiting.data?.length === 0 && <p className="text-sm text-slate-600">Nothing to answer right now.</p>}
      <ul className="space-y-2">
        {waiting.data?.map((r) => (
          <li key={r.id} className="text-sm">
            <Link href={`/w/${slug}/projects/${r.project.id}/assess/${r.id}`} className="font-medium break-words text-indigo-700 underline">
              {r.title}
            </Link>{" "}
            <span className="break-words text-slate-700">· {r.project.name}</span>
            <span className="block text-slate-600">
              Closes {formatDate(r.closesAt)} · {PARTICIPANT_STATUS_LABELS[r.myStatus]}
              {r.remindedAt && <strong className="ml-1 font-medium text-amber-800">· Reminder sent {formatDate(r.remindedAt)}</strong>}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
