import type { Metadata } from "next";
import { WaitingRounds } from "~/components/assess/waiting-rounds";
import { PATH_LABELS } from "~/components/learn/path-labels";
import { causalViewModel, nodeNames } from "~/components/steer/causal-view-model";
import { MyLessons } from "~/components/steer/my-lessons";
import { MyOpenActions } from "~/components/steer/my-open-actions";
import { ProjectGlance } from "~/components/steer/project-glance";
import { PortfolioTable, type PortfolioColumn } from "~/components/steer/portfolio-table";
import { TeamOnboardingSummary } from "~/components/steer/team-onboarding-summary";
import { WorkspaceTrendTable } from "~/components/steer/workspace-trend-table";
import { PageHeader } from "~/components/ui/page-header";
import { loadWorkspace } from "~/server/api/load-workspace";
import { orPageOutcome } from "~/server/api/page-outcome";
import { HydrateClient, prefetch, trpc } from "~/server/api/rsc";

export const metadata: Metadata = { title: "Dashboard" };

// Each person's home in a workspace, where sign-in lands: what is waiting for them, their lessons,
// each project at a glance; owners and admins also get the portfolio, its trend and the team's onboarding.
export default async function DashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { caller, me, workspace } = await loadWorkspace(slug);
  prefetch(trpc.assess.waitingRounds.queryOptions({ workspaceId: workspace.id }));
  const canSeePortfolio = workspace.role !== "MEMBER";
  const [rows, path, myActions, trend, team] = await Promise.all([
    orPageOutcome(caller.steer.portfolio({ workspaceId: workspace.id })),
    orPageOutcome(caller.learn.myPath({ workspaceId: workspace.id })),
    orPageOutcome(caller.meeting.myOpenActions({ workspaceId: workspace.id })),
    canSeePortfolio ? orPageOutcome(caller.steer.workspaceTrend({ workspaceId: workspace.id })) : null,
    canSeePortfolio ? orPageOutcome(caller.learn.teamProgress({ workspaceId: workspace.id })) : null,
  ]);
  const model = causalViewModel();
  const nameOf = nodeNames(model);
  const columns: PortfolioColumn[] = model.nodes.flatMap((n) => (n.kind === "lever" || n.kind === "condition" ? [{ id: n.id, name: n.name, kind: n.kind }] : []));

  return (
    <HydrateClient>
      <PageHeader title="Dashboard" description={`What is waiting for you, ${me.name}, and where each project stands.`} />
      <div className="space-y-8">
        <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-4 lg:grid-cols-2">
          <WaitingRounds workspaceId={workspace.id} slug={slug} />
          <MyLessons
            slug={slug}
            pathLabel={PATH_LABELS[path.key]}
            steps={path.steps}
            completedSlugs={new Set(path.progress.filter((p) => p.completedAt).map((p) => p.chapterSlug))}
            startedSlugs={new Set(path.progress.map((p) => p.chapterSlug))}
          />
        </div>
        <MyOpenActions slug={slug} actions={myActions} nameOf={nameOf} />
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
        {trend && (
          <section aria-labelledby="trend-heading" className="space-y-3">
            <h2 id="trend-heading" className="text-lg font-semibold text-slate-900">
              Workspace trend per lever
            </h2>
            <p className="max-w-3xl text-sm text-slate-700">
              For each quarter, the mean of every active project&apos;s latest score by the end of that quarter. A project keeps its last score until its
              next round, so the same projects are averaged each quarter and a line moves when teams change, not when a different set of teams happened
              to run a round. Each cell says how many projects it averages. Like the portfolio, it shows where the workspace needs help, not who is ahead.
            </p>
            <WorkspaceTrendTable periods={trend.periods} trend={trend.groups} groups={columns} />
          </section>
        )}
        {team && (
          <section aria-labelledby="team-heading" className="space-y-3">
            <h2 id="team-heading" className="text-lg font-semibold text-slate-900">
              Team onboarding
            </h2>
            <TeamOnboardingSummary slug={slug} members={team} />
          </section>
        )}
      </div>
    </HydrateClient>
  );
}
