"use client";
// The chapter quiz. Questions arrive without answers; the server grades and explains.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";
import type { PublicQuestion } from "~/server/domain/quiz";

export function QuizForm({ chapter, questions }: { chapter: string; questions: PublicQuestion[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, number[]>>({});
  const submit = useMutation(
    trpc.learn.submitQuiz.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.learn.pathKey() }) }),
  );
  const grade = submit.data;
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
        submit.mutate({ chapter, answers });
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
      {submit.error?.data?.code === "UNAUTHORIZED" ? (
        <p role="alert" className="text-sm text-slate-800">
          <Link href={`/signin?callbackUrl=/learn/${chapter}`} className="font-medium text-indigo-800 underline">
            Sign in
          </Link>{" "}
          to check your answers and keep your score.
        </p>
      ) : (
        <ErrorMessage error={submit.error} />
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
              submit.reset();
            }}
          >
            Try again
          </Button>
        </div>
      ) : (
        <div className="flex items-center gap-4">
          <Button type="submit" disabled={submit.isPending || unanswered > 0}>
            {submit.isPending ? "Checking…" : "Check answers"}
          </Button>
          {unanswered > 0 && <span className="text-sm text-slate-600">{unanswered} question{unanswered === 1 ? "" : "s"} left to answer</span>}
        </div>
      )}
    </form>
  );
}
