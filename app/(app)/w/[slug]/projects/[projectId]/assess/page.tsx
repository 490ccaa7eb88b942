import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WaitingRounds } from "~/components/assess/waiting-rounds";
import { PageHeader } from "~/components/ui/page-header";
import { loadWorkspace } from "~/server/api/load-workspace";
import { getCatalog } from "~/server/content/catalog";
import { HydrateClient, prefetch, trpc } from "~/server/api/rsc";
import { ExemptionPanel } from "./exemption-panel";
import { OpenRoundForm } from "./open-round-form";
import { RoundHistory } from "./round-history";
import { RoundList } from "./round-list";

export const metadata: Metadata = { title: "Assess" };

export default async function AssessPage({ params }: { params: Promise<{ slug: string; projectId: string }> }) {
  const { slug, projectId } = await params;
  const { caller, me, workspace } = await loadWorkspace(slug);
  const project = await caller.project.get({ projectId }).catch((e: unknown) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) return null;
    throw e;
  });
  if (!project || project.workspaceId !== workspace.id) notFound();
  const canManage = workspace.role !== "MEMBER";
  prefetch(trpc.assess.listRounds.queryOptions({ projectId }));
  prefetch(trpc.assess.roundHistory.queryOptions({ projectId }));
  prefetch(trpc.assess.waitingRounds.queryOptions({ workspaceId: workspace.id }));
  prefetch(trpc.assess.listExemptions.queryOptions({ projectId }));
  if (canManage) {
    prefetch(trpc.assess.listTemplates.queryOptions({ workspaceId: workspace.id }));
    prefetch(trpc.member.list.queryOptions({ workspaceId: workspace.id }));
  }
  return (
    <HydrateClient>
      <p className="mb-2 text-sm">
        <Link href={`/w/${slug}/projects/${projectId}`} className="text-indigo-700 underline">
          ← {project.name}
        </Link>
      </p>
      <PageHeader
        title={`Assess: ${project.name}`}
        description="The team scores the project's design levers together. Answers stay hidden until a round closes; anonymous rounds never show anyone's individual answers."
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <RoundList projectId={projectId} slug={slug} />
          <RoundHistory projectId={projectId} groupNames={Object.fromEntries(getCatalog().nodes.map((n) => [n.id, n.name]))} />
        </div>
        <div className="space-y-6">
          <WaitingRounds workspaceId={workspace.id} slug={slug} />
          {canManage && <OpenRoundForm projectId={projectId} workspaceId={workspace.id} slug={slug} />}
          <ExemptionPanel projectId={projectId} canManage={canManage || project.owner.id === me.id} />
        </div>
      </div>
    </HydrateClient>
  );
}
