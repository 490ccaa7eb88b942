"use client";
// A menu of links (Radix DropdownMenu): arrow keys move between workspaces without navigating,
// Enter opens one — unlike a <select> that would navigate on every arrow press. Switching keeps
// the section the user is in (Settings stays Settings, Alignment stays Alignment); the current workspace is marked, and
// workspaces that share a name show their address so they can be told apart. Not modal and not
// portalled: the open menu stays inside the header landmark and leaves the page readable rather
// than hiding it (aria-hidden) around a focus trap.
import { Check, ChevronDown } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { DropdownMenu } from "radix-ui";
import { useEffect } from "react";
import { rememberWorkspace } from "./last-workspace";
import { MAIN_SECTIONS } from "./main-nav";

const itemClass =
  "flex cursor-pointer items-start gap-2 rounded px-3 py-2 text-sm text-slate-900 outline-none data-[highlighted]:bg-indigo-50 data-[highlighted]:text-indigo-900";

// Every top-level section of a workspace: the main navigation's, plus Rubrics (reached from Assess).
const SECTIONS: readonly string[] = [...MAIN_SECTIONS.map((s) => s.segment), "rubrics"];

/** The section after /w/<slug>/ ("settings" for /w/a/settings, "projects" for /w/a/projects/123). */
export function sectionOf(pathname: string): string {
  const section = pathname.split("/")[3] ?? "";
  return SECTIONS.includes(section) ? section : "projects";
}

export function WorkspaceSwitcher({ current, workspaces }: { current: string; workspaces: { slug: string; name: string }[] }) {
  const pathname = usePathname();
  const section = sectionOf(pathname);
  const active = workspaces.find((w) => w.slug === current);
  const shared = (name: string) => workspaces.filter((w) => w.name === name).length > 1;
  useEffect(() => rememberWorkspace(current), [current]);
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        aria-label={`Workspace: ${active?.name ?? current}. Switch workspace`}
        className="inline-flex max-w-full min-w-0 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50"
      >
        <span className="truncate">{active?.name ?? current}</span>
        <ChevronDown aria-hidden className="h-4 w-4 shrink-0 text-slate-600" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="start" sideOffset={4} className="z-50 max-w-[calc(100vw-2rem)] min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
        <DropdownMenu.Label className="px-3 py-1 text-xs font-semibold uppercase tracking-wide text-slate-600">Your workspaces</DropdownMenu.Label>
        {workspaces.map((w) => {
          const isCurrent = w.slug === current;
          return (
            <DropdownMenu.Item key={w.slug} asChild>
              <Link href={`/w/${w.slug}/${section}`} aria-current={isCurrent ? "page" : undefined} className={itemClass}>
                <Check aria-hidden className={`mt-0.5 h-4 w-4 shrink-0 ${isCurrent ? "text-indigo-700" : "invisible"}`} />
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  <span className={isCurrent ? "font-semibold" : undefined}>{w.name}</span>
                  {shared(w.name) && <span className="block text-xs text-slate-600">/w/{w.slug}</span>}
                  {isCurrent && <span className="block text-xs text-slate-600">Current workspace</span>}
                </span>
              </Link>
            </DropdownMenu.Item>
          );
        })}
        <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
        <DropdownMenu.Item asChild>
          <Link href="/workspaces" className={itemClass}>
            <span aria-hidden className="h-4 w-4 shrink-0" />
            All workspaces / create one…
          </Link>
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}
