"use client";
// Records that the signed-in reader opened the chapter, and lets them mark it complete.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

export function LessonProgress({ chapter }: { chapter: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery({ ...trpc.learn.myProgress.queryOptions(), retry: false });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.learn.pathKey() });
  const start = useMutation(trpc.learn.startChapter.mutationOptions({ onSuccess: refresh }));
  const complete = useMutation(trpc.learn.setComplete.mutationOptions({ onSuccess: refresh }));
  const started = useRef(false);
  const signedIn = mine.isSuccess;

  useEffect(() => {
    if (signedIn && !started.current) {
      started.current = true;
      start.mutate({ chapter });
    }
  }, [signedIn, chapter, start]);

  if (mine.isPending) return <div className="h-10" aria-hidden />;
  if (mine.error?.data?.code === "UNAUTHORIZED") {
    return (
      <p className="rounded-md bg-slate-100 px-4 py-3 text-sm text-slate-800">
        <Link href={`/signin?callbackUrl=/learn/${chapter}`} className="font-medium text-indigo-800 underline">
          Sign in
        </Link>{" "}
        to keep track of what you have read and your quiz scores.
      </p>
    );
  }
  const row = mine.data?.progress.find((p) => p.chapterSlug === chapter);
  const done = Boolean(row?.completedAt);
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md bg-slate-100 px-4 py-3 text-sm">
      <span role="status" className="font-medium text-slate-900">
        {done ? "Completed" : "In progress"}
        {row?.bestScore != null && ` · best quiz score ${row.bestScore}/${row.quizTotal}`}
      </span>
      <Button variant={done ? "secondary" : "primary"} disabled={complete.isPending} onClick={() => complete.mutate({ chapter, complete: !done })}>
        {done ? "Mark as not complete" : "Mark complete"}
      </Button>
      <ErrorMessage error={mine.error ?? complete.error} />
    </div>
  );
}

export function ChapterStatus({ chapter }: { chapter: string }) {
  const trpc = useTRPC();
  const mine = useQuery({ ...trpc.learn.myProgress.queryOptions(), retry: false });
  const row = mine.data?.progress.find((p) => p.chapterSlug === chapter);
  if (!row) return null;
  return (
    <span className={row.completedAt ? "rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900" : "rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900"}>
      {row.completedAt ? "Completed" : "Started"}
      {row.bestScore != null && ` · quiz ${row.bestScore}/${row.quizTotal}`}
    </span>
  );
}
