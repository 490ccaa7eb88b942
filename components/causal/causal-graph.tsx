"use client";
// The causal graph drawn with React Flow at positions computed at build time (content/model/
// layout.json), so the browser never runs a layout engine. Nodes are buttons: click or press
// Enter to see how a value was computed. The same information is in CausalTable for readers who
// prefer a table.
import { Controls, Handle, MarkerType, Position, ReactFlow, type Edge, type Node, type NodeProps } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { memo, useMemo } from "react";
import type { Projection } from "~/server/domain/causal";
import { NODE_HEIGHT, NODE_WIDTH } from "~/server/domain/causal/layout";
import { BAND_STYLES, NO_VALUE_STYLE, bandFor } from "./bands";
import { describeValue } from "./format";
import { EDGE_STYLES, edgeStyleOf } from "./edge-styles";
import { KIND_LABELS, type CausalViewModel } from "./types";

interface NodeData extends Record<string, unknown> {
  name: string;
  kindLabel: string;
  valueText: string;
  box: string;
  selected: boolean;
  onOpen: () => void;
}
type CausalFlowNode = Node<NodeData, "causal">;

const hidden = { opacity: 0, pointerEvents: "none" } as const;

const CausalNodeView = memo(function CausalNodeView({ data }: NodeProps<CausalFlowNode>) {
  return (
    <>
      <Handle type="target" position={Position.Left} style={hidden} isConnectable={false} />
      <button
        type="button"
        onClick={data.onOpen}
        aria-pressed={data.selected}
        style={{ width: NODE_WIDTH, height: NODE_HEIGHT }}
        className={`flex flex-col justify-center rounded-md border-2 px-2.5 py-1.5 text-left text-slate-900 shadow-sm focus:outline-none focus-visible:ring-4 focus-visible:ring-indigo-600 ${data.box} ${data.selected ? "ring-4 ring-indigo-500" : ""}`}
      >
        {/* The accessible name is the visible text plus what pressing it does (no aria-label, so
            speech users can say what they see). */}
        <span className="text-xs leading-tight font-semibold">{data.name}</span>
        <span className="sr-only">, </span>
        <span className="mt-0.5 text-[11px] leading-tight text-slate-700">
          {data.kindLabel} · {data.valueText}
        </span>
        <span className="sr-only">. Show how it is computed</span>
      </button>
      <Handle type="source" position={Position.Right} style={hidden} isConnectable={false} />
    </>
  );
});

const nodeTypes = { causal: CausalNodeView };

interface Props {
  model: CausalViewModel;
  projection: Projection;
  selected: string | null;
  onSelect: (id: string) => void;
}

export function CausalGraph({ model, projection, selected, onSelect }: Props) {
  const nodes = useMemo<CausalFlowNode[]>(
    () =>
      model.nodes.map((n) => {
        const p = projection[n.id]!;
        const style = p.value === null ? NO_VALUE_STYLE : BAND_STYLES[bandFor(n.kind, p.value).index]!;
        return {
          id: n.id,
          type: "causal",
          position: model.layout.positions[n.id] ?? { x: 0, y: 0 },
          width: NODE_WIDTH,
          height: NODE_HEIGHT,
          data: { name: n.name, kindLabel: KIND_LABELS[n.kind], valueText: describeValue(p), box: style.box, selected: selected === n.id, onOpen: () => onSelect(n.id) },
        };
      }),
    [model, projection, selected, onSelect],
  );
  const edges = useMemo<Edge[]>(() => {
    const nameOf = (id: string) => model.nodes.find((n) => n.id === id)?.name ?? id;
    return model.edges.map((e) => {
        const s = EDGE_STYLES[edgeStyleOf(e)];
        return {
          id: `${e.from}-${e.to}`,
          source: e.from,
          target: e.to,
          style: { stroke: s.color, strokeWidth: s.width, strokeDasharray: s.dash },
          markerEnd: { type: MarkerType.ArrowClosed, color: s.color, width: 16, height: 16 },
          label: e.sign === "-" ? "−" : undefined,
          labelStyle: { fill: s.color, fontWeight: 700, fontSize: 16 },
          labelBgStyle: { fill: "#ffffff" },
          ariaLabel: `${nameOf(e.from)} ${e.relation} ${nameOf(e.to)}${e.sign === "-" ? ", negatively" : ""}`,
        };
      });
  }, [model]);
  return (
    <div className="h-[420px] w-full rounded-lg border border-slate-200 bg-white sm:h-[600px]">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ padding: 0.04 }}
        minZoom={0.2}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        zoomOnScroll={false}
        preventScrolling={false}
        aria-label="Causal model graph"
        proOptions={{ hideAttribution: true }} // attribution is in the README; its default colours fail contrast
      >
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
