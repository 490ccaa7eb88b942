// Legend for the graph: what the colours and the edge styles mean. Colour is never the only
// signal: every node also prints its band's name.
import { BAND_STYLES, HEALTH_BANDS, MATURITY_BANDS, RISK_BANDS } from "./bands";
import { EDGE_STYLES, edgeStyleOf } from "./edge-styles";
import type { CausalEdge } from "~/server/domain/causal";

export function CausalLegend({ edges }: { edges: readonly CausalEdge[] }) {
  const used = new Set(edges.map(edgeStyleOf));
  return (
    <div className="grid gap-4 text-xs text-slate-700 sm:grid-cols-2">
      <div>
        <h3 className="mb-1 text-sm font-semibold text-slate-900">Colour by score</h3>
        <ul className="space-y-1">
          {BAND_STYLES.map((b, i) => (
            <li key={b.swatch} className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block h-3 w-6 rounded-sm border border-slate-400" style={{ background: b.swatch }} />
              <span>
                {i * 20}–{i * 20 + 20}: levers “{MATURITY_BANDS[i]}”, states and outcomes “{HEALTH_BANDS[i]}”, conditions “{RISK_BANDS[4 - i]}”
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="mb-1 text-sm font-semibold text-slate-900">Edges</h3>
        <ul className="space-y-1">
          {Object.entries(EDGE_STYLES)
            .filter(([key]) => used.has(key as keyof typeof EDGE_STYLES))
            .map(([key, s]) => (
            <li key={key} className="flex items-center gap-2">
              <svg aria-hidden="true" width="36" height="8">
                <line x1="0" y1="4" x2="36" y2="4" stroke={s.color} strokeWidth={s.width} strokeDasharray={s.dash} />
              </svg>
              <span>{s.label}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
