"use client";
// One labelled range input per lever and condition (native, so arrow keys, Page Up/Down, Home and
// End work), and a reset to the starting scores.
import { Button } from "~/components/ui/button";
import type { Scores } from "~/server/domain/causal";
import type { ViewNode } from "./types";

interface Props {
  nodes: ViewNode[];
  scores: Scores;
  onChange: (id: string, value: number) => void;
  onReset: () => void;
  resetLabel: string;
}

export function WhatIfSliders({ nodes, scores, onChange, onReset, resetLabel }: Props) {
  const groups = [
    { title: "Design levers (maturity, higher is better)", nodes: nodes.filter((n) => n.kind === "lever") },
    { title: "Contextual conditions (risk, higher is worse)", nodes: nodes.filter((n) => n.kind === "condition") },
  ];
  return (
    <div className="space-y-4">
      {groups.map((g) => (
        <fieldset key={g.title}>
          <legend className="mb-2 text-sm font-semibold text-slate-900">{g.title}</legend>
          <div className="space-y-3">
            {g.nodes.map((n) => {
              const score = scores[n.id];
              const assessed = typeof score === "number";
              const label = n.kind === "condition" ? `${n.name} (risk)` : n.name;
              return (
                <div key={n.id}>
                  <div className="flex items-baseline justify-between gap-2">
                    <label htmlFor={`what-if-${n.id}`} className="text-sm break-words text-slate-800">
                      {label}
                    </label>
                    <output htmlFor={`what-if-${n.id}`} className="text-sm font-semibold tabular-nums text-slate-900">
                      {assessed ? score : "not assessed"}
                    </output>
                  </div>
                  <input
                    id={`what-if-${n.id}`}
                    type="range"
                    min={0}
                    max={100}
                    step={1}
                    value={assessed ? score : 50}
                    aria-valuetext={assessed ? undefined : "not assessed"}
                    onChange={(e) => onChange(n.id, Number(e.target.value))}
                    className="w-full accent-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700"
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <Button type="button" variant="secondary" onClick={onReset}>
        {resetLabel}
      </Button>
    </div>
  );
}
