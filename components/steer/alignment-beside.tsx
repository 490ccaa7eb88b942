// The project's business-objective alignment beside the two nodes it bears on: the Business
// Objective Alignment lever (as the team assessed it) and the Business Value Realized outcome (as
// the causal model projects it). Check-ins are what the team measured; the other two are a rubric
// answer and a heuristic, so the page shows all three together rather than blending them.
import Link from "next/link";
import { StatusBadge } from "~/components/alignment/status-badge";
import type { Status } from "~/components/alignment/vocabulary";
import type { CausalViewModel } from "~/components/causal/types";
import { bandFor } from "~/components/causal/bands";
import { projectModel, type Scores } from "~/server/domain/causal";

export const ALIGNMENT_LEVER = "business_objective_alignment";
export const VALUE_OUTCOME = "business_value_realized";

interface Props {
  alignmentHref: string;
  model: CausalViewModel;
  scores: Scores;
  alignment: { status: Status; objectives: { id: string; statement: string; status: Status; reason: string; lastCheckIn: string | null }[] } | null;
}

export function AlignmentBeside({ alignmentHref, model, scores, alignment }: Props) {
  const lever = scores[ALIGNMENT_LEVER];
  const projected = projectModel(model, scores)[VALUE_OUTCOME]?.value ?? null;
  const nameOf = (id: string) => model.nodes.find((n) => n.id === id)?.name ?? id;
  return (
    <div className="space-y-3">
      <dl className="grid gap-3 sm:grid-cols-3">
        <div className="rounded-md border border-slate-200 p-3">
          <dt className="text-sm font-semibold text-slate-900">{nameOf(ALIGNMENT_LEVER)}</dt>
          <dd className="text-sm text-slate-800">
            assessed {lever == null ? "—" : `${Math.round(lever)} · ${bandFor("lever", lever).name}`}
          </dd>
        </div>
        <div className="rounded-md border border-slate-200 p-3">
          <dt className="text-sm font-semibold text-slate-900">{nameOf(VALUE_OUTCOME)}</dt>
          <dd className="text-sm text-slate-800">
            projected {projected === null ? "— (inputs not assessed)" : `${Math.round(projected)} · ${bandFor("outcome", projected).name}`}
          </dd>
        </div>
        <div className="rounded-md border border-slate-200 p-3">
          <dt className="text-sm font-semibold text-slate-900">Objectives&apos; check-ins</dt>
          <dd className="mt-1 text-sm text-slate-800">{alignment ? <StatusBadge status={alignment.status} /> : "No business objectives yet"}</dd>
        </div>
      </dl>
      {alignment && (
        <ul className="space-y-1 text-sm">
          {alignment.objectives.map((o) => (
            <li key={o.id} className="flex flex-wrap items-start gap-2">
              <StatusBadge status={o.status} />
              <span className="min-w-0 flex-1 break-words text-slate-800">
                <span className="font-medium text-slate-900">{o.statement}</span>: {o.reason}
                {o.lastCheckIn ? ` Last check-in ${o.lastCheckIn}.` : " No check-in yet."}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm">
        <Link href={alignmentHref} className="text-indigo-700 underline">
          {alignment ? "Open the project's alignment page →" : "Add business objectives on the alignment page →"}
        </Link>
      </p>
    </div>
  );
}
