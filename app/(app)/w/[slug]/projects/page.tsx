import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { loadWorkspace } from "~/server/api/load-workspace";
import { HydrateClient, prefetch, trpc } from "~/server/api/rsc";
import { ProjectList } from "./project-list";
import { CreateProjectForm } from "./create-project-form";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace } = await loadWorkspace((await params).slug);
  prefetch(trpc.project.list.queryOptions({ workspaceId: workspace.id, archived: false }));
  return (
    <HydrateClient>
      <PageHeader title="Projects" description={`Every ML project in ${workspace.name}, from idea to retirement.`} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <ProjectList workspaceId={workspace.id} slug={workspace.slug} />
        <CreateProjectForm workspaceId={workspace.id} />
      </div>
    </HydrateClient>
  );
}
