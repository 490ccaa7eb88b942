// A list of actions: title, lever, owner, due date (overdue marked in words, not only colour),
// status and the chapter assigned with it.
import Link from "next/link";
import { cn } from "~/components/ui/cn";
import type { ActionView } from "~/server/services/meeting/action-view";
import { ACTION_STATUS_LABELS, formatDueDate } from "./labels";

interface Props<T extends ActionView> {
  actions: readonly T[];
  nameOf: Readonly<Record<string, string>>;
  empty: string;
  label: string;
  /** per action, who or what it belongs to in the detail line (default: its owner's name) */
  context?: (action: T) => React.ReactNode;
  /** per action, something to show beside it (the lever's movement, a status control) */
  aside?: (action: T) => React.ReactNode;
  /** false where the aside is a status control that already says it */
  showStatus?: boolean;
}

export function ActionList<T extends ActionView>({ actions, nameOf, empty, label, context = (a) => a.owner.name, aside, showStatus = true }: Props<T>) {
  if (!actions.length) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <ul aria-label={label} className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {actions.map((a) => (
        <li key={a.id} className="flex flex-wrap items-start justify-between gap-3 p-3" data-action-id={a.id}>
          {/* A basis, not flex-1: on a phone the badges wrap below the title instead of squeezing it. */}
          <div className="min-w-0 flex-[1_1_16rem]">
            <p className="font-medium break-words text-slate-900">{a.title}</p>
            <p className="text-sm break-words text-slate-700">
              {nameOf[a.leverId] ?? a.leverId} · {context(a)} · due {formatDueDate(a.dueDate)}
              {a.lessonSlug && (
                <>
                  {" "}
                  ·{" "}
                  <Link href={`/learn/${a.lessonSlug}`} className="text-indigo-800 underline">
                    assigned lesson
                  </Link>
                </>
              )}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            {a.overdue && <span className="rounded bg-red-100 px-2 py-0.5 font-semibold text-red-900">Overdue</span>}
            {showStatus && (
            <span className={cn("rounded px-2 py-0.5", a.status === "DONE" ? "bg-emerald-100 text-emerald-900" : a.status === "DROPPED" ? "bg-slate-100 text-slate-700" : "bg-indigo-50 text-indigo-900")}>
              {ACTION_STATUS_LABELS[a.status]}
            </span>
            )}
            {aside?.(a)}
          </div>
        </li>
      ))}
    </ul>
  );
}
