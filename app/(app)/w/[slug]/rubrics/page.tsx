import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { loadWorkspace } from "~/server/api/load-workspace";
import { HydrateClient, prefetch, trpc } from "~/server/api/rsc";
import { RubricList } from "./rubric-list";

export const metadata: Metadata = { title: "Rubrics" };

export default async function RubricsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await loadWorkspace(slug);
  prefetch(trpc.assess.listTemplates.queryOptions({ workspaceId: workspace.id }));
  return (
    <HydrateClient>
      <PageHeader
        title="Rubrics"
        description="Rounds use a built-in template or the workspace's own copy of one. Editing a copy saves a new version; rounds already opened keep the version they started with."
      />
      <RubricList workspaceId={workspace.id} slug={slug} canEdit={workspace.role !== "MEMBER"} />
    </HydrateClient>
  );
}
