"use client";
// The editor of one design section: status and people, the step's structured fields, Markdown
// notes with a preview, completeness as you type, and autosave with a visible state.
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { LIMITS, type FieldValue } from "~/server/domain/design/fields";
import { hasConflictMarkers } from "~/server/domain/design/merge";
import { REVIEW_DUE_LABELS, SECTION_STATUSES, SECTION_STATUS_LABELS, sectionCompleteness, type SectionStatus } from "~/server/domain/design/section";
import { STEP_FIELDS, type StepNumber } from "~/server/domain/design/steps";
import { ConflictPanel } from "./conflict-panel";
import { FieldControl } from "./field-controls";
import { HistoryPanel } from "./history-panel";
import { MarkdownView } from "./markdown-view";
import { SaveStatus } from "./save-status";
import type { SectionView } from "./types";
import { useSectionAutosave } from "./use-section-autosave";

const select = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:border-indigo-600";

export function SectionEditor({
  projectId,
  step,
  initial,
  members,
  meId,
  readOnly,
  aside,
}: {
  projectId: string;
  step: StepNumber;
  initial: SectionView;
  members: { id: string; name: string }[];
  meId: string;
  readOnly: boolean;
  aside: React.ReactNode;
}) {
  const { base, draft, setDraft, state, merged, error, conflict, resolve, retry, saveNow } = useSectionAutosave(projectId, step, initial);
  const [preview, setPreview] = useState(false);
  const completeness = sectionCompleteness(step, draft.fields);
  // Writing into a section that was not started makes it a draft.
  const started = draft.status === "NOT_STARTED" ? "DRAFT" : draft.status;
  const setField = (key: string, value: FieldValue) => setDraft({ ...draft, status: started, fields: { ...draft.fields, [key]: value } });
  const isOwner = draft.ownerId === meId;
  const blockedByComments = state === "failed" && error?.includes("unresolved review comment");
  const people = [{ id: "", name: "Nobody yet" }, ...members];

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
    <div className="min-w-0 space-y-5">
      <div className="sticky top-0 z-10 -mx-2 flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-white/95 px-2 py-2">
        <SaveStatus state={state} merged={merged} error={error} conflictByYou={conflict?.byYou} onRetry={retry} />
        <p className="text-sm text-slate-700" data-testid="section-completeness">
          {completeness.filled} of {completeness.total} required answered ({completeness.percent}%) · revision {base.revision}
        </p>
      </div>

      {conflict && <ConflictPanel step={step} mine={draft} conflict={conflict} onResolve={resolve} />}
      {blockedByComments && isOwner && (
        <Button type="button" variant="secondary" onClick={() => void saveNow({ overrideOpenComments: true })}>
          Mark done anyway, as the section owner
        </Button>
      )}
      {base.reviewDue && draft.status === "DONE" && (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <span>{REVIEW_DUE_LABELS[base.reviewDue]}.</span>
          <Button type="button" variant="secondary" onClick={() => void saveNow({ confirmReview: true })} disabled={readOnly}>
            Confirm it still describes the system
          </Button>
        </div>
      )}

      <fieldset disabled={readOnly} className="min-w-0 space-y-5">
        <Card aria-labelledby="section-meta">
          <h2 id="section-meta" className="sr-only">
            Status and people
          </h2>
          <div className="grid gap-3 sm:grid-cols-3">
            <label className="space-y-1 text-sm font-medium text-slate-800">
              <span className="block">Status</span>
              <select className={select} value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as SectionStatus })}>
                {SECTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {SECTION_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
            {(["ownerId", "reviewerId"] as const).map((key) => (
              <label key={key} className="space-y-1 text-sm font-medium text-slate-800">
                <span className="block">{key === "ownerId" ? "Owner" : "Reviewer"}</span>
                <select className={select} value={draft[key] ?? ""} onChange={(e) => setDraft({ ...draft, [key]: e.target.value || null })}>
                  {people.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {completeness.missing.length > 0 && (
            <p className="mt-3 text-sm text-slate-700">
              Still to answer: {completeness.missing.join("; ")}.
            </p>
          )}
        </Card>

        <Card aria-labelledby="section-fields" className="space-y-5">
          <h2 id="section-fields" className="text-lg font-semibold">
            Answers
          </h2>
          <p className="text-xs text-slate-600">Fields marked * count towards completeness.</p>
          {STEP_FIELDS[step].map((spec) => (
            <FieldControl key={spec.key} spec={spec} value={draft.fields[spec.key]} onChange={(v) => setField(spec.key, v)} />
          ))}
        </Card>

        <Card aria-labelledby="section-notes" className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="section-notes" className="text-lg font-semibold">
              Notes
            </h2>
            <Button type="button" variant="secondary" aria-pressed={preview} onClick={() => setPreview(!preview)}>
              {preview ? "Edit notes" : "Preview notes"}
            </Button>
          </div>
          {preview ? (
            <div data-testid="notes-preview" className="min-h-24 rounded-md border border-slate-200 p-3">
              <MarkdownView source={draft.notes || "_No notes yet._"} />
            </div>
          ) : (
            <>
              <label htmlFor="notes" className="sr-only">
                Notes (Markdown)
              </label>
              <textarea
                id="notes"
                rows={12}
                maxLength={LIMITS.notes}
                className="block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm focus:border-indigo-600"
                value={draft.notes}
                onChange={(e) => setDraft({ ...draft, status: started, notes: e.target.value })}
              />
            </>
          )}
          <p className="text-xs text-slate-600">
            Markdown: headings, lists, tables, links to http(s) pages or inside Causeway. HTML is shown as text. {draft.notes.length.toLocaleString("en")} of{" "}
            {LIMITS.notes.toLocaleString("en")} characters.
          </p>
          {hasConflictMarkers(draft.notes) && (
            <p className="text-sm text-amber-900">The notes still hold merge markers: keep the lines you want and delete the rest.</p>
          )}
        </Card>
      </fieldset>
    </div>
    <aside className="min-w-0 space-y-6">
      {aside}
      <HistoryPanel projectId={projectId} step={step} currentRevision={base.revision} readOnly={readOnly} />
    </aside>
    </div>
  );
}
