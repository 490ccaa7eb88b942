import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "~/components/ui/page-header";
import { loadWorkspace } from "~/server/api/load-workspace";
import { HydrateClient, prefetch, trpc } from "~/server/api/rsc";
import { hasRole } from "~/server/domain/roles";
import { LearningPath } from "./learning-path";
import { TeamProgress } from "./team-progress";

export const metadata: Metadata = { title: "Learn" };

export default async function WorkspaceLearnPage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace } = await loadWorkspace((await params).slug);
  const isAdmin = hasRole(workspace.role, "ADMIN");
  prefetch(trpc.learn.myPath.queryOptions({ workspaceId: workspace.id }));
  if (isAdmin) prefetch(trpc.learn.teamProgress.queryOptions({ workspaceId: workspace.id }));
  return (
    <HydrateClient>
      <PageHeader
        title="Learn"
        description="Your learning path: the chapter guides that matter most for your role, in a sensible order."
        actions={
          <Link href="/learn" className="text-sm font-medium text-indigo-800 underline">
            All chapters, glossary and search
          </Link>
        }
      />
      <div className="space-y-10">
        <LearningPath workspaceId={workspace.id} discipline={workspace.discipline} />
        {isAdmin && <TeamProgress workspaceId={workspace.id} />}
      </div>
    </HydrateClient>
  );
}
