"use client";
// Autosave for one section. Edits are saved a moment after typing stops, each save naming the
// revision the edit was based on. When someone else saved first, the server answers CONFLICT with
// its current content: if the two edits do not overlap, they are merged and saved at once;
// otherwise the editor shows both versions and nothing is saved until the person chooses.
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { mergeSection, type SectionMerge } from "~/server/domain/design/merge";
import type { SectionContent } from "~/server/domain/design/section";
import type { StepNumber } from "~/server/domain/design/steps";
import type { SectionView } from "./types";
import { useLeaveWarning } from "./use-leave-warning";

export type SaveState = "saved" | "unsaved" | "saving" | "offline" | "failed" | "conflict";

export interface Conflict {
  theirs: SectionView;
  merge: SectionMerge;
  /** The newer save was this person's own, from another tab or window. */
  byYou: boolean;
}

const AUTOSAVE_DELAY_MS = 1200;
const same = (a: SectionContent, b: SectionContent) => JSON.stringify(a) === JSON.stringify(b);

export function useSectionAutosave(projectId: string, step: StepNumber, initial: SectionView) {
  const trpc = useTRPC();
  // networkMode "always": offline, a save fails at once (shown as offline and retried on reconnect)
  // instead of React Query pausing it silently.
  const save = useMutation({ ...trpc.design.saveSection.mutationOptions(), networkMode: "always" });
  const [base, setBase] = useState(initial);
  const [draft, setDraftState] = useState<SectionContent>(initial.content);
  const [state, setState] = useState<SaveState>("saved");
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  /** True after someone else's non-overlapping changes were merged in automatically. */
  const [merged, setMerged] = useState(false);
  const draftRef = useRef(draft);
  const baseRef = useRef(base);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const setBoth = (nextBase: SectionView, nextDraft: SectionContent) => {
    baseRef.current = nextBase;
    draftRef.current = nextDraft;
    setBase(nextBase);
    setDraftState(nextDraft);
  };

  const flush = useCallback(
    async (options: { overrideOpenComments?: boolean; confirmReview?: boolean } = {}) => {
      if (timer.current) clearTimeout(timer.current);
      if (inFlight.current) return;
      const sent = draftRef.current;
      const from = baseRef.current;
      if (same(sent, from.content) && !options.confirmReview) {
        setState("saved");
        return;
      }
      inFlight.current = true;
      setState("saving");
      try {
        const result = await save.mutateAsync({ projectId, step, baseRevision: from.revision, content: sent, ...options });
        baseRef.current = result.section;
        setBase(result.section);
        setError(null);
        if (same(draftRef.current, sent)) setState("saved");
        else {
          setState("unsaved");
          schedule();
        }
      } catch (e) {
        const details = e instanceof TRPCClientError ? (e.data as { code?: string; details?: { current?: SectionView; byYou?: boolean } } | undefined) : undefined;
        const theirs = details?.code === "CONFLICT" ? details.details?.current : undefined;
        if (theirs) {
          const merge = mergeSection(step, from.content, draftRef.current, theirs.content);
          if (merge.conflicts.length === 0) {
            setBoth(theirs, merge.merged);
            setMerged(true);
            setState("unsaved");
            schedule(0);
            return;
          }
          setConflict({ theirs, merge, byYou: details?.details?.byYou === true });
          setState("conflict");
        } else if (typeof navigator !== "undefined" && !navigator.onLine) {
          setState("offline"); // saved again as soon as the browser is back online
        } else {
          setError(e instanceof Error ? e.message : "The section could not be saved.");
          setState("failed");
        }
      } finally {
        inFlight.current = false;
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [projectId, step],
  );
  const flushRef = useRef(flush);
  flushRef.current = flush;

  function schedule(delay = AUTOSAVE_DELAY_MS) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), delay);
  }

  const setDraft = (next: SectionContent) => {
    draftRef.current = next;
    setDraftState(next);
    setMerged(false);
    if (conflictRef.current) return; // nothing is saved while a conflict waits for a choice
    setState("unsaved");
    schedule();
  };
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;

  /** Resolve a conflict: "merge" keeps both (overlaps marked), "mine" or "theirs" keeps one side. */
  const resolve = (choice: "merge" | "mine" | "theirs") => {
    if (!conflict) return;
    const next = choice === "merge" ? conflict.merge.merged : choice === "mine" ? draftRef.current : conflict.theirs.content;
    conflictRef.current = null;
    setConflict(null);
    setBoth(conflict.theirs, next);
    setState(same(next, conflict.theirs.content) ? "saved" : "unsaved");
    if (!same(next, conflict.theirs.content)) schedule();
  };

  // Leaving with unsaved changes warns (tab close, in-app links, the back button).
  useLeaveWarning(state !== "saved");
  useEffect(() => {
    if (state !== "offline") return;
    const online = () => void flushRef.current();
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [state]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  return { base, draft, setDraft, state, merged, error, conflict, resolve, retry: () => void flush(), saveNow: flush };
}
