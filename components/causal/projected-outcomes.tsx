// The five outcomes as cards: projected value, band and the change against the starting scores.
import type { NodeProjection } from "~/server/domain/causal";
import { BAND_STYLES, NO_VALUE_STYLE, bandFor } from "./bands";
import { signed } from "./format";
import type { ViewNode } from "./types";

interface Props {
  outcomes: ViewNode[];
  projection: Record<string, NodeProjection>;
  changes: Record<string, number | null>;
  changeLabel: string;
}

export function ProjectedOutcomes({ outcomes, projection, changes, changeLabel }: Props) {
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" aria-label="Projected outcomes">
      {outcomes.map((n) => {
        const p = projection[n.id]!;
        const band = p.value === null ? null : bandFor(n.kind, p.value);
        const style = band ? BAND_STYLES[band.index]! : NO_VALUE_STYLE;
        const change = changes[n.id];
        const shownChange = change === null || change === undefined ? 0 : Math.round(change);
        return (
          <li key={n.id} data-node={n.id} className={`rounded-md border-l-4 p-3 ${style.box}`}>
            <p className="text-sm font-semibold break-words text-slate-900">{n.name}</p>
            <p className="text-sm text-slate-800">
              <span className="text-lg font-semibold tabular-nums">{p.shown ?? "–"}</span> · {band?.name ?? "no value"}
              {shownChange !== 0 && (
                <span className="ml-1 text-xs text-slate-700">
                  ({signed(shownChange)} {changeLabel})
                </span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
