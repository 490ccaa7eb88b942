"use client";
// Warns before leaving a page with unsaved changes, however the person leaves: closing or reloading
// the tab (beforeunload), following a link in the app (a capturing click listener, which runs before
// Next.js's Link handler), and the browser's back button. Back is the hard one: the App Router
// handles popstate itself, so on the first edit a guard entry with the same URL is pushed on top of
// this page's history entry; pressing Back pops only the guard, and a capturing popstate listener
// (which runs before the router's own) stops the router from acting on it and asks. Forward cannot
// lose work: pushing the guard clears the forward history.
import { useEffect, useRef } from "react";

const GUARD = "causewayLeaveGuard";
const QUESTION = "This section has changes that are not saved yet. Leave anyway?";

export function useLeaveWarning(dirty: boolean) {
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  // Set once the person has said "leave", so a full page unload that follows does not ask twice.
  const confirmed = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      if (!confirmed.current) e.preventDefault();
    };
    const onLink = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.("a[href]");
      if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      if (link.getAttribute("target") === "_blank" || link.hasAttribute("download")) return;
      if (window.confirm(QUESTION)) confirmed.current = true;
      else {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", onLink, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", onLink, true);
    };
  }, [dirty]);

  // The guard entry, pushed once when the first unsaved change appears and kept while the page is open.
  const guarded = useRef(false);
  useEffect(() => {
    if (!dirty || guarded.current) return;
    guarded.current = true;
    window.history.pushState({ ...(window.history.state as object | null), [GUARD]: true }, "", window.location.href);
  }, [dirty]);

  useEffect(() => {
    let passThrough = false;
    const onPopState = (e: PopStateEvent) => {
      if (passThrough) {
        passThrough = false; // the second step back, to where the person was going: the router handles it
        return;
      }
      if (!guarded.current || (e.state as Record<string, unknown> | null)?.[GUARD]) return;
      // We left the guard entry for this page's own entry (same URL): nothing has changed on screen yet.
      e.stopImmediatePropagation();
      if (dirtyRef.current && !window.confirm(QUESTION)) {
        window.history.pushState({ ...(window.history.state as object | null), [GUARD]: true }, "", window.location.href);
        return;
      }
      confirmed.current = true;
      guarded.current = false;
      passThrough = true;
      window.history.back();
    };
    window.addEventListener("popstate", onPopState, true);
    return () => window.removeEventListener("popstate", onPopState, true);
  }, []);
}
