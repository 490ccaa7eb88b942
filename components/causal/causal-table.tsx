// Every node of the model as a table: kind, value and band, and how the value was computed. The
// accessible counterpart of the graph; it shows the same explanation.
import type { Projection } from "~/server/domain/causal";
import { describeValue } from "./format";
import { NodeExplanation } from "./node-explanation";
import { KIND_LABELS, type CausalViewModel } from "./types";
import { ScrollRegion } from "~/components/ui/scroll-region";

const KIND_ORDER = { lever: 0, condition: 1, state: 2, outcome: 3 } as const;

export function CausalTable({ model, projection }: { model: Pick<CausalViewModel, "nodes">; projection: Projection }) {
  const nameOf = (id: string) => model.nodes.find((n) => n.id === id)?.name ?? id;
  const rows = [...model.nodes].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return (
    <ScrollRegion label="Table of every node" className="rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="p-3 text-left text-sm text-slate-700">Every node of the model with its value and how that value was computed.</caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-xs text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Node</th>
            <th scope="col" className="px-3 py-2 font-medium">Kind</th>
            <th scope="col" className="px-3 py-2 font-medium">Value and band</th>
            <th scope="col" className="px-3 py-2 font-medium">How it is computed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 font-semibold break-words text-slate-900">{n.name}</th>
              <td className="px-3 py-2">{KIND_LABELS[n.kind]}</td>
              <td className="px-3 py-2 whitespace-nowrap">{describeValue(projection[n.id]!)}</td>
              <td className="px-3 py-2">
                <NodeExplanation node={projection[n.id]!} nameOf={nameOf} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
