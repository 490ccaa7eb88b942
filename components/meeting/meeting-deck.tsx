"use client";
// The meeting, full screen: one slide at a time, the same slide on every screen. The facilitator
// moves with the buttons, the arrow keys or Page Up / Page Down; everyone else follows through the
// live feed (server-sent events). Each slide change is announced in a live region and moves focus
// to the slide's heading, unless the person is typing in the action form.
import { useMutation } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import Link from "next/link";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import type { MeetingView } from "~/server/services/meeting/get-meeting";
import type { MeetingEvent } from "~/server/services/meeting/follow-meeting";
import { ActionForm } from "./action-form";
import { ActionList } from "./action-list";
import { applyMeetingEvent, moveLocally, type LiveMeeting } from "./live-state";
import { PreviousActions } from "./previous-actions";
import { useShellInert } from "./use-shell-inert";

interface Props {
  meeting: MeetingView;
  /** the slides in order (server/domain/meeting/slides.ts) */
  slides: readonly { key: string; title: string }[];
  /** the slides drawn on the server from the round's stored aggregates, by key */
  staticSlides: Readonly<Record<string, React.ReactNode>>;
  nameOf: Record<string, string>;
  exitHref: string;
  projectName: string;
}


const isTyping = (el: Element | null) => !!el && (el.matches("input, textarea, select, [contenteditable=true]") || !!el.closest("form"));

type DeckAction = { event: MeetingEvent } | { move: number } | { confirm: { slideIndex: number; version: number } };

function reducer(state: LiveMeeting, action: DeckAction): LiveMeeting {
  if ("move" in action) return moveLocally(state, action.move);
  if ("confirm" in action) return applyMeetingEvent(state, { type: "slide", meeting: { ...state.meeting, ...action.confirm } });
  return applyMeetingEvent(state, action.event);
}

