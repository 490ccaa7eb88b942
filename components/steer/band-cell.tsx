// One table cell holding a score with its band's name and colour (the text carries the meaning, the
// colour repeats it), or a dash when there is no score. Shared by the grids of scores.
import { BAND_STYLES } from "~/components/causal/bands";
import { cn } from "~/components/ui/cn";
import { bandOf, type GroupKind } from "./score-text";

export function BandCell({ kind, score, note }: { kind: GroupKind; score: number | null | undefined; note?: string }) {
  if (score === null || score === undefined) return <td className="p-2 text-slate-600">—</td>;
  const band = bandOf(kind, score);
  return (
    <td className="p-1">
      <span className={cn("block rounded border px-1.5 py-1 text-slate-900", BAND_STYLES[band.index]!.box)}>
        {Math.round(score)}
        <span className="block">{band.name}</span>
        {note && <span className="block text-slate-700">{note}</span>}
      </span>
    </td>
  );
}
