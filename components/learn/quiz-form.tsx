"use client";
// The chapter quiz. Questions arrive without answers. A signed-in reader gets their attempt's
// option order from the server (the static page carries one fixed order for everyone else);
// answers are sent as option ids, and the server grades and explains.
import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { getQuiz, submitQuiz } from "~/server/actions/learn";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";
import type { PublicQuestion, QuestionResult, QuizGrade } from "~/server/domain/quiz";
import { MarkCompleteButton } from "./lesson-progress";
import { useMyProgress } from "./use-my-progress";

export function QuizForm({ chapter, questions: staticQuestions }: { chapter: string; questions: PublicQuestion[] }) {
  const { refresh } = useMyProgress();
  const [questions, setQuestions] = useState(staticQuestions);
  const [attempt, setAttempt] = useState<number | null>(null);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [grade, setGrade] = useState<QuizGrade | null>(null);
  const [failure, setFailure] = useState<{ code: string; message: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const resultRef = useRef<HTMLDivElement>(null);
  const results = new Map(grade?.results.map((r) => [r.id, r]));
  const unanswered = questions.filter((q) => !answers[q.id]?.length).length;

  const loadAttempt = useCallback(async () => {
    const r = await getQuiz(chapter);
    if (r.ok) {
      setQuestions(r.data.questions);
      setAttempt(r.data.attempt);
    }
  }, [chapter]);

  useEffect(() => {
    void loadAttempt();
  }, [loadAttempt]);

  useEffect(() => {
    if (grade) resultRef.current?.focus();
  }, [grade]);

  function choose(q: PublicQuestion, optionId: string, checked: boolean) {
    setAnswers((prev) => {
      const current = prev[q.id] ?? [];
      const next = q.kind === "single" ? [optionId] : checked ? [...current, optionId] : current.filter((id) => id !== optionId);
      return { ...prev, [q.id]: next };
    });
  }

  return (
    <form
      className="not-prose my-6 space-y-6"
      aria-label="Chapter quiz"
      data-attempt={attempt ?? undefined}
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
      {questions.map((q, n) => (
        <QuestionField
          key={q.id}
          n={n + 1}
          question={q}
          result={results.get(q.id)}
          chosen={answers[q.id] ?? []}
          locked={Boolean(grade)}
          onChoose={(optionId, checked) => choose(q, optionId, checked)}
        />
      ))}
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
      {/* Announced when grading arrives; focus moves to the summary below it. */}
      <p role="status" aria-live="polite" className="sr-only">
        {grade ? `Quiz checked. Score: ${grade.score} of ${grade.total}. ${grade.total - grade.score} to review.` : ""}
      </p>
      {grade ? (
        <div
          ref={resultRef}
          tabIndex={-1}
          aria-labelledby="quiz-result-heading"
          className="flex flex-wrap items-center gap-4 rounded-lg bg-slate-100 p-4 outline-none focus-visible:ring-2 focus-visible:ring-indigo-700"
          data-testid="quiz-result"
        >
          <h3 id="quiz-result-heading" className="w-full text-base font-semibold text-slate-900">
            Score: {grade.score} of {grade.total}
          </h3>
          <p className="w-full text-sm text-slate-700">
            {grade.score === grade.total
              ? "Every answer right."
              : `${grade.total - grade.score} question${grade.total - grade.score === 1 ? "" : "s"} to review: each option you chose is marked above, with why.`}
          </p>
          <MarkCompleteButton chapter={chapter} onlyWhenIncomplete />
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setAnswers({});
              setGrade(null);
              void loadAttempt();
            }}
          >
            Try again
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={pending || unanswered > 0}>
            {pending ? "Checking…" : "Check answers"}
          </Button>
          {unanswered > 0 && (
            <span className="text-sm text-slate-600">
              {unanswered} question{unanswered === 1 ? "" : "s"} left to answer
            </span>
          )}
        </div>
      )}
    </form>
  );
}

function QuestionField({
  n,
  question: q,
  result,
  chosen,
  locked,
  onChoose,
}: {
  n: number;
  question: PublicQuestion;
  result: QuestionResult | undefined;
  chosen: string[];
  locked: boolean;
  onChoose: (optionId: string, checked: boolean) => void;
}) {
  const explanations = new Map(result?.explanations.map((e) => [e.id, e]));
  return (
    <fieldset className={cn("min-w-0 rounded-lg border bg-white p-4", result ? (result.correct ? "border-emerald-400" : "border-red-300") : "border-slate-200")}>
      {/* Floated, the legend sits inside the card like a heading instead of on its top border,
          where a question long enough to wrap would straddle the line. */}
      <legend className="float-left w-full break-words font-medium text-slate-900">
        {n}. {q.prompt} <span className="text-sm font-normal text-slate-600">({q.kind === "single" ? "choose one" : "choose all that apply"})</span>
        {result && <span className="sr-only">{result.correct ? " Answered correctly." : " Answered incorrectly."}</span>}
      </legend>
      <ul className="clear-left space-y-2 pt-2">
        {q.options.map((o) => {
          const explanation = explanations.get(o.id);
          const picked = chosen.includes(o.id);
          const id = `${q.id}-${o.id}`;
          return (
            <li key={o.id} className={cn(explanation && picked && "rounded-md", explanation && picked && (explanation.correct ? "bg-emerald-50" : "bg-red-50"))}>
              <div className="flex items-start gap-3">
                <input
                  id={id}
                  type={q.kind === "single" ? "radio" : "checkbox"}
                  name={q.id}
                  value={o.id}
                  disabled={locked}
                  checked={picked}
                  onChange={(e) => onChoose(o.id, e.target.checked)}
                  className="mt-1 h-4 w-4 shrink-0 accent-indigo-700"
                />
                <label htmlFor={id} className="break-words text-slate-800">
                  {o.text}
                </label>
              </div>
              {explanation && <OptionFeedback picked={picked} correct={explanation.correct} text={explanation.text} />}
            </li>
          );
        })}
      </ul>
      {result && (
        <p className={cn("mt-3 text-sm font-semibold", result.correct ? "text-emerald-800" : "text-red-800")}>
          {result.correct ? "You got this one right." : "Not quite: see the marks and explanations above."}
        </p>
      )}
    </fieldset>
  );
}

/** What grading says about one option: whether the reader chose it, and whether that was right. */
function OptionFeedback({ picked, correct, text }: { picked: boolean; correct: boolean; text: string }) {
  const verdict = picked ? (correct ? "✓ Your answer, correct." : "✗ Your answer, not correct.") : correct ? "Correct answer, which you did not choose." : "Not this one.";
  const tone = picked ? (correct ? "text-emerald-900" : "text-red-900") : correct ? "text-emerald-800" : "text-slate-700";
  return (
    <p className={cn("ml-7 mt-1 break-words text-sm", tone)}>
      <span className="font-semibold">{verdict} </span>
      {text}
    </p>
  );
}