export function MeetingDeck({ meeting, slides, staticSlides, nameOf, exitHref, projectName }: Props) {
  const trpc = useTRPC();
  const [live, dispatch] = useReducer(reducer, meeting.state);
  const [announcement, setAnnouncement] = useState("");
  const deckRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = useRef(live.meeting.slideIndex);
  useShellInert(deckRef);

  // While the facilitator's own moves are on their way, echoes of earlier ones must not pull the
  // slide back; the last move's answer settles it.
  const inFlight = useRef(0);
  const feed = useSubscription(
    trpc.meeting.live.subscriptionOptions(
      { meetingId: meeting.id },
      {
        onData: (tracked) => {
          const event = tracked.data as MeetingEvent;
          if (event.type === "slide" && inFlight.current > 0) return;
          dispatch({ event });
        },
      },
    ),
  );

  const setSlide = useMutation(trpc.meeting.setSlide.mutationOptions());
  const facilitating = meeting.isFacilitator && !live.meeting.endedAt;
  const index = live.meeting.slideIndex;
  const titles = slides.map((s) => s.title);
  const last = slides.length - 1;
  const key = slides[index]?.key;

  const go = useCallback(
    (target: number) => {
      const slideIndex = Math.min(last, Math.max(0, target));
      if (!facilitating || slideIndex === shown.current) return;
      dispatch({ move: slideIndex });
      inFlight.current += 1;
      setSlide.mutate(
        { meetingId: meeting.id, slideIndex },
        {
          onSettled: (data) => {
            inFlight.current -= 1;
            if (data && inFlight.current === 0) dispatch({ confirm: { slideIndex: data.slideIndex, version: data.version } });
          },
        },
      );
    },
    [facilitating, last, meeting.id, setSlide],
  );

  // Announce and move focus whenever the slide changes, whoever changed it.
  useEffect(() => {
    if (shown.current === index) return;
    shown.current = index;
    setAnnouncement(`Slide ${index + 1} of ${titles.length}: ${titles[index]}`);
    if (!isTyping(document.activeElement)) headingRef.current?.focus();
    // titles are fixed for the meeting: only the index matters
  }, [index]);

  useEffect(() => {
    if (!facilitating) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target as Element)) return;
      const step = e.key === "ArrowRight" || e.key === "PageDown" ? 1 : e.key === "ArrowLeft" || e.key === "PageUp" ? -1 : 0;
      if (e.key === "Home") go(0);
      else if (e.key === "End") go(last);
      else if (step) go(shown.current + step);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [facilitating, go, last]);

  const thisMeeting = live.actions.filter((a) => a.meetingId === meeting.id);
  const previous = live.actions.filter((a) => a.meetingId === live.previousMeetingId);
  const connection = feed.status === "pending" ? "Live" : feed.status === "error" ? "Connection lost, retrying" : "Connecting…";

  return (
    <div ref={deckRef} data-meeting-deck className="fixed inset-0 z-40 flex flex-col overflow-y-auto bg-white">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 px-4 py-3 sm:px-8">
        <p className="text-sm text-slate-700">
          <span className="font-semibold text-slate-900">{projectName}</span> · {meeting.round.title}
        </p>
        <p className="text-sm text-slate-700">
          {facilitating ? "You are facilitating" : `Following ${meeting.facilitator.name}`}
          {live.meeting.endedAt ? " · this meeting has ended" : ""}
        </p>
        <p className="text-sm text-slate-700" data-testid="connection">
          <span aria-hidden className={feed.status === "pending" ? "text-emerald-700" : "text-amber-700"}>
            ●
          </span>{" "}
          {connection}
        </p>
        <div className="ml-auto flex items-center gap-2">
          <Button variant="secondary" onClick={() => void (document.fullscreenElement ? document.exitFullscreen() : deckRef.current?.requestFullscreen())}>
            Full screen
          </Button>
          <EndMeetingButton meetingId={meeting.id} visible={facilitating} />
          <Link href={exitHref} className="rounded-md px-3 py-2 text-sm font-medium text-indigo-800 underline">
            Leave meeting
          </Link>
        </div>
      </header>

      <div className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-8">
        <section aria-labelledby="slide-heading" aria-roledescription="slide" data-slide={index}>
          <p className="text-sm font-medium text-slate-600">
            Slide {index + 1} of {titles.length}
          </p>
          <h1 id="slide-heading" ref={headingRef} tabIndex={-1} className="mb-6 text-2xl font-semibold text-slate-900 outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 sm:text-3xl">
            {titles[index]}
          </h1>
          {key === "previous-actions" ? (
            <PreviousActions actions={previous} movement={meeting.movement} nameOf={nameOf} hadPreviousMeeting={meeting.previousMeeting !== null} previousRoundTitle={meeting.previousMeeting?.roundTitle ?? null} />
          ) : key === "new-actions" ? (
            <div className="grid gap-8 lg:grid-cols-2">
              <ActionList actions={thisMeeting} nameOf={nameOf} empty="No actions recorded in this meeting yet." label="Actions from this meeting" />
              {!live.meeting.endedAt && <ActionForm meeting={meeting} />}
            </div>
          ) : (
            staticSlides[key ?? ""]
          )}
        </section>
      </div>

      <footer className="sticky bottom-0 border-t border-slate-200 bg-white px-4 py-3 sm:px-8">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3">
          {facilitating ? (
            <>
              <Button variant="secondary" onClick={() => go(index - 1)} disabled={index === 0}>
                ← Previous
              </Button>
              <Button onClick={() => go(index + 1)} disabled={index === last}>
                Next →
              </Button>
              <p className="text-xs text-slate-600">Arrow keys or Page Up / Page Down move everyone&apos;s screen.</p>
            </>
          ) : (
            <p className="text-sm text-slate-700">The facilitator moves the slides. You can record an action at any time.</p>
          )}
          {key !== "new-actions" && !live.meeting.endedAt && (
            <details className="ml-auto w-full sm:w-auto">
              <summary className="cursor-pointer rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50">Record an action</summary>
              <div className="mt-3 max-h-[60vh] overflow-y-auto sm:w-[28rem]">
                <ActionForm meeting={meeting} />
              </div>
            </details>
          )}
        </div>
        <ErrorMessage error={setSlide.error} className="mx-auto mt-2 max-w-5xl" />
      </footer>
      <p aria-live="polite" role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

function EndMeetingButton({ meetingId, visible }: { meetingId: string; visible: boolean }) {
  const trpc = useTRPC();
  const end = useMutation(trpc.meeting.end.mutationOptions());
  if (!visible) return null;
  return (
    <Button
      variant="secondary"
      disabled={end.isPending}
      onClick={() => {
        if (window.confirm("End the meeting for everyone? Actions stay; no new ones can be recorded in it.")) end.mutate({ meetingId });
      }}
    >
      End meeting
    </Button>
  );
}
