"use client";
// The meeting covers the whole window; the app's header and skip link stay in the page underneath.
// Marking them inert while the meeting is open keeps Tab and screen readers inside the meeting.
import { useEffect, type RefObject } from "react";

export function useShellInert(deck: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const main = deck.current?.closest("main");
    const shell = main ? Array.from(main.parentElement?.children ?? []).filter((el) => el !== main) : [];
    for (const el of shell) el.setAttribute("inert", "");
    return () => {
      for (const el of shell) el.removeAttribute("inert");
    };
  }, [deck]);
}
