"use client";
// A glossary term in a lesson. Tapping, clicking or pressing Enter on it opens the definition in
// place (a Radix popover: focus moves into it, Escape or a tap outside closes it), so a reader on
// a phone never leaves the page; the full glossary entry is one link away inside the popover.
import Link from "next/link";
import { Popover } from "radix-ui";

export function Term({ id, term, definition, children }: { id: string; term: string; definition: string; children: React.ReactNode }) {
  return (
    <Popover.Root>
      <Popover.Trigger
        type="button"
        aria-label={`${typeof children === "string" ? children : term}: show definition`}
        className="cursor-help font-medium text-indigo-800 underline decoration-dotted underline-offset-4 focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700"
      >
        {children}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="top"
          align="start"
          sideOffset={6}
          collisionPadding={12}
          className="z-30 w-72 max-w-[calc(100vw-24px)] rounded-md bg-slate-900 px-3 py-2 text-left text-sm leading-relaxed text-white shadow-lg"
        >
          <strong className="block text-white">{term}</strong>
          <span className="block break-words">{definition}</span>
          <Link href={`/learn/glossary#${id}`} className="mt-1 inline-block text-xs font-medium text-indigo-200 underline">
            Open in the glossary
          </Link>
          <Popover.Arrow className="fill-slate-900" />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
