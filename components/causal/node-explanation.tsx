// How one node's value was computed: its inputs, their weights and contributions, which add up to
// the value shown. Used by the graph's detail panel and the table view.
import type { NodeProjection } from "~/server/domain/causal";
import { MODERATION_STRENGTH, RELATION_WEIGHTS } from "~/server/domain/causal/model";
import { RELATION_TEXT, percent, signed } from "./format";
import { ScrollRegion } from "~/components/ui/scroll-region";

interface Props {
  node: NodeProjection;
  nameOf: (id: string) => string;
  /** a list instead of a table, for the table view's cells */
  compact?: boolean;
}

export function NodeExplanation({ node, nameOf, compact = false }: Props) {
  const ex = node.explanation;
  if (ex.type === "assessed" || ex.type === "not-assessed") {
    return (
      <div className="space-y-2 text-sm text-slate-700">
        {ex.type === "assessed" ? (
          node.kind === "condition" ? (
            <p>
              Risk {Math.round(ex.raw)}, taken as given (from an assessment or a slider), so its health is 100 − {Math.round(ex.raw)} = {node.shown}.
              Higher risk is worse; the nodes it affects read its health.
            </p>
          ) : (
            <p>Score {node.shown}, taken as given (from an assessment or a slider), not projected.</p>
          )
        ) : (
          <p>Not assessed. Nodes that depend on it leave it out and say so; no number is made up for it.</p>
        )}
        {ex.upstream.length > 0 && (
          <p>
            In the model it is fed by {ex.upstream.map(nameOf).join(" and ")}. Their effect is already part of this score, so it is not added a
            second time.
          </p>
        )}
      </div>
    );
  }
  if (ex.type === "no-inputs") {
    return <p className="text-sm text-slate-700">No projection: none of its inputs has a value ({ex.missing.map(nameOf).join(", ")} missing).</p>;
  }
  if (compact) {
    return (
      <ul className="space-y-0.5 text-sm text-slate-700">
        {ex.terms.map((t) => (
          <li key={`${t.kind}-${t.from}`} className="break-words">
            {t.kind === "input"
              ? `${nameOf(t.from)} (${t.relation}, weight ${t.weight}, ${percent(t.share)}): health ${Math.round(t.input)} gives ${signed(t.shown)}`
              : `${nameOf(t.from)} moderates (risk ${Math.round(t.risk)}): ${signed(t.shown)}`}
          </li>
        ))}
        <li className="font-semibold">Total {node.shown}</li>
        {ex.missing.length > 0 && <li>Left out, no value: {ex.missing.map(nameOf).join(", ")}</li>}
      </ul>
    );
  }
  return (
    <div className="space-y-2">
      <ScrollRegion label="Inputs and contributions">
        <table className="w-full min-w-[28rem] text-left text-sm">
          <caption className="sr-only">Inputs of {nameOf(node.id)} and their contributions</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">Input</th>
              <th scope="col" className="py-1 pr-3 font-medium">Relation</th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">Weight (share)</th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">Input health</th>
              <th scope="col" className="py-1 text-right font-medium">Contribution</th>
            </tr>
          </thead>
          <tbody>
            {ex.terms.map((t) =>
              t.kind === "input" ? (
                <tr key={t.from} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal break-words">{nameOf(t.from)}</th>
                  <td className="py-1 pr-3">{RELATION_TEXT[t.relation]}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">
                    {t.weight} ({percent(t.share)})
                  </td>
                  <td className="py-1 pr-3 text-right tabular-nums">{t.direction === 1 ? Math.round(t.input) : `100 − ${Math.round(100 - t.input)}`}</td>
                  <td className="py-1 text-right tabular-nums">{signed(t.shown)}</td>
                </tr>
              ) : (
                <tr key={`m-${t.from}`} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal break-words">{nameOf(t.from)}</th>
                  <td className="py-1 pr-3">moderates</td>
                  <td className="py-1 pr-3 text-right">×{t.strength}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">risk {Math.round(t.risk)}</td>
                  <td className="py-1 text-right tabular-nums">{signed(t.shown)}</td>
                </tr>
              ),
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4} className="py-1 pr-3 text-right font-semibold">
                Projected value
              </th>
              <td className="py-1 text-right font-semibold tabular-nums">{node.shown}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <p className="text-xs text-slate-600">
        Each input counts by its weight (predicts {RELATION_WEIGHTS.predicts}, influences {RELATION_WEIGHTS.influences}) as a share of the weights present; its contribution is share × input health,
        rounded so the column adds up to the value.
        {ex.terms.some((t) => t.kind === "interaction") &&
          ` The moderation removes base × ${MODERATION_STRENGTH} × risk/100 × (1 − base/100) from the base of ${Math.round(ex.base)}: faster shift makes staleness cost more.`}
      </p>
      {ex.missing.length > 0 && (
        <p className="text-xs text-slate-700">Left out because they have no value: {ex.missing.map(nameOf).join(", ")}.</p>
      )}
    </div>
  );
}
