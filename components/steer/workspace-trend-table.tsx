// The workspace trend per lever and condition: for each of the last eight quarters, the mean of
// active projects' latest scores by the end of that quarter, with how many projects it averages.
import type { TrendPoint } from "~/server/domain/steer";
import { BandCell } from "./band-cell";
import type { GroupKind } from "./score-text";
import { Sparkline } from "./sparkline";

interface Props {
  periods: string[];
  trend: Readonly<Record<string, TrendPoint[]>>;
  groups: { id: string; name: string; kind: GroupKind }[];
}

export function WorkspaceTrendTable({ periods, trend, groups }: Props) {
  const rows = groups.filter((g) => trend[g.id]?.some((p) => p.mean !== null));
  if (!rows.length) return <p className="text-sm text-slate-700">No closed round in this workspace yet, so there is no trend to show.</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="text-left text-xs">
        <caption className="sr-only">Workspace trend: per lever and condition, the mean of the projects&apos; latest scores at the end of each quarter</caption>
        <thead className="bg-slate-50 align-bottom text-slate-700">
          <tr>
            <th scope="col" className="min-w-40 p-2 font-semibold">Lever or condition</th>
            <th scope="col" className="p-2 font-semibold">Trend</th>
            {periods.map((p) => (
              <th key={p} scope="col" className="min-w-20 p-2 font-semibold">
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => {
            const points = trend[g.id]!;
            return (
              <tr key={g.id} className="border-t border-slate-200">
                <th scope="row" className="p-2 font-medium text-slate-900">
                  {g.name}
                  <span className="block font-normal text-slate-600">{g.kind === "lever" ? "maturity" : "risk"}</span>
                </th>
                <td className="p-2">
                  <Sparkline values={points.map((p) => p.mean)} label={`${g.name}, workspace mean by quarter`} />
                </td>
                {points.map((p) => (
                  <BandCell key={p.period} kind={g.kind} score={p.mean} note={`${p.projects} project${p.projects === 1 ? "" : "s"}`} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
