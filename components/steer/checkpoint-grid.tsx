// Levers and conditions × every closed round: each cell the score with its band's name and colour
// (the text carries the meaning; the colour only repeats it). A plain table, so screen readers
// read it by row and column.
import { formatDate } from "~/components/assess/labels";
import { cn } from "~/components/ui/cn";
import { BandCell } from "./band-cell";
import type { GroupKind } from "./score-text";

interface Props {
  rounds: { id: string; title: string; closedAt: Date }[];
  /** per group, a score per round in `rounds` order */
  trends: Readonly<Record<string, (number | null)[]>>;
  groups: { id: string; name: string; kind: GroupKind }[];
  /** the round the dashboard shows, highlighted */
  shown: string;
}

export function CheckpointGrid({ rounds, trends, groups, shown }: Props) {
  const rows = groups.filter((g) => trends[g.id]);
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="text-left text-xs">
        <caption className="sr-only">Checkpoint grid: each lever&apos;s and condition&apos;s score and band in every closed round, oldest first</caption>
        <thead className="bg-slate-50 align-bottom text-slate-700">
          <tr>
            <th scope="col" className="sticky left-0 min-w-40 bg-slate-50 p-2 font-semibold">Lever or condition</th>
            {rounds.map((r) => (
              <th key={r.id} scope="col" className={cn("min-w-24 p-2 font-semibold break-words", r.id === shown && "bg-indigo-50")}>
                {r.title}
                <span className="block font-normal">{formatDate(r.closedAt)}</span>
                {r.id === shown && <span className="block font-normal text-indigo-900">shown above</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={g.id} className="border-t border-slate-200">
              <th scope="row" className="sticky left-0 bg-white p-2 font-medium text-slate-900">
                {g.name}
                <span className="block font-normal text-slate-600">{g.kind === "lever" ? "maturity" : "risk"}</span>
              </th>
              {rounds.map((r, i) => (
                <BandCell key={r.id} kind={g.kind} score={trends[g.id]![i]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
