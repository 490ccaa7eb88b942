"use client";
// Shown when the section was saved again (by someone else, or by this person in another tab)
// while this person was editing and the two edits overlap. Both versions stay on screen; nothing is saved until the person chooses.
import { Button } from "~/components/ui/button";
import type { SectionContent } from "~/server/domain/design/section";
import { STEP_FIELDS, type StepNumber } from "~/server/domain/design/steps";
import type { Conflict } from "./use-section-autosave";

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  return typeof value === "string" ? value : JSON.stringify(value, null, 1);
}

function valueOf(content: SectionContent, key: string): unknown {
  return key in content.fields ? content.fields[key] : (content as unknown as Record<string, unknown>)[key];
}

export function ConflictPanel({ step, mine, conflict, onResolve }: { step: StepNumber; mine: SectionContent; conflict: Conflict; onResolve: (choice: "merge" | "mine" | "theirs") => void }) {
  const label = (key: string) => STEP_FIELDS[step].find((f) => f.key === key)?.label ?? (key === "notes" ? "Notes" : key);
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="space-y-3 rounded-lg border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="conflict-heading" className="text-base font-semibold text-amber-950">
        {conflict.byYou ? "You changed this section in another tab or window" : "Someone else saved this section while you were editing"}
      </h2>
      <p className="text-sm text-amber-950">
        Your edit is kept. Where you both changed the same part, both versions are shown below. Merging keeps both and marks each
        overlap between <code>&lt;&lt;&lt;&lt;&lt;&lt;&lt; your version</code> and <code>&gt;&gt;&gt;&gt;&gt;&gt;&gt; their version</code>{" "}
        lines for you to tidy up.
      </p>
      {conflict.merge.conflicts.map((key) => (
        <div key={key} className="grid gap-2 md:grid-cols-2">
          <div>
            <h3 className="text-sm font-medium text-slate-900">{label(key)}: your version</h3>
            <pre data-testid="conflict-mine" className="mt-1 whitespace-pre-wrap break-words rounded border border-slate-300 bg-white p-2 text-sm">
              {show(valueOf(mine, key))}
            </pre>
          </div>
          <div>
            <h3 className="text-sm font-medium text-slate-900">{label(key)}: their version (revision {conflict.theirs.revision})</h3>
            <pre data-testid="conflict-theirs" className="mt-1 whitespace-pre-wrap break-words rounded border border-slate-300 bg-white p-2 text-sm">
              {show(valueOf(conflict.theirs.content, key))}
            </pre>
          </div>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={() => onResolve("merge")}>
          Merge, keeping both
        </Button>
        <Button type="button" variant="secondary" onClick={() => onResolve("mine")}>
          Keep only mine
        </Button>
        <Button type="button" variant="secondary" onClick={() => onResolve("theirs")}>
          Take theirs, drop mine
        </Button>
      </div>
    </section>
  );
}
