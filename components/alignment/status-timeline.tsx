// The objective's status over time: a band of coloured segments with the same facts as a list.
import { formatDay, STATUS_FILLS, STATUS_LABELS, type Status } from "./vocabulary";

const SHOWN = 12;

export function StatusTimeline({ timeline, today }: { timeline: { date: string; status: Status }[]; today: string }) {
  if (timeline.length === 0) return <p className="text-sm text-slate-600">No status history yet.</p>;
  const start = Date.parse(timeline[0]!.date);
  const end = Math.max(Date.parse(today), start + 86_400_000);
  const span = end - start;
  return (
    <div className="space-y-2">
      <div className="flex h-4 w-full overflow-hidden rounded" aria-hidden="true">
        {timeline.map((t, i) => {
          const from = Date.parse(t.date);
          const to = i + 1 < timeline.length ? Date.parse(timeline[i + 1]!.date) : end;
          return <div key={t.date + t.status} style={{ width: `${((to - from) / span) * 100}%`, backgroundColor: STATUS_FILLS[t.status] }} title={`${STATUS_LABELS[t.status]} from ${formatDay(t.date)}`} />;
        })}
      </div>
      <ol className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Status changes">
        {timeline.length > SHOWN && <li>{timeline.length - SHOWN} earlier changes not listed;</li>}
        {timeline.slice(-SHOWN).map((t) => (
          <li key={t.date + t.status}>
            <span className="mr-1 inline-block h-2 w-2 rounded-full" style={{ backgroundColor: STATUS_FILLS[t.status] }} aria-hidden="true" />
            {formatDay(t.date)}: {STATUS_LABELS[t.status]}
          </li>
        ))}
      </ol>
    </div>
  );
}
