import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadWorkspace } from "~/server/api/load-workspace";
import { HydrateClient, prefetch, trpc } from "~/server/api/rsc";
import { RoundView } from "./round-view";

export const metadata: Metadata = { title: "Assessment round" };

export default async function RoundPage({ params }: { params: Promise<{ slug: string; projectId: string; roundId: string }> }) {
  const { slug, projectId, roundId } = await params;
  const { caller, workspace } = await loadWorkspace(slug);
  const view = await caller.assess.getRound({ roundId }).catch((e: unknown) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) return null;
    throw e;
  });
  if (!view || view.round.workspaceId !== workspace.id || view.round.projectId !== projectId) notFound();
  prefetch(trpc.assess.getRound.queryOptions({ roundId }));
  if (view.round.status === "CLOSED") prefetch(trpc.assess.getResults.queryOptions({ roundId }));
  else if (view.canManage) prefetch(trpc.assess.participation.queryOptions({ roundId }));
  return (
    <HydrateClient>
      <p className="mb-2 text-sm">
        <Link href={`/w/${slug}/projects/${projectId}/assess`} className="text-indigo-700 underline">
          ← Rounds of {view.round.project.name}
        </Link>
      </p>
      <RoundView roundId={roundId} />
    </HydrateClient>
  );
}
