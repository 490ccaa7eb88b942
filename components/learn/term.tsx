"use client";
// A glossary term in a lesson. Tapping, clicking or pressing Enter on it opens the definition in
// place, so a reader on a phone never leaves the page; the full glossary entry is one link away.
// The popover (./term-popover, with Radix and its positioning engine, about 22 KB gzip) is fetched
// when a reader first points at or focuses a term, and shown on the first click; until then the
// term is a plain button, which keeps lesson pages' first-load JavaScript small.
import { lazy, Suspense, useState } from "react";

const loadPopover = () => import("./term-popover");
const TermPopover = lazy(loadPopover);

const triggerClassName =
  "cursor-help font-medium text-indigo-800 underline decoration-dotted underline-offset-4 focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700";

export function Term({ id, term, definition, children }: { id: string; term: string; definition: string; children: React.ReactNode }) {
  const [opened, setOpened] = useState(false);
  const label = `${typeof children === "string" ? children : term}: show definition`;
  const plain = (
    <button
      type="button"
      aria-label={label}
      aria-haspopup="dialog"
      aria-expanded={false}
      className={triggerClassName}
      onPointerEnter={() => void loadPopover()}
      onFocus={() => void loadPopover()}
      onClick={() => setOpened(true)}
    >
      {children}
    </button>
  );
  if (!opened) return plain;
  return (
    <Suspense fallback={plain}>
      <TermPopover id={id} term={term} definition={definition} label={label} triggerClassName={triggerClassName}>
        {children}
      </TermPopover>
    </Suspense>
  );
}
