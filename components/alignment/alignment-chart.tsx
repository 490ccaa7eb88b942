"use client";
// The business metric and its ML metrics over time: two axes where units differ, baselines and
// targets as dashed lines, misaligned stretches shaded, the check-in note on hover. A table view
// shows the same numbers for anyone who cannot use the chart.
import { useState } from "react";
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Button } from "~/components/ui/button";
import { CONFIDENCE_LABELS, formatDay, formatValue, type MlMetricView, type ObjectiveView } from "./vocabulary";

const BUSINESS_COLOUR = "#3730a3";
const ML_COLOURS = ["#0f766e", "#b45309", "#be185d", "#1d4ed8", "#4d7c0f"];

interface Row {
  date: string;
  business: number;
  note: string;
  confidence: string;
  [ml: string]: number | string | undefined;
}

function NoteTooltip({ active, payload, label, objective, metrics }: { active?: boolean; payload?: readonly { payload?: Row }[]; label?: string | number; objective: ObjectiveView; metrics: MlMetricView[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="max-w-xs rounded-md border border-slate-300 bg-white p-3 text-xs shadow-md">
      <p className="font-semibold">{formatDay(String(label))}</p>
      <p>
        {objective.metricName}: {formatValue(row.business, objective.unit)}
      </p>
      {metrics.map((m) =>
        typeof row[m.id] === "number" ? (
          <p key={m.id}>
            {m.name}: {formatValue(row[m.id] as number, m.unit)}
          </p>
        ) : null,
      )}
      {row.confidence && <p>Confidence: {row.confidence}</p>}
      {row.note && <p className="mt-1 break-words text-slate-700">“{row.note}”</p>}
    </div>
  );
}

export function AlignmentChart({ objective, metrics }: { objective: ObjectiveView; metrics: MlMetricView[] }) {
  const [asTable, setAsTable] = useState(false);
  const rows: Row[] = objective.checkIns.map((c) => ({
    date: c.date,
    business: c.businessValue,
    note: c.note,
    confidence: c.confidence ? CONFIDENCE_LABELS[c.confidence] : "",
    ...c.mlValues,
  }));
  const rightAxis = metrics.some((m) => m.unit !== objective.unit);
  const axisOf = (m: MlMetricView) => (m.unit === objective.unit ? "left" : "right");
  const periods = objective.assessment.metrics.flatMap((a) => a.periods.map((p) => ({ ...p, metric: metrics.find((m) => m.id === a.mlMetricId)?.name ?? "" })));
  const titleId = `chart-${objective.id}`;

  if (rows.length === 0) return <p className="text-sm text-slate-600">No check-ins yet: the chart appears with the first one.</p>;
  return (
    <figure aria-labelledby={titleId} className="space-y-2">
      <figcaption id={titleId} className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
        <span>
          {objective.metricName}
          {metrics.length > 0 ? ` and ${metrics.map((m) => m.name).join(", ")}` : ""} over time
          {rightAxis ? " (left axis: " + (objective.unit || "no unit") + "; right axis: the other units)" : ""}.
          {periods.length > 0 ? " Shaded: misaligned stretches." : ""}
        </span>
        <Button type="button" variant="secondary" onClick={() => setAsTable((v) => !v)} aria-pressed={asTable}>
          {asTable ? "Show chart" : "Show as table"}
        </Button>
      </figcaption>
      {asTable ? (
        <ChartTable objective={objective} metrics={metrics} rows={rows} periods={periods} />
      ) : (
        <div className="h-72 w-full" data-testid="alignment-chart">
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid stroke="#e2e8f0" />
              <XAxis dataKey="date" tickFormatter={(d: string) => formatDay(d)} minTickGap={24} fontSize={12} />
              <YAxis yAxisId="left" fontSize={12} domain={["auto", "auto"]} />
              {rightAxis && <YAxis yAxisId="right" orientation="right" fontSize={12} domain={["auto", "auto"]} />}
              {periods.map((p, i) => (
                <ReferenceArea key={i} yAxisId="left" x1={p.from} x2={p.to} fill="#dc2626" fillOpacity={0.12} ifOverflow="visible" />
              ))}
              <ReferenceLine yAxisId="left" y={objective.baseline} stroke={BUSINESS_COLOUR} strokeDasharray="2 4" ifOverflow="extendDomain" label={{ value: "baseline", fontSize: 11, position: "insideTopLeft" }} />
              <ReferenceLine yAxisId="left" y={objective.target} stroke={BUSINESS_COLOUR} strokeDasharray="8 4" ifOverflow="extendDomain" label={{ value: "target", fontSize: 11, position: "insideTopLeft" }} />
              {metrics.map((m, i) => (
                <ReferenceLine key={m.id} yAxisId={axisOf(m)} y={m.target} stroke={ML_COLOURS[i % ML_COLOURS.length]} strokeDasharray="8 4" ifOverflow="extendDomain" />
              ))}
              <Tooltip content={(props) => <NoteTooltip {...props} objective={objective} metrics={metrics} />} />
              <Legend />
              <Line yAxisId="left" type="monotone" dataKey="business" name={objective.metricName} stroke={BUSINESS_COLOUR} strokeWidth={2} dot={rows.length < 60} isAnimationActive={false} />
              {metrics.map((m, i) => (
                <Line key={m.id} yAxisId={axisOf(m)} type="monotone" dataKey={m.id} name={m.name} stroke={ML_COLOURS[i % ML_COLOURS.length]} strokeWidth={2} dot={rows.length < 60} connectNulls isAnimationActive={false} />
              ))}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

function ChartTable({ objective, metrics, rows, periods }: { objective: ObjectiveView; metrics: MlMetricView[]; rows: Row[]; periods: { from: string; to: string; metric: string }[] }) {
  const unit = (u: string) => (u ? ` (${u})` : "");
  return (
    <div className="space-y-2">
      <div className="max-h-80 overflow-auto rounded-md border border-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Check-ins of {objective.metricName} as a table</caption>
          <thead className="sticky top-0 bg-slate-50">
            <tr>
              <th scope="col" className="px-2 py-1">Date</th>
              <th scope="col" className="px-2 py-1">
                {objective.metricName}
                {unit(objective.unit)}
              </th>
              {metrics.map((m) => (
                <th key={m.id} scope="col" className="px-2 py-1">
                  {m.name}
                  {unit(m.unit)}
                </th>
              ))}
              <th scope="col" className="px-2 py-1">Confidence</th>
              <th scope="col" className="px-2 py-1">Note</th>
            </tr>
          </thead>
          <tbody>
            <tr className="border-t border-slate-200 text-slate-600">
              <th scope="row" className="px-2 py-1 font-normal">Baseline → target</th>
              <td className="px-2 py-1">
                {objective.baseline} → {objective.target}
              </td>
              {metrics.map((m) => (
                <td key={m.id} className="px-2 py-1">
                  {m.baseline} → {m.target}
                </td>
              ))}
              <td colSpan={2} />
            </tr>
            {rows.map((r) => (
              <tr key={r.date} className="border-t border-slate-200">
                <th scope="row" className="px-2 py-1 font-normal whitespace-nowrap">{r.date}</th>
                <td className="px-2 py-1">{r.business}</td>
                {metrics.map((m) => (
                  <td key={m.id} className="px-2 py-1">
                    {r[m.id] ?? "—"}
                  </td>
                ))}
                <td className="px-2 py-1">{r.confidence}</td>
                <td className="px-2 py-1 break-words">{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {periods.length > 0 && (
        <ul className="text-sm text-slate-700">
          {periods.map((p, i) => (
            <li key={i}>
              Misaligned ({p.metric}): {formatDay(p.from)} to {formatDay(p.to)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
