// Chapters assigned to the reader through meeting actions, on their Learn path: which action asked
// for it, in which project, by when.
import Link from "next/link";
import type { AssignedLesson } from "~/server/services/meeting/list-assigned-lessons";
import { formatDueDate } from "./labels";

export function AssignedInMeetings({ assigned, completed }: { assigned: readonly AssignedLesson[]; completed: ReadonlySet<string> }) {
  if (!assigned.length) return null;
  return (
    <section aria-labelledby="assigned-heading" className="mt-5 rounded-md border border-indigo-200 bg-indigo-50 p-4">
      <h3 id="assigned-heading" className="font-semibold text-slate-900">
        Assigned in a meeting
      </h3>
      <ul className="mt-2 space-y-2">
        {assigned.map((a) => (
          <li key={a.actionId} className="text-sm text-slate-800">
            <Link href={`/learn/${a.slug}`} className="font-medium text-indigo-800 underline">
              Chapter {a.number}: {a.title} ({a.book})
            </Link>{" "}
            <span>
              for “{a.actionTitle}” ({a.projectName}), due {formatDueDate(a.dueDate)}
              {a.overdue ? " · overdue" : ""}
              {completed.has(a.slug) ? " · chapter completed" : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
