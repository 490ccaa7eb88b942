import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadWorkspace } from "~/server/api/load-workspace";
import { HydrateClient, prefetch, trpc } from "~/server/api/rsc";
import { ProjectEditor } from "./project-editor";
import { DesignProgressStrip } from "~/components/design/design-progress-strip";

export const metadata: Metadata = { title: "Project" };

export default async function ProjectPage({ params }: { params: Promise<{ slug: string; projectId: string }> }) {
  const { slug, projectId } = await params;
  const { caller, me, workspace } = await loadWorkspace(slug);
  const project = await caller.project.get({ projectId }).catch((e: unknown) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) return null;
    throw e;
  });
  if (!project || project.workspaceId !== workspace.id) notFound();
  prefetch(trpc.project.get.queryOptions({ projectId }));
  prefetch(trpc.member.list.queryOptions({ workspaceId: workspace.id }));
  const canManage = workspace.role !== "MEMBER" || project.owner.id === me.id;
  return (
    <HydrateClient>
      <p className="mb-2 text-sm">
        <Link href={`/w/${slug}/projects`} className="text-indigo-700 underline">
          ← All projects
        </Link>
      </p>
      <ProjectEditor projectId={projectId} workspaceId={workspace.id} canManage={canManage} />
      <DesignProgressStrip slug={slug} projectId={projectId} />
    </HydrateClient>
  );
}
