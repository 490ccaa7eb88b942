"use client";
import { useQuery } from "@tanstack/react-query";
import { formatDate } from "~/components/assess/labels";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage, Notice } from "~/components/ui/alert";
import { PageHeader } from "~/components/ui/page-header";
import { AnswerForm } from "./answer-form";
import { ParticipationPanel } from "./participation-panel";
import { ResultsView } from "./results-view";

export function RoundView({ roundId }: { roundId: string }) {
  const trpc = useTRPC();
  const view = useQuery(trpc.assess.getRound.queryOptions({ roundId }));
  if (!view.data) return <ErrorMessage error={view.error} />;
  const { round, me, progress, canManage } = view.data;
  const open = round.status === "OPEN";
  return (
    <>
      <PageHeader
        title={round.title}
        description={`${view.data.rubric.name} · ${round.anonymous ? "anonymous" : "named"} · ${
          open ? `closes ${formatDate(round.closesAt)}` : `closed ${formatDate(round.closedAt)}`
        } · ${progress.submitted} of ${progress.invited} answered`}
      />
      {open ? (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="min-w-0">
            {me ? (
              <AnswerForm view={view.data} />
            ) : (
              <Notice>This round did not ask you. Its results appear here when it closes.</Notice>
            )}
          </div>
          {canManage && (
            <div>
              <ParticipationPanel roundId={roundId} />
            </div>
          )}
        </div>
      ) : (
        <ResultsView roundId={roundId} />
      )}
    </>
  );
}
