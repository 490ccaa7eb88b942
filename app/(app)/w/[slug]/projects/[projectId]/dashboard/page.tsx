import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "~/components/assess/labels";
import { ActionsPanel } from "~/components/meeting/actions-panel";
import { MeetingEntry } from "~/components/meeting/meeting-entry";
import { LazyCausalExplorer } from "~/components/steer/lazy-causal-explorer";
import { AlignmentBeside } from "~/components/steer/alignment-beside";
import { AssessedRecommendations } from "~/components/steer/assessed-recommendations";
import { CheckpointGrid } from "~/components/steer/checkpoint-grid";
import { MlTestScorePanel } from "~/components/steer/ml-test-score-panel";
import { RoundComparison } from "~/components/steer/round-comparison";
import { causalViewModel, nodeNames } from "~/components/steer/causal-view-model";
import { LeverTable } from "~/components/steer/lever-table";
import { RoundPicker } from "~/components/steer/round-picker";
import { Card } from "~/components/ui/card";
import { PageHeader } from "~/components/ui/page-header";
import { PrintButton } from "~/components/ui/print-button";
import { loadProject } from "~/server/api/load-workspace";
import { orPageOutcome } from "~/server/api/page-outcome";

export const metadata: Metadata = { title: "Project dashboard" };

interface PageProps {
  params: Promise<{ slug: string; projectId: string }>;
  searchParams: Promise<{ round?: string | string[] }>;
}

