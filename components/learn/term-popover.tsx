"use client";
// The open definition of a glossary term: a Radix popover (focus moves into it, Escape or a tap
// outside closes it and focus returns to the term). Loaded only when a reader first opens a term,
// so lesson pages do not ship the popover and its positioning engine up front (see ./term).
import Link from "next/link";
import { Popover } from "radix-ui";

export default function TermPopover({
  id,
  term,
  definition,
  label,
  triggerClassName,
  children,
}: {
  id: string;
  term: string;
  definition: string;
  label: string;
  triggerClassName: string;
  children: React.ReactNode;
}) {
  return (
    <Popover.Root defaultOpen>
      <Popover.Trigger type="button" aria-label={label} className={triggerClassName}>
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
