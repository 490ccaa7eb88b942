import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlignmentPage } from "~/components/alignment/alignment-page";
import { loadWorkspace } from "~/server/api/load-workspace";
import { HydrateClient, prefetch, trpc } from "~/server/api/rsc";

export const metadata: Metadata = { title: "Alignment" };

export default async function ProjectAlignmentPage({ params }: { params: Promise<{ slug: string; projectId: string }> }) {
  const { slug, projectId } = await params;
  const { caller, workspace } = await loadWorkspace(slug);
  const project = await caller.project.get({ projectId }).catch((e: unknown) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) return null;
    throw e;
  });
  if (!project || project.workspaceId !== workspace.id) notFound();
  prefetch(trpc.alignment.view.queryOptions({ projectId }));
  prefetch(trpc.member.list.queryOptions({ workspaceId: workspace.id }));
  return (
    <HydrateClient>
      <p className="mb-2 flex flex-wrap gap-4 text-sm">
        <Link href={`/w/${slug}/projects/${projectId}`} className="text-indigo-700 underline">
          ← {project.name}
        </Link>
        <Link href={`/w/${slug}/alignment`} className="text-indigo-700 underline">
          All objectives in this workspace
        </Link>
      </p>
      <AlignmentPage projectId={projectId} workspaceId={workspace.id} projectName={project.name} />
    </HydrateClient>
  );
}
