// Which closed round the dashboard shows: a plain GET form, so it works before any script loads.
import { formatDate } from "~/components/assess/labels";

interface Props {
  rounds: { id: string; title: string; closedAt: Date }[];
  selected: string;
}

export function RoundPicker({ rounds, selected }: Props) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <label className="text-sm font-medium text-slate-800">
        Round
        <select name="round" defaultValue={selected} className="mt-1 block max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          {[...rounds].reverse().map((r) => (
            <option key={r.id} value={r.id}>
              {r.title} (closed {formatDate(r.closedAt)})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-indigo-600 focus-visible:outline-none">
        Show
      </button>
    </form>
  );
}
