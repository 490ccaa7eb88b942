// The bottleneck and top three recommendations from the round's assessed scores (the pure causal
// engine, the same module the explorer runs in the browser), each with the rubric items that
// scored lowest for that lever.
import Link from "next/link";
import { Recommendations } from "~/components/causal/recommendations";
import { analyse, recommend, type Scores } from "~/server/domain/causal";
import type { GroupSummary } from "~/server/services/steer/summarise";
import type { CausalViewModel } from "~/components/causal/types";

interface Props {
  model: CausalViewModel;
  scores: Scores;
  groups: GroupSummary[];
  nameOf: (id: string) => string;
}

export function AssessedRecommendations({ model, scores, groups, nameOf }: Props) {
  const recommendations = recommend(analyse(model, scores), model.guidance);
  return (
    <div className="space-y-4">
      <Recommendations recommendations={recommendations} nameOf={nameOf} />
      {recommendations.length > 0 && (
        <div>
          <h3 className="mb-2 text-base font-semibold text-slate-900">Lowest-scoring items of these levers</h3>
          <ul className="grid gap-3 md:grid-cols-3">
            {recommendations.map((r) => (
              <li key={r.lever} className="rounded-md border border-slate-200 p-3 text-sm">
                <p className="font-semibold text-slate-900">
                  {r.rank}. {nameOf(r.lever)}
                </p>
                <ul className="mt-1 space-y-2">
                  {(groups.find((g) => g.groupId === r.lever)?.lowestItems ?? []).map((item) => (
                    <li key={item.itemId} className="break-words text-slate-800">
                      {item.text} <span className="text-slate-600">({Math.round(item.score)} of 100)</span>
                      <span className="block">
                        <Link href={item.lessonHref} className="text-indigo-800 underline">
                          Lesson
                        </Link>
                        {item.planStep !== null && <span className="text-slate-700"> · plan step {item.planStep}</span>}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
