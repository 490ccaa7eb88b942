// "Your open actions" on the home page: the actions recorded in meetings that this person owns and
// has not finished, soonest due first, each linked to its project's dashboard (where its status is
// changed). Overdue is said in words, not only by colour.
import Link from "next/link";
import { formatDueDate } from "~/components/meeting/labels";
import type { MyOpenAction } from "~/server/services/meeting/list-my-open-actions";

export function MyOpenActions({ slug, actions, nameOf }: { slug: string; actions: readonly MyOpenAction[]; nameOf: Readonly<Record<string, string>> }) {
  return (
    <section aria-labelledby="my-actions-heading" className="space-y-3">
      <h2 id="my-actions-heading" className="text-lg font-semibold text-slate-900">
        Your open actions
      </h2>
      {actions.length === 0 ? (
        <p className="text-sm text-slate-700">No open actions are assigned to you. Actions are recorded in a project&apos;s meeting.</p>
      ) : (
        <ul aria-label="Your open actions" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {actions.map((a) => (
            <li key={a.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
              <div className="min-w-0 flex-[1_1_16rem]">
                <p className="font-medium break-words text-slate-900">{a.title}</p>
                <p className="text-sm break-words text-slate-700">
                  <Link href={`/w/${slug}/projects/${a.project.id}/dashboard`} className="text-indigo-800 underline">
                    {a.project.name}
                  </Link>{" "}
                  · {nameOf[a.leverId] ?? a.leverId} · due {formatDueDate(a.dueDate)}
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
              {a.overdue && <span className="rounded bg-red-100 px-2 py-0.5 text-sm font-semibold text-red-900">Overdue</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
