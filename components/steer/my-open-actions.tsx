// "Your open actions" on the home page: the actions recorded in meetings that this person owns and
// has not finished, soonest due first, each linked to its project's dashboard (where its status is
// changed). Overdue is said in words, not only by colour.
import Link from "next/link";
import { ActionList } from "~/components/meeting/action-list";
import type { MyOpenAction } from "~/server/services/meeting/list-my-open-actions";

export function MyOpenActions({ slug, actions, nameOf }: { slug: string; actions: readonly MyOpenAction[]; nameOf: Readonly<Record<string, string>> }) {
  return (
    <section aria-labelledby="my-actions-heading" className="space-y-3">
      <h2 id="my-actions-heading" className="text-lg font-semibold text-slate-900">
        Your open actions
      </h2>
      <ActionList
        actions={actions}
        nameOf={nameOf}
        label="Your open actions"
        empty="No open actions are assigned to you. Actions are recorded in a project's meeting."
        showStatus={false}
        context={(a) => (
          <Link href={`/w/${slug}/projects/${a.project.id}/dashboard`} className="text-indigo-800 underline">
            {a.project.name}
          </Link>
        )}
      />
    </section>
  );
}