export default async function ProjectDashboardPage({ params, searchParams }: PageProps) {
  const { slug, projectId } = await params;
  const { round } = await searchParams;
  const { caller, project } = await loadProject(slug, projectId);
  const data = await orPageOutcome(caller.steer.dashboard({ projectId, roundId: typeof round === "string" && round ? round : undefined }));
  const model = causalViewModel();
  const names = nodeNames(model);
  const nameOf = (id: string) => names[id] ?? id;
  const assessHref = `/w/${slug}/projects/${projectId}/assess`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/w/${slug}/projects/${projectId}`} className="text-indigo-700 underline">
          ← {project.name}
        </Link>
      </p>
      <PageHeader
        title={`Dashboard: ${project.name}`}
        description="The team's assessed levers and conditions, what the book's causal model makes of them, and which lever to work on first."
      />
      {data.mlTestScore && !data.round && (
        <section aria-labelledby="mlts-heading" className="mb-8 space-y-2">
          <h2 id="mlts-heading" className="text-lg font-semibold text-slate-900">ML Test Score</h2>
          <MlTestScorePanel ml={data.mlTestScore} resultsHref={`${assessHref}/${data.mlTestScore.roundId}`} />
        </section>
      )}
      {!data.round ? (
        <Card aria-labelledby="no-round-heading">
          <h2 id="no-round-heading" className="mb-2 text-lg font-semibold">
            No closed round yet
          </h2>
          <p className="text-sm text-slate-700">
            The dashboard reads the scores of a closed assessment round. Open a round, let the team answer, and close it; its scores appear here.
          </p>
          <p className="mt-3 text-sm">
            <Link href={assessHref} className="font-medium text-indigo-700 underline">
              Go to assessment rounds →
            </Link>
          </p>
        </Card>
      ) : (
        <div className="space-y-8">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div className="print:hidden">
              <RoundPicker rounds={data.rounds} selected={data.round.id} />
            </div>
            <div className="flex flex-wrap items-center gap-3 print:hidden">
              <MeetingEntry slug={slug} projectId={projectId} roundId={data.round.id} />
              <PrintButton>Print report</PrintButton>
            </div>
            <p className="text-sm text-slate-700">
              {data.round.respondentCount} respondent{data.round.respondentCount === 1 ? "" : "s"} · closed {formatDate(data.round.closedAt)} ·{" "}
              {data.round.anonymous ? "anonymous" : "named"} ·{" "}
              <Link href={`${assessHref}/${data.round.id}`} className="text-indigo-700 underline">
                Round results
              </Link>
            </p>
          </div>
          <div className="max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-slate-800">
            <strong>Projections are a heuristic, not a measurement.</strong> The scores of levers and conditions are what the team assessed; the
            states and outcomes are a reading of the book&apos;s causal model with weights we chose. They show how the parts depend on each other, not
            what this system will achieve. <Link href="/learn/model" className="text-indigo-800 underline">How the projection works</Link>
          </div>

          <section aria-labelledby="first-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="first-heading" className="mb-2 text-lg font-semibold text-slate-900">
              What to work on first, from this round
            </h2>
            <AssessedRecommendations model={model} scores={data.scores} groups={data.groups} nameOf={nameOf} />
          </section>

          <section aria-labelledby="alignment-heading" className="space-y-2">
            <h2 id="alignment-heading" className="text-lg font-semibold text-slate-900">Business objectives: assessed, projected and checked in</h2>
            <AlignmentBeside alignmentHref={`/w/${slug}/projects/${projectId}/alignment`} model={model} scores={data.scores} alignment={data.alignment} />
          </section>

          <section aria-labelledby="actions-heading" className="space-y-2">
            <h2 id="actions-heading" className="text-lg font-semibold text-slate-900">
              Actions
            </h2>
            <ActionsPanel projectId={projectId} nameOf={names} />
          </section>

          <section aria-labelledby="levers-heading" className="space-y-2">
            <h2 id="levers-heading" className="text-lg font-semibold text-slate-900">
              Levers and conditions
            </h2>
            <p className="text-sm text-slate-700">
              Spread is how far respondents&apos; answers lie from each other, in levels of the rubric (averaged over a lever&apos;s items); a full level or more
              is flagged. Role gaps compare disciplines where the round shows them (an anonymous round only for three or more people of a discipline).
            </p>
            <LeverTable
              groups={data.groups}
              trends={data.trends}
              current={data.rounds.findIndex((r) => r.id === data.round!.id)}
              previousTitle={data.round.previousTitle}
              nameOf={nameOf}
            />
          </section>

          <section aria-labelledby="compare-heading" className="space-y-2">
            <h2 id="compare-heading" className="text-lg font-semibold text-slate-900">Compare two rounds</h2>
            <RoundComparison
              projectId={projectId}
              rounds={data.rounds}
              shown={data.round.id}
              names={names}
            />
          </section>

          <section aria-labelledby="grid-heading" className="space-y-2">
            <h2 id="grid-heading" className="text-lg font-semibold text-slate-900">Checkpoint grid: every round</h2>
            <p className="text-sm text-slate-700">Each cell is the score and band in that round; a dash means the round did not score it.</p>
            <CheckpointGrid
              rounds={data.rounds}
              trends={data.trends}
              shown={data.round.id}
              groups={model.nodes.flatMap((n) => (n.kind === "lever" || n.kind === "condition" ? [{ id: n.id, name: n.name, kind: n.kind }] : []))}
            />
          </section>

          {data.mlTestScore && (
            <section aria-labelledby="mlts-heading" className="space-y-2">
              <h2 id="mlts-heading" className="text-lg font-semibold text-slate-900">ML Test Score</h2>
              <MlTestScorePanel ml={data.mlTestScore} resultsHref={`${assessHref}/${data.mlTestScore.roundId}`} />
            </section>
          )}

          <section aria-labelledby="whatif-heading" className="space-y-3">
            <h2 id="whatif-heading" className="text-lg font-semibold text-slate-900">
              The causal model: what if?
            </h2>
            <p className="max-w-3xl text-sm text-slate-700">
              The sliders start at this round&apos;s assessed scores. Move one to see the projected outcomes and the bottleneck change; nothing is saved.
            </p>
            <LazyCausalExplorer key={data.round.id} model={model} initialScores={data.scores} resetLabel="Reset to assessed" changeLabel="from the assessed scores" />
          </section>
        </div>
      )}
    </>
  );
}
