import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/page-header";
import { loadWorkspace } from "~/server/api/load-workspace";
import { orPageOutcome } from "~/server/api/page-outcome";
import { HydrateClient, prefetch, trpc } from "~/server/api/rsc";
import { DesignReviewPeriod } from "./design-review-period";
import { InvitePanel } from "./invite-panel";
import { LeaveWorkspace } from "./leave-workspace";
import { MemberList } from "./member-list";
import { RenameWorkspace } from "./rename-workspace";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { caller, me, workspace } = await loadWorkspace((await params).slug);
  const isAdmin = workspace.role !== "MEMBER";
  const settings = isAdmin ? await orPageOutcome(caller.workspace.settings({ workspaceId: workspace.id })) : null;
  prefetch(trpc.member.list.queryOptions({ workspaceId: workspace.id }));
  if (isAdmin) prefetch(trpc.invite.list.queryOptions({ workspaceId: workspace.id }));
  return (
    <HydrateClient>
      <PageHeader title="Settings" description={`Members, roles, invite links and design review settings for ${workspace.name}.`} />
      <div className="space-y-8">
        {isAdmin && <RenameWorkspace workspaceId={workspace.id} name={workspace.name} />}
        <MemberList workspaceId={workspace.id} myId={me.id} />
        {isAdmin && <InvitePanel workspaceId={workspace.id} />}
        {settings && <DesignReviewPeriod workspaceId={workspace.id} days={settings.designReviewDays} />}
        <LeaveWorkspace workspaceId={workspace.id} myId={me.id} />
      </div>
    </HydrateClient>
  );
}
