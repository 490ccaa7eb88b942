// Levers and conditions of the round shown: score and band, change since the round before, the
// trend across every closed round, how far respondents disagreed and how far disciplines differ.
import { BAND_STYLES } from "~/components/causal/bands";
import { cn } from "~/components/ui/cn";
import { DISCIPLINE_LABELS } from "~/server/domain/roles";
import type { GroupSummary } from "~/server/services/steer/summarise";
import { bandOf, changeText, scoreText } from "./score-text";
import { Sparkline } from "./sparkline";

interface Props {
  groups: GroupSummary[];
  trends: Readonly<Record<string, (number | null)[]>>;
  /** index of the shown round in the trends */
  current: number;
  previousTitle: string | null;
  nameOf: (id: string) => string;
}

export function LeverTable({ groups, trends, current, previousTitle, nameOf }: Props) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Levers and conditions of this round</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="p-2 font-semibold">Lever or condition</th>
            <th scope="col" className="p-2 font-semibold">Score and band</th>
            <th scope="col" className="p-2 font-semibold">Change{previousTitle ? <span className="block font-normal break-words">since {previousTitle}</span> : null}</th>
            <th scope="col" className="p-2 font-semibold">Trend</th>
            <th scope="col" className="p-2 font-semibold">Spread</th>
            <th scope="col" className="p-2 font-semibold">Role gaps</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.groupId} className="border-t border-slate-200 align-top">
              <th scope="row" className="p-2 font-medium text-slate-900">
                {nameOf(g.groupId)}
                <span className="block text-xs font-normal text-slate-600">{g.kind === "lever" ? "Lever (maturity)" : "Condition (risk)"}</span>
              </th>
              <td className="p-2">
                {g.score === null ? (
                  <span className="text-slate-600">not scored</span>
                ) : (
                  <span className={cn("inline-block rounded border px-1.5 py-0.5 text-slate-900", BAND_STYLES[bandOf(g.kind, g.score).index]!.box)}>{scoreText(g.kind, g.score)}</span>
                )}
              </td>
              <td className="p-2 whitespace-nowrap text-slate-800">{changeText(g.kind, g.change)}</td>
              <td className="p-2">
                <Sparkline values={trends[g.groupId] ?? []} label={nameOf(g.groupId)} current={current} />
              </td>
              <td className="p-2 text-slate-800">
                {g.spread === null ? "—" : `${g.spread.toFixed(1)} levels`}
                {g.disagreement && <strong className="block font-semibold text-amber-900">Disagreement: talk it through</strong>}
              </td>
              <td className="p-2 text-slate-800">
                {g.roles.length < 2 ? (
                  <span className="text-slate-600">{g.roles.length ? "one discipline" : "not shown"}</span>
                ) : (
                  <>
                    <ul>
                      {g.roles.map((r) => (
                        <li key={r.discipline}>
                          {DISCIPLINE_LABELS[r.discipline]} {Math.round(r.score)}
                        </li>
                      ))}
                    </ul>
                    {g.roleGapFlagged && <strong className="block font-semibold text-amber-900">{Math.round(g.roleGap!)} points apart</strong>}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
