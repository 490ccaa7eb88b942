"use client";
// Records that the signed-in reader opened the chapter, and lets them mark it complete.
import Link from "next/link";
import { useEffect, useRef, useState, useTransition } from "react";
import { setChapterComplete, startChapter } from "~/server/actions/learn";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useMyProgress } from "./use-my-progress";

export function LessonProgress({ chapter }: { chapter: string }) {
  const { result, refresh } = useMyProgress();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  const signedIn = result?.ok === true;

  useEffect(() => {
    if (signedIn && !started.current) {
      started.current = true;
      void startChapter(chapter).then((r) => {
        if (r.ok) void refresh();
        else setError(r.message);
      });
    }
  }, [signedIn, chapter, refresh]);

  if (!result) return <div className="h-10" aria-hidden />;
  if (!result.ok) {
    if (result.code !== "UNAUTHORIZED") return <ErrorMessage error={result.message} />;
    return (
      <p className="rounded-md bg-slate-100 px-4 py-3 text-sm text-slate-800">
        <Link href={`/signin?callbackUrl=/learn/${chapter}`} className="font-medium text-indigo-800 underline">
          Sign in
        </Link>{" "}
        to keep track of what you have read and your quiz scores.
      </p>
    );
  }
  const row = result.data.progress.find((p) => p.chapterSlug === chapter);
  const done = Boolean(row?.completedAt);
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md bg-slate-100 px-4 py-3 text-sm">
      <span role="status" className="font-medium text-slate-900">
        {done ? "Completed" : "In progress"}
        {row?.bestScore != null && ` · best quiz score ${row.bestScore}/${row.quizTotal}`}
      </span>
      <MarkCompleteButton chapter={chapter} />
      <ErrorMessage error={error} />
    </div>
  );
}

/** Marks the chapter complete or not; shown under the title and again after the quiz. */
export function MarkCompleteButton({ chapter, onlyWhenIncomplete = false }: { chapter: string; onlyWhenIncomplete?: boolean }) {
  const { result, refresh } = useMyProgress();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (!result?.ok) return null;
  const done = Boolean(result.data.progress.find((p) => p.chapterSlug === chapter)?.completedAt);
  if (done && onlyWhenIncomplete) return <span className="text-sm font-medium text-emerald-800">Chapter marked complete.</span>;
  return (
    <>
      <Button
        variant={done ? "secondary" : "primary"}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const r = await setChapterComplete(chapter, !done);
            setError(r.ok ? null : r.message);
            await refresh();
          })
        }
      >
        {done ? "Mark as not complete" : "Mark complete"}
      </Button>
      <ErrorMessage error={error} />
    </>
  );
}

export function ChapterStatus({ chapter }: { chapter: string }) {
  const { result } = useMyProgress();
  const row = result?.ok ? result.data.progress.find((p) => p.chapterSlug === chapter) : undefined;
  if (!row) return null;
  return (
    <span className={row.completedAt ? "rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900" : "rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900"}>
      {row.completedAt ? "Completed" : "Started"}
      {row.bestScore != null && ` · quiz ${row.bestScore}/${row.quizTotal}`}
    </span>
  );
}
