// The latest ML Test Score round of a project: a bar per section (its total out of its tests), the
// final score (the lowest section, which sets it) and the band. Each bar's figure is written out.
import Link from "next/link";
import { formatDate } from "~/components/assess/labels";
import type { MlSectionTotal } from "~/server/domain/assess";

interface Props {
  resultsHref: string;
  ml: {
    title: string;
    closedAt: Date;
    sections: MlSectionTotal[];
    final: number;
    weakestSectionId: string | null;
    band: { name: string; description: string } | null;
  };
}

export function MlTestScorePanel({ ml, resultsHref }: Props) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        From {ml.title}, closed {formatDate(ml.closedAt)}.{" "}
        <Link href={resultsHref} className="text-indigo-700 underline">
          Round results
        </Link>
      </p>
      <p className="text-base text-slate-900">
        Final score <strong className="text-2xl tabular-nums">{ml.final}</strong>
        {ml.band && (
          <>
            {" "}
            · <strong>{ml.band.name}</strong>
          </>
        )}
      </p>
      {ml.band && <p className="max-w-3xl text-sm text-slate-700">{ml.band.description}</p>}
      <p className="max-w-3xl text-sm text-slate-700">Each test counts 0, ½ or 1; the final score is the lowest section total, because a system is only as well tested as its weakest area.</p>
      <ul className="max-w-2xl space-y-2">
        {ml.sections.map((s) => {
          const width = s.testCount ? Math.max(0, Math.min(100, (s.total / s.testCount) * 100)) : 0;
          const weakest = s.id === ml.weakestSectionId;
          return (
            <li key={s.id} className="text-sm">
              <div className="flex justify-between gap-2">
                <span className="font-medium text-slate-900">
                  {s.name}
                  {weakest && <span className="ml-1 font-semibold text-red-800">(lowest: sets the final score)</span>}
                </span>
                <span className="tabular-nums text-slate-800">
                  {s.total} of {s.testCount}
                </span>
              </div>
              <div aria-hidden className="mt-1 h-3 w-full rounded bg-slate-100">
                <div className={weakest ? "h-3 rounded bg-red-600" : "h-3 rounded bg-indigo-600"} style={{ width: `${width}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
