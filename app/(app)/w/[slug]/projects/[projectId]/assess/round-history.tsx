"use client";
// Scores of every closed round, one column per round, so a trend reads left to right.
import { useQuery } from "@tanstack/react-query";
import { formatDate, formatScore } from "~/components/assess/labels";
import { useTRPC } from "~/components/trpc/provider";
import { Card } from "~/components/ui/card";
import { ScrollRegion } from "~/components/ui/scroll-region";

export function RoundHistory({ projectId, groupNames }: { projectId: string; groupNames: Record<string, string> }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.assess.roundHistory.queryOptions({ projectId }));
  const rounds = (history.data ?? []).filter((r) => r.templateId === "causeway-maturity").slice(-6);
  if (rounds.length === 0) return null;
  const groups = [...new Map(rounds.flatMap((r) => r.groups.map((g) => [g.groupId, g] as const))).values()];
  const label = (id: string) => groupNames[id] ?? id;
  return (
    <Card aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-1 text-lg font-semibold">
        History
      </h2>
      <p className="mb-3 text-sm text-slate-600">Scores out of 100 from the last {rounds.length} closed maturity rounds. For conditions, higher means more risk.</p>
      <ScrollRegion label="Scores per round">
        <table className="w-full text-sm">
          <caption className="sr-only">Lever and condition scores per closed round</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1 pr-3 font-medium">
                Lever or condition
              </th>
              {rounds.map((r) => (
                <th key={r.id} scope="col" className="px-2 py-1 text-right font-medium">
                  <span className="block break-words">{r.title}</span>
                  <span className="block text-xs font-normal text-slate-600">{formatDate(r.closedAt)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.groupId} className="border-t border-slate-200">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {label(g.groupId)}
                  {g.direction === "higher_is_worse" && <span className="ml-1 text-xs text-red-800">(risk: higher is worse)</span>}
                </th>
                {rounds.map((r) => (
                  <td key={r.id} className="px-2 py-1 text-right tabular-nums">
                    {formatScore(r.groups.find((x) => x.groupId === g.groupId)?.score)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}
