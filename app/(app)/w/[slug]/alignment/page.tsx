import type { Metadata } from "next";
import { WorkspaceAlignmentTable } from "~/components/alignment/workspace-table";
import { PageHeader } from "~/components/ui/page-header";
import { loadWorkspace } from "~/server/api/load-workspace";

export const metadata: Metadata = { title: "Alignment" };

export default async function WorkspaceAlignmentPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { caller, workspace } = await loadWorkspace(slug);
  const overview = await caller.alignment.workspaceOverview({ workspaceId: workspace.id });
  return (
    <>
      <PageHeader
        title="Alignment across projects"
        description="Every active project's business objectives with their status, for the weekly look. Stale and misaligned ones come first."
      />
      <WorkspaceAlignmentTable slug={slug} rows={overview.objectives} />
    </>
  );
}
