"use client";
// The dashboard's way into meeting mode: start a meeting on the round shown, or join the one that
// is running.
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

export function MeetingEntry({ slug, projectId, roundId }: { slug: string; projectId: string; roundId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const meetings = useQuery(trpc.meeting.list.queryOptions({ projectId }));
  const hrefOf = (meetingId: string) => `/w/${slug}/projects/${projectId}/meeting/${meetingId}`;
  const start = useMutation(trpc.meeting.start.mutationOptions({ onSuccess: (m) => router.push(hrefOf(m.id)) }));
  const running = meetings.data?.find((m) => m.endedAt === null);
  return (
    <div className="flex flex-wrap items-center gap-3">
      {running && (
        <Link href={hrefOf(running.id)} className="rounded-md border border-indigo-300 bg-indigo-50 px-3 py-2 text-sm font-medium text-indigo-900 hover:bg-indigo-100">
          Join the meeting on {running.round.title} ({running.facilitator.name})
        </Link>
      )}
      <Button onClick={() => start.mutate({ projectId, roundId })} disabled={start.isPending || start.isSuccess}>
        {start.isPending || start.isSuccess ? "Starting…" : "Start meeting on this round"}
      </Button>
      <ErrorMessage error={start.error} />
    </div>
  );
}
