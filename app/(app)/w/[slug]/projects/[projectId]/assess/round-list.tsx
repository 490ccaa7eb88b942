"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDate, PARTICIPANT_STATUS_LABELS } from "~/components/assess/labels";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Badge, Card } from "~/components/ui/card";

export function RoundList({ projectId, slug }: { projectId: string; slug: string }) {
  const trpc = useTRPC();
  const rounds = useQuery(trpc.assess.listRounds.queryOptions({ projectId }));
  return (
    <Card aria-labelledby="rounds-heading">
      <h2 id="rounds-heading" className="mb-3 text-lg font-semibold">
        Rounds
      </h2>
      <ErrorMessage error={rounds.error} />
      {rounds.data?.length === 0 && <p className="text-sm text-slate-600">No round yet. An owner or admin opens one.</p>}
      <ul className="divide-y divide-slate-200">
        {rounds.data?.map((r) => (
          <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
            <div className="min-w-0">
              <Link href={`/w/${slug}/projects/${projectId}/assess/${r.id}`} className="font-medium break-words text-indigo-700 underline">
                {r.title}
              </Link>
              <p className="text-sm text-slate-600">
                {r.rubricName} · {r.anonymous ? "anonymous" : "named"} ·{" "}
                {r.status === "OPEN" ? `closes ${formatDate(r.closesAt)}` : `closed ${formatDate(r.closedAt)}`}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <Badge className={r.status === "OPEN" ? "bg-emerald-100 text-emerald-900" : ""}>{r.status === "OPEN" ? "Open" : "Closed"}</Badge>
              <span className="text-slate-700">
                {r.submitted} of {r.invited} answered
              </span>
              {r.myStatus && r.status === "OPEN" && <span className="text-slate-700">· you: {PARTICIPANT_STATUS_LABELS[r.myStatus]}</span>}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
