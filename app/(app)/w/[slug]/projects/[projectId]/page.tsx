import type { Metadata } from "next";
import Link from "next/link";
import { loadProject } from "~/server/api/load-workspace";
import { HydrateClient, prefetch, seed, trpc } from "~/server/api/rsc";
import { ProjectSections } from "./_components/project-sections";
import { ProjectEditor } from "./project-editor";
import { DesignProgressStrip } from "~/components/design/design-progress-strip";

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
      <ProjectSections slug={slug} projectId={projectId} />
      <ProjectEditor projectId={projectId} workspaceId={workspace.id} canManage={project.viewer.canManage} />
      <DesignProgressStrip slug={slug} projectId={projectId} />
    </HydrateClient>
  );
}
