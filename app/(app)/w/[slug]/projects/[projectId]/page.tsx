import type { Metadata } from "next";
import Link from "next/link";
import { loadProject } from "~/server/api/load-workspace";
import { HydrateClient, prefetch, seed, trpc } from "~/server/api/rsc";
import { ProjectEditor } from "./project-editor";

export const metadata: Metadata = { title: "Project" };

export default async function ProjectPage({ params }: { params: Promise<{ slug: string; projectId: string }> }) {
  const { slug, projectId } = await params;
  const { workspace, project } = await loadProject(slug, projectId);
  seed(trpc.project.get.queryOptions({ projectId }), project); // loaded once above, not fetched again
  prefetch(trpc.member.list.queryOptions({ workspaceId: workspace.id }));
  return (
    <HydrateClient>
      <p className="mb-2 text-sm">
        <Link href={`/w/${slug}/projects`} className="text-indigo-700 underline">
          ← All projects
        </Link>
      </p>
      <p className="mb-4 text-sm"><Link href={`/w/${slug}/projects/${projectId}/assess`} className="text-indigo-700 underline">Assessment rounds →</Link></p>
      <p className="-mt-2 mb-4 text-sm"><Link href={`/w/${slug}/projects/${projectId}/dashboard`} className="text-indigo-700 underline">Dashboard: scores, bottleneck and what-if →</Link></p>
      <ProjectEditor projectId={projectId} workspaceId={workspace.id} canManage={project.viewer.canManage} />
    </HydrateClient>
  );
}
