"use client";
// The autosave state in words, announced to screen readers as it changes.
import { Button } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";
import type { SaveState } from "./use-section-autosave";

const TEXT: Record<SaveState, string> = {
  saved: "All changes saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
  offline: "Offline: changes kept here and saved when the connection returns",
  failed: "Not saved",
  conflict: "Not saved: someone else changed this section",
};

export function SaveStatus({
  state,
  merged,
  error,
  conflictByYou,
  onRetry,
}: {
  state: SaveState;
  merged: boolean;
  error: string | null;
  /** The conflicting save was this person's own, in another tab or window. */
  conflictByYou?: boolean;
  onRetry: () => void;
}) {
  const tone = state === "failed" || state === "conflict" || state === "offline" ? "text-red-800" : state === "saved" ? "text-emerald-800" : "text-slate-700";
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <p role="status" aria-live="polite" data-testid="save-status" data-state={state} className={cn("font-medium", tone)}>
        {state === "conflict" && conflictByYou ? "Not saved: you changed this section in another tab or window" : TEXT[state]}
        {merged && state === "saved" ? " (merged with another person's changes)" : ""}
        {state === "failed" && error ? `: ${error}` : ""}
      </p>
      {(state === "failed" || state === "offline") && (
        <Button type="button" variant="secondary" onClick={onRetry}>
          Retry
        </Button>
      )}
    </div>
  );
}
