"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Card } from "~/components/ui/card";
import { SelectField } from "~/components/ui/field";
import { PATH_KEYS, PATH_LABELS, type PathKey } from "~/components/learn/path-labels";
import { DISCIPLINE_LABELS, type Discipline } from "~/components/vocabulary";
import { AssignedInMeetings } from "~/components/meeting/assigned-lessons";

export function LearningPath({ workspaceId, discipline }: { workspaceId: string; discipline: Discipline }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const path = useQuery(trpc.learn.myPath.queryOptions({ workspaceId }));
  const setPath = useMutation(trpc.learn.setPath.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.learn.pathKey() }) }));
  if (!path.data) return <ErrorMessage error={path.error} />;
  const { key, chosen, steps, progress, summary, assigned } = path.data;
  const bySlug = new Map(progress.map((p) => [p.chapterSlug, p]));
  const options = [
    { value: "", label: `Follow my discipline (${DISCIPLINE_LABELS[discipline]})` },
    ...PATH_KEYS.map((k) => ({ value: k, label: PATH_LABELS[k] })),
  ];

  return (
    <Card aria-labelledby="path-heading">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="path-heading" className="text-lg font-semibold">
            Your path: {PATH_LABELS[key]}
          </h2>
          <p className="text-sm text-slate-700">
            {summary.completed} of {summary.total} chapters completed
            {summary.quizAverage !== null && ` · average best quiz score ${Math.round(summary.quizAverage * 100)}%`}
          </p>
        </div>
        <SelectField
          label="Learning path"
          options={options}
          value={chosen ? key : ""}
          disabled={setPath.isPending}
          onChange={(e) => setPath.mutate({ path: (e.target.value || null) as PathKey | null })}
        />
      </div>
      <div className="mt-3 h-2 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden>
        <div className="h-full bg-emerald-600" style={{ width: `${summary.total ? (summary.completed / summary.total) * 100 : 0}%` }} />
      </div>
      <ErrorMessage error={setPath.error} className="mt-3" />
      {summary.nextChapter && (
        <p className="mt-4">
          {/* A block-level button: on a phone a long title wraps inside one box instead of tearing it into two. */}
          <Link
            href={`/learn/${summary.nextChapter.slug}`}
            className="inline-block max-w-full break-words rounded-md bg-indigo-700 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-800"
          >
            {summary.completed === 0 ? "Start" : "Continue"} with chapter {summary.nextChapter.number}: {summary.nextChapter.title}
          </Link>
        </p>
      )}
      <AssignedInMeetings assigned={assigned} completed={new Set(progress.filter((p) => p.completedAt).map((p) => p.chapterSlug))} />
      <ol className="mt-5 divide-y divide-slate-200">
        {steps.map((s, i) => {
          const p = bySlug.get(s.slug);
          const status = p?.completedAt ? "Completed" : p ? "Started" : "Not started";
          return (
            <li key={s.slug} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div>
                <Link href={`/learn/${s.slug}`} className="font-medium text-indigo-800 underline-offset-2 hover:underline">
                  {i + 1}. Chapter {s.number}: {s.title}
                </Link>
                <span className="ml-2 text-xs text-slate-600">{s.book}</span>
                <p className="text-sm text-slate-700">{s.reason}</p>
              </div>
              <span className="text-sm text-slate-700">
                {status}
                {p?.bestScore != null && ` · quiz ${p.bestScore}/${p.quizTotal}`}
              </span>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
