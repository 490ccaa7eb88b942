"use client";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Card } from "~/components/ui/card";
import { PATH_LABELS } from "~/components/learn/path-labels";
import { DISCIPLINE_LABELS } from "~/components/vocabulary";
import { ScrollRegion } from "~/components/ui/scroll-region";

export function TeamProgress({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const team = useQuery(trpc.learn.teamProgress.queryOptions({ workspaceId }));
  return (
    <Card aria-labelledby="team-heading">
      <h2 id="team-heading" className="text-lg font-semibold">
        Team onboarding
      </h2>
      <p className="mb-4 text-sm text-slate-700">Visible to owners and admins only. Members see their own progress.</p>
      <ErrorMessage error={team.error} />
      <ScrollRegion label="Team onboarding progress">
        <table className="w-full text-left text-sm">
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">Member</th>
              <th scope="col" className="py-2 pr-3 font-medium">Path</th>
              <th scope="col" className="py-2 pr-3 font-medium">Progress</th>
              <th scope="col" className="py-2 pr-3 font-medium">Quiz average</th>
              <th scope="col" className="py-2 font-medium">Last activity</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {team.data?.map((m) => (
              <tr key={m.userId}>
                <td className="py-2 pr-3">
                  <div className="font-medium text-slate-900">{m.name}</div>
                  <div className="text-xs text-slate-600">{DISCIPLINE_LABELS[m.discipline]}</div>
                </td>
                <td className="py-2 pr-3">{PATH_LABELS[m.path]}</td>
                <td className="py-2 pr-3">
                  <details>
                    <summary className="cursor-pointer">
                      {m.summary.completed} of {m.summary.total} completed
                    </summary>
                    <ul className="mt-2 space-y-1 text-xs">
                      {m.chapters.map((c) => (
                        <li key={c.slug}>
                          {c.number}. {c.title} ({c.book}): {c.completed ? "completed" : c.started ? "started" : "not started"}
                          {c.bestScore != null && `, quiz ${c.bestScore}/${c.quizTotal}`}
                        </li>
                      ))}
                    </ul>
                  </details>
                </td>
                <td className="py-2 pr-3">{m.summary.quizAverage === null ? "—" : `${Math.round(m.summary.quizAverage * 100)}%`}</td>
                <td className="py-2">{m.summary.lastActivity ? m.summary.lastActivity.toLocaleDateString() : "Not started"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}
