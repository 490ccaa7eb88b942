// The bottleneck and the top three levers to raise, each with where the book teaches it and the
// plan step that improves it.
import Link from "next/link";
import type { Recommendation } from "~/server/domain/causal";

/** Sensitivity as words: "Fairness and Harm Mitigation in Production +1.00, …", largest first. */
function perPoint(sensitivity: Record<string, number>, nameOf: (id: string) => string): string {
  const moved = Object.entries(sensitivity)
    .filter(([, v]) => Math.abs(v) >= 0.005)
    .sort((a, b) => b[1] - a[1]);
  return moved.length ? moved.map(([id, v]) => `${nameOf(id)} ${v > 0 ? "+" : "−"}${Math.abs(v).toFixed(2)}`).join(", ") : "no outcome";
}

/** The chapters that link the lever most come first; the rest are one click away on the levers page. */
const SHOWN_LESSONS = 2;

interface Props {
  recommendations: Recommendation[];
  nameOf: (id: string) => string;
}

export function Recommendations({ recommendations, nameOf }: Props) {
  if (!recommendations.length) {
    return <p className="text-sm text-slate-700">No bottleneck: every assessed lever is at its target, so raising one would not lift the projected outcomes.</p>;
  }
  const [first] = recommendations;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-800">
        <span className="font-semibold">Bottleneck: {nameOf(first!.lever)}.</span> Raising it from {Math.round(first!.score!)} to {first!.target} would
        add about {Math.round(first!.gain!)} points across the projected outcomes, more than any other lever.
      </p>
      <ol className="space-y-3">
        {recommendations.map((r) => (
          <li key={r.lever} className="rounded-md border border-slate-200 p-3">
            <p className="text-sm font-semibold text-slate-900">
              {r.rank}. {nameOf(r.lever)}{" "}
              <span className="font-normal text-slate-700">
                (now {Math.round(r.score!)}, target {r.target}: +{Math.round(r.gain!)} across outcomes)
              </span>
            </p>
            <p className="mt-1 text-sm text-slate-700">
              Each point raises: {perPoint(r.sensitivity, nameOf)}
            </p>
            {r.lessons.length > 0 && (
              <p className="mt-1 text-sm text-slate-700">
                Learn it, in the &ldquo;Apply it&rdquo; section of:{" "}
                {r.lessons.slice(0, SHOWN_LESSONS).map((l, i) => (
                  <span key={l.href}>
                    {i > 0 && "; "}
                    <Link href={l.href} className="text-indigo-800 underline">
                      {l.label}
                    </Link>
                  </span>
                ))}
                {r.lessons.length > SHOWN_LESSONS && (
                  <>
                    {"; "}
                    <Link href={`/learn/levers#${r.lever}`} className="text-indigo-800 underline">
                      {r.lessons.length - SHOWN_LESSONS} more chapter{r.lessons.length - SHOWN_LESSONS > 1 ? "s" : ""}
                    </Link>
                  </>
                )}
              </p>
            )}
            {r.steps.length > 0 && (
              <p className="mt-1 text-sm text-slate-700">
                Act on it:{" "}
                {r.steps.map((s, i) => (
                  <span key={s.href}>
                    {i > 0 && "; "}
                    <Link href={s.href} className="text-indigo-800 underline">
                      {s.label}
                    </Link>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
