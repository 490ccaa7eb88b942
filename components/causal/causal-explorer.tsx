"use client";
// The interactive causal model: what-if sliders, projected outcomes, the bottleneck and its
// recommendations, the graph with a node's explanation, and the table view. Every change reruns
// the pure engine (server/domain/causal) in the browser; nothing is sent to a server.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { recommend, whatIf, type Scores } from "~/server/domain/causal";
import { CausalGraph } from "./causal-graph";
import { CausalLegend } from "./causal-legend";
import { CausalTable } from "./causal-table";
import { describeValue } from "./format";
import { NodeExplanation } from "./node-explanation";
import { ProjectedOutcomes } from "./projected-outcomes";
import { Recommendations } from "./recommendations";
import type { CausalViewModel } from "./types";
import { WhatIfSliders } from "./what-if-sliders";

interface Props {
  model: CausalViewModel;
  /** the scores the sliders start from and reset to */
  initialScores: Scores;
  resetLabel: string;
  /** how a change against the starting scores is described, e.g. "from the starting point" */
  changeLabel: string;
  /** target per lever for the bottleneck; 100 when not set */
  targets?: Readonly<Record<string, number>>;
}

export function CausalExplorer({ model, initialScores, resetLabel, changeLabel, targets }: Props) {
  const [scores, setScores] = useState<Scores>(initialScores);
  const [selected, setSelected] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const analysis = useMemo(() => whatIf(model, initialScores, scores, { targets }), [model, initialScores, scores, targets]);
  const recommendations = useMemo(() => recommend(analysis, model.guidance), [analysis, model.guidance]);
  const nameOf = useCallback((id: string) => model.nodes.find((n) => n.id === id)?.name ?? id, [model]);
  const onSelect = useCallback((id: string) => setSelected(id), []);
  useEffect(() => {
    if (selected) headingRef.current?.focus();
  }, [selected]);

  const close = () => {
    const id = selected;
    setSelected(null);
    if (id) requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`.react-flow__node[data-id="${id}"] button`)?.focus());
  };
  const selectedNode = selected ? model.nodes.find((n) => n.id === selected) : undefined;

  return (
    <div className="space-y-8">
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="what-if-heading" className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-1">
          <h2 id="what-if-heading" className="mb-3 text-lg font-semibold text-slate-900">
            Scores
          </h2>
          <WhatIfSliders
            nodes={model.nodes}
            scores={scores}
            onChange={(id, value) => setScores((s) => ({ ...s, [id]: value }))}
            onReset={() => setScores(initialScores)}
            resetLabel={resetLabel}
          />
        </section>
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading" className="mb-3 text-lg font-semibold text-slate-900">
              Projected outcomes
            </h2>
            <ProjectedOutcomes outcomes={model.nodes.filter((n) => n.kind === "outcome")} projection={analysis.projection} changes={analysis.changes} changeLabel={changeLabel} />
          </section>
          <section aria-labelledby="bottleneck-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="bottleneck-heading" className="mb-2 text-lg font-semibold text-slate-900">
              Bottleneck and what to do first
            </h2>
            <Recommendations recommendations={recommendations} nameOf={nameOf} />
          </section>
        </div>
      </div>

      <section aria-labelledby="graph-heading" className="space-y-3">
        <h2 id="graph-heading" className="text-lg font-semibold text-slate-900">
          The graph
        </h2>
        <p className="text-sm text-slate-700">Select a node (click it, or Tab to it and press Enter) to see how its value is computed.</p>
        <CausalGraph model={model} projection={analysis.projection} selected={selected} onSelect={onSelect} />
        {selectedNode && (
          <section aria-labelledby="explanation-heading" className="rounded-lg border border-indigo-200 bg-white p-4">
            <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
              <h3 id="explanation-heading" ref={headingRef} tabIndex={-1} className="text-base font-semibold text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600">
                How {selectedNode.name} is computed: {describeValue(analysis.projection[selectedNode.id]!)}
              </h3>
              <button type="button" onClick={close} className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-50">
                Close
              </button>
            </div>
            <p className="mb-3 text-sm break-words text-slate-700">{selectedNode.summary}</p>
            <NodeExplanation node={analysis.projection[selectedNode.id]!} nameOf={nameOf} />
          </section>
        )}
        <CausalLegend edges={model.edges} />
      </section>

      <section aria-labelledby="table-heading" className="space-y-3">
        <h2 id="table-heading" className="text-lg font-semibold text-slate-900">
          Table view
        </h2>
        <CausalTable model={model} projection={analysis.projection} />
      </section>
    </div>
  );
}
