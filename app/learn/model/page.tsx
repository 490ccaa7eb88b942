import type { Metadata } from "next";
import Link from "next/link";
import { CausalExplorer } from "~/components/causal/causal-explorer";
import type { CausalViewModel } from "~/components/causal/types";
import layout from "~/content/model/layout.json";
import { PageHeader } from "~/components/ui/page-header";
import { getCausalModel } from "~/server/content/causal-model";
import { MODERATION_STRENGTH, RELATION_WEIGHTS } from "~/server/domain/causal/model";

export const metadata: Metadata = { title: "Causal model explorer" };
export const dynamic = "force-static";

const STARTING_SCORE = 50;

export default function CausalModelExplorerPage() {
  const { nodes, edges, guidance } = getCausalModel();
  const model: CausalViewModel = {
    nodes: nodes.map(({ id, name, kind, summary }) => ({ id, name, kind, summary })),
    edges,
    guidance,
    layout,
  };
  const nameOf = (id: string) => nodes.find((n) => n.id === id)?.name ?? id;
  const initialScores = Object.fromEntries(nodes.filter((n) => n.kind === "lever" || n.kind === "condition").map((n) => [n.id, STARTING_SCORE]));
  return (
    <>
      <PageHeader
        title="Causal model explorer"
        description="Set how mature each design lever is and how risky each condition is, and see how the book's causal model carries that through to the outcomes, which lever holds them back most, and where to learn and act on it."
      />
      <div className="mb-6 max-w-3xl space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-slate-800">
        <p>
          <strong>A heuristic, not a measurement.</strong> The projections are a reading of the book&apos;s causal model with weights we chose; they show
          how the parts depend on each other, not what any system will achieve.
        </p>
        <p>
          Every slider starts at {STARTING_SCORE}, the midpoint. That is a starting point to move, not a score for you or any team. In a project, the
          dashboard starts from the scores of the team&apos;s own assessment.
        </p>
      </div>

      <CausalExplorer model={model} initialScores={initialScores} resetLabel={`Reset every slider to ${STARTING_SCORE}`} changeLabel="from the starting point" />

      <section aria-labelledby="method-heading" className="mt-10 max-w-3xl space-y-3 text-sm text-slate-800">
        <h2 id="method-heading" className="text-lg font-semibold text-slate-900">
          How the projection works
        </h2>
        <p>
          Levers are scored for maturity and conditions for risk, both from 0 to 100. A condition enters the model as its health, 100 minus its risk.
          Every state and outcome is then the weighted average of its inputs, taken in order from levers to outcomes. An edge the book calls
          &ldquo;predicts&rdquo; names a direct, primary cause and counts {RELATION_WEIGHTS.predicts}; one it calls &ldquo;influences&rdquo; names a
          contributing factor and counts {RELATION_WEIGHTS.influences}. The two-to-one ratio is our judgement, not a fitted number.
        </p>
        <p>
          One edge is a moderation: faster data distribution shift makes a stale model cost more. Model freshness starts from what continual learning
          supports and then loses base × {MODERATION_STRENGTH} × shift risk/100 × (1 − base/100): nothing when shift is calm, most when it is fast.
        </p>
        <p>
          A lever or condition is scored directly, so the edges that point into one (for example MLOps infrastructure into continual learning) are already
          part of its score and are not added again. An input without a value is left out and named; a node with no inputs at all shows no value
          rather than a guess.
        </p>
        <p>
          The bottleneck is the lever that would lift the five outcomes most, added together, if it rose to its target (100 here). A lever far from its
          target with strong paths to the outcomes comes first. Each recommendation links to the &ldquo;Apply it to your project&rdquo; section of the
          chapters that teach the lever and to the plan steps that improve it.
        </p>
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold text-slate-900">Why each of the {edges.length} edges is there</summary>
          <ul className="mt-3 space-y-2">
            {edges.map((e) => (
              <li key={`${e.from}-${e.to}`} className="break-words">
                <span className="font-medium">
                  {nameOf(e.from)} {e.relation} {nameOf(e.to)}
                  {e.sign ? ` (${e.sign === "-" ? "−" : "+"})` : ""}:
                </span>{" "}
                {e.reason}
              </li>
            ))}
          </ul>
        </details>
        <p>
          The nodes themselves are described on the <Link href="/learn/levers" className="text-indigo-800 underline">design levers</Link> page.
        </p>
      </section>
    </>
  );
}
