// The slides drawn from the round's stored aggregates (the dashboard's data): what changed since
// the round before, where respondents disagreed most, and the bottleneck with what to do first.
// Server-rendered; they never change during the meeting.
import { AssessedRecommendations } from "~/components/steer/assessed-recommendations";
import { changeText, scoreText } from "~/components/steer/score-text";
import type { CausalViewModel } from "~/components/causal/types";
import { DISCIPLINE_LABELS } from "~/components/vocabulary";
import type { GroupSummary } from "~/server/services/steer/summarise";

/** How many levers the disagreement slide lists. */
const MOST_DISPUTED = 5;

type NameOf = (id: string) => string;

export function ChangesSlide({ groups, previousTitle, nameOf }: { groups: GroupSummary[]; previousTitle: string | null; nameOf: NameOf }) {
  if (!previousTitle) return <p className="text-lg text-slate-700">This is the project&apos;s first closed round, so there is nothing to compare with yet.</p>;
  const changed = groups.filter((g) => g.change !== null).sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!) || a.groupId.localeCompare(b.groupId));
  return (
    <div className="space-y-3">
      <p className="text-slate-700">Since {previousTitle}, largest change first. For a condition, a fall in risk is better.</p>
      <table className="w-full text-left">
        <caption className="sr-only">Change in each lever and condition since {previousTitle}</caption>
        <thead className="border-b border-slate-300 text-sm text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3 font-semibold">Lever or condition</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Now</th>
            <th scope="col" className="py-2 font-semibold">Change</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 text-base sm:text-lg">
          {changed.map((g) => (
            <tr key={g.groupId}>
              <th scope="row" className="py-2 pr-3 font-medium text-slate-900">{nameOf(g.groupId)}</th>
              <td className="py-2 pr-3 text-slate-800">{scoreText(g.kind, g.score)}</td>
              <td className="py-2 font-semibold text-slate-900">{changeText(g.kind, g.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DisagreementsSlide({ groups, nameOf }: { groups: GroupSummary[]; nameOf: NameOf }) {
  const disputed = groups
    .filter((g) => g.spread !== null)
    .sort((a, b) => b.spread! - a.spread! || a.groupId.localeCompare(b.groupId))
    .slice(0, MOST_DISPUTED);
  const gaps = groups.filter((g) => g.roleGapFlagged);
  return (
    <div className="space-y-6">
      <p className="text-slate-700">
        Spread is how far answers lay apart, in rubric levels (averaged over a lever&apos;s items); a full level or more is worth talking through. Only
        aggregates are shown: no one&apos;s own answers.
      </p>
      <ol className="space-y-2 text-base sm:text-lg">
        {disputed.map((g) => (
          <li key={g.groupId} className="flex flex-wrap items-baseline justify-between gap-2 rounded-md border border-slate-200 p-3">
            <span className="font-medium text-slate-900">{nameOf(g.groupId)}</span>
            <span className="text-slate-800">
              spread {g.spread!.toFixed(1)} levels{g.disagreement ? " · people disagree" : ""}
            </span>
          </li>
        ))}
      </ol>
      {gaps.length > 0 && (
        <div>
          <h2 className="mb-2 text-lg font-semibold text-slate-900">Where disciplines see it differently</h2>
          <ul className="space-y-1 text-slate-800">
            {gaps.map((g) => (
              <li key={g.groupId}>
                {nameOf(g.groupId)}: {g.roles.map((r) => `${DISCIPLINE_LABELS[r.discipline]} ${Math.round(r.score)}`).join(", ")}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function BottleneckSlide({ model, scores, groups, nameOf }: { model: CausalViewModel; scores: Record<string, number>; groups: GroupSummary[]; nameOf: NameOf }) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">A heuristic reading of the book&apos;s causal model from this round&apos;s scores, not a measurement.</p>
      <AssessedRecommendations model={model} scores={scores} groups={groups} nameOf={nameOf} />
    </div>
  );
}
