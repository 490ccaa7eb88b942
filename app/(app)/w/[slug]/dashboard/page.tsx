import type { Metadata } from "next";
import { WaitingRounds } from "~/components/assess/waiting-rounds";
import { causalViewModel } from "~/components/steer/causal-view-model";
import { ProjectGlance } from "~/components/steer/project-glance";
import { PortfolioTable, type PortfolioColumn } from "~/components/steer/portfolio-table";
import { PageHeader } from "~/components/ui/page-header";
import { loadWorkspace } from "~/server/api/load-workspace";
import { orPageOutcome } from "~/server/api/page-outcome";
import { HydrateClient, prefetch, trpc } from "~/server/api/rsc";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { caller, me, workspace } = await loadWorkspace(slug);
  prefetch(trpc.assess.waitingRounds.queryOptions({ workspaceId: workspace.id }));
  const rows = await orPageOutcome(caller.steer.portfolio({ workspaceId: workspace.id }));
  const columns: PortfolioColumn[] = causalViewModel().nodes.flatMap((n) => (n.kind === "lever" || n.kind === "condition" ? [{ id: n.id, name: n.name, kind: n.kind }] : []));
  const canSeePortfolio = workspace.role !== "MEMBER";

  return (
    <HydrateClient>
      <PageHeader title="Dashboard" description={`What is waiting for you, ${me.name}, and where each project stands.`} />
      <div className="space-y-8">
        <WaitingRounds workspaceId={workspace.id} slug={slug} />
        <section aria-labelledby="glance-heading" className="space-y-3">
          <h2 id="glance-heading" className="text-lg font-semibold text-slate-900">
            Projects at a glance
          </h2>
          <p className="text-sm text-slate-700">Bands from each project&apos;s latest closed round. Open a project for its trends, bottleneck and what-if.</p>
          <ProjectGlance slug={slug} columns={columns} rows={rows} />
        </section>
        {canSeePortfolio && (
          <section aria-labelledby="portfolio-heading" className="space-y-3">
            <h2 id="portfolio-heading" className="text-lg font-semibold text-slate-900">
              Portfolio
            </h2>
            <p className="max-w-3xl text-sm text-slate-700">
              Every project against every lever and condition, from its latest closed round. It is for spotting where a team could use help, not for
              ranking teams: rounds differ in who answered and when. Sort a column to bring the weakest projects to the top; open a project for its dashboard.
            </p>
            <PortfolioTable slug={slug} columns={columns} rows={rows} />
          </section>
        )}
      </div>
    </HydrateClient>
  );
}
