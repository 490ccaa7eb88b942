"use client";
// Two closed rounds side by side: pick any two, see every lever's and condition's score and band in
// both and the change, read the right way round (a condition's risk falling is better). The data
// is the stored group scores of the two rounds (steer.compareRounds).
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatDate } from "~/components/assess/labels";
import { BAND_STYLES } from "~/components/causal/bands";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { cn } from "~/components/ui/cn";
import { bandOf, changeText, type GroupKind } from "./score-text";

interface Props {
  projectId: string;
  /** closed rounds with lever scores, oldest first */
  rounds: { id: string; title: string; closedAt: Date }[];
  /** the round the dashboard shows: compared with the one before it to start with */
  shown: string;
  names: Readonly<Record<string, string>>;
}

function ScoreCell({ kind, score }: { kind: GroupKind; score: number | null }) {
  if (score === null) return <td className="p-2 text-slate-600">not scored</td>;
  const band = bandOf(kind, score);
  return (
    <td className="p-2">
      <span className={cn("inline-block rounded border px-1.5 py-0.5 text-slate-900", BAND_STYLES[band.index]!.box)}>
        {kind === "condition" ? "risk " : ""}
        {Math.round(score)} · {band.name}
      </span>
    </td>
  );
}

export function RoundComparison({ projectId, rounds, shown, names }: Props) {
  const trpc = useTRPC();
  // The shown round against the one before it; the first round against the one after it.
  const at = Math.max(0, rounds.findIndex((r) => r.id === shown));
  const [to, setTo] = useState(rounds[at > 0 ? at : Math.min(1, rounds.length - 1)]?.id ?? "");
  const [from, setFrom] = useState(rounds[at > 0 ? at - 1 : 0]?.id ?? "");
  const enabled = rounds.length >= 2 && from !== to;
  const compared = useQuery({ ...trpc.steer.compareRounds.queryOptions({ projectId, fromRoundId: from, toRoundId: to }), enabled });

  if (rounds.length < 2) return <p className="text-sm text-slate-700">Comparing needs two closed rounds with lever scores; this project has one so far.</p>;
  const options = [...rounds].reverse().map((r) => (
    <option key={r.id} value={r.id}>
      {r.title} ({formatDate(r.closedAt)})
    </option>
  ));
  const select = "mt-1 block max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  const data = compared.data;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium text-slate-800">
          Earlier round
          <select value={from} onChange={(e) => setFrom(e.target.value)} className={select}>
            {options}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-800">
          Later round
          <select value={to} onChange={(e) => setTo(e.target.value)} className={select}>
            {options}
          </select>
        </label>
      </div>
      {!enabled && <p className="text-sm text-amber-900">Pick two different rounds to compare.</p>}
      <ErrorMessage error={enabled ? compared.error : null} />
      {enabled && compared.isPending && <p className="text-sm text-slate-700" role="status">Loading the comparison…</p>}
      {enabled && data && (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">
              {data.from.title} compared with {data.to.title}: each lever and condition&apos;s score and band in both rounds and the change
            </caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="p-2 font-semibold">Lever or condition</th>
                <th scope="col" className="p-2 font-semibold">
                  {data.from.title}
                  <span className="block font-normal">{formatDate(data.from.closedAt)}, {data.from.respondentCount} answered</span>
                </th>
                <th scope="col" className="p-2 font-semibold">
                  {data.to.title}
                  <span className="block font-normal">{formatDate(data.to.closedAt)}, {data.to.respondentCount} answered</span>
                </th>
                <th scope="col" className="p-2 font-semibold">Change</th>
              </tr>
            </thead>
            <tbody>
              {data.groups.map((g) => (
                <tr key={g.groupId} className="border-t border-slate-200">
                  <th scope="row" className="p-2 font-medium text-slate-900">
                    {names[g.groupId] ?? g.groupId}
                    <span className="block text-xs font-normal text-slate-600">{g.kind === "lever" ? "Lever (maturity)" : "Condition (risk)"}</span>
                  </th>
                  <ScoreCell kind={g.kind} score={g.from} />
                  <ScoreCell kind={g.kind} score={g.to} />
                  <td className={cn("p-2 whitespace-nowrap", g.direction === "worse" ? "font-semibold text-red-800" : g.direction === "better" ? "text-green-800" : "text-slate-800")}>
                    {changeText(g.kind, g.change)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
