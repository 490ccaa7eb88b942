"use client";
// The chapter quiz. Questions arrive without answers; the server grades and explains.
import Link from "next/link";
import { useState, useTransition } from "react";
import { submitQuiz } from "~/server/actions/learn";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";
import type { PublicQuestion, QuizGrade } from "~/server/domain/quiz";
import { useMyProgress } from "./use-my-progress";

export function QuizForm({ chapter, questions }: { chapter: string; questions: PublicQuestion[] }) {
  const { refresh } = useMyProgress();
  const [answers, setAnswers] = useState<Record<string, number[]>>({});
  const [grade, setGrade] = useState<QuizGrade | null>(null);
  const [failure, setFailure] = useState<{ code: string; message: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const results = new Map(grade?.results.map((r) => [r.id, r]));
  const unanswered = questions.filter((q) => !answers[q.id]?.length).length;

  function choose(q: PublicQuestion, index: number, checked: boolean) {
    setAnswers((prev) => {
      const current = prev[q.id] ?? [];
      const next = q.kind === "single" ? [index] : checked ? [...current, index] : current.filter((i) => i !== index);
      return { ...prev, [q.id]: next };
    });
  }

  return (
    <form
      className="not-prose my-6 space-y-6"
      aria-label="Chapter quiz"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await submitQuiz(chapter, answers);
          if (result.ok) {
            setGrade(result.data);
            setFailure(null);
            await refresh();
          } else setFailure(result);
        });
      }}
    >
      {questions.map((q, n) => {
        const result = results.get(q.id);
        return (
          <fieldset key={q.id} className={cn("rounded-lg border bg-white p-4", result ? (result.correct ? "border-emerald-400" : "border-red-300") : "border-slate-200")}>
            <legend className="px-1 font-medium text-slate-900">
              {n + 1}. {q.prompt} <span className="text-sm font-normal text-slate-600">({q.kind === "single" ? "choose one" : "choose all that apply"})</span>
            </legend>
            <ul className="mt-2 space-y-2">
              {q.options.map((o) => {
                const explanation = result?.explanations[o.index];
                const id = `${q.id}-${o.index}`;
                return (
                  <li key={o.index}>
                    <div className="flex items-start gap-3">
                      <input
                        id={id}
                        type={q.kind === "single" ? "radio" : "checkbox"}
                        name={q.id}
                        disabled={Boolean(grade)}
                        checked={answers[q.id]?.includes(o.index) ?? false}
                        onChange={(e) => choose(q, o.index, e.target.checked)}
                        className="mt-1 h-4 w-4 accent-indigo-700"
                      />
                      <label htmlFor={id} className="text-slate-800">
                        {o.text}
                      </label>
                    </div>
                    {explanation && (
                      <p className={cn("ml-7 mt-1 text-sm", explanation.correct ? "text-emerald-800" : "text-slate-700")}>
                        <span className="font-semibold">{explanation.correct ? "Correct answer. " : "Not this one. "}</span>
                        {explanation.text}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
            {result && (
              <p className={cn("mt-3 text-sm font-semibold", result.correct ? "text-emerald-800" : "text-red-800")}>
                {result.correct ? "You got this one right." : "Not quite: see the explanations above."}
              </p>
            )}
          </fieldset>
        );
      })}
      {failure?.code === "UNAUTHORIZED" ? (
        <p role="alert" className="text-sm text-slate-800">
          <Link href={`/signin?callbackUrl=/learn/${chapter}`} className="font-medium text-indigo-800 underline">
            Sign in
          </Link>{" "}
          to check your answers and keep your score.
        </p>
      ) : (
        <ErrorMessage error={failure?.message} />
      )}
      {grade ? (
        <div role="status" className="flex flex-wrap items-center gap-4 rounded-lg bg-slate-100 p-4">
          <p className="font-semibold text-slate-900">
            Score: {grade.score} of {grade.total}
          </p>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setAnswers({});
              setGrade(null);
            }}
          >
            Try again
          </Button>
        </div>
      ) : (
        <div className="flex items-center gap-4">
          <Button type="submit" disabled={pending || unanswered > 0}>
            {pending ? "Checking…" : "Check answers"}
          </Button>
          {unanswered > 0 && <span className="text-sm text-slate-600">{unanswered} question{unanswered === 1 ? "" : "s"} left to answer</span>}
        </div>
      )}
    </form>
  );
}
