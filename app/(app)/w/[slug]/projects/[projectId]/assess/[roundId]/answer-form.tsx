"use client";
// Answering a round: every item with its anchored levels as a labelled radio group, "don't know",
// an optional note and evidence (a design-document step or a link). Drafts save only what changed.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { DIRECTION_NOTE, PARTICIPANT_STATUS_LABELS } from "~/components/assess/labels";
import type { AssessOutputs } from "~/components/assess/types";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage, Notice } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";

type View = AssessOutputs["getRound"];
interface Draft {
  level: number | null;
  dontKnow: boolean;
  note: string;
  evidenceStep: number | null;
  evidenceUrl: string | null;
}

export function AnswerForm({ view }: { view: View }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const roundId = view.round.id;
  const { questions } = view.rubric;
  const initial = useMemo(
    () => new Map<string, Draft>((view.me?.answers ?? []).map((a) => [a.itemId, { level: a.level, dontKnow: a.dontKnow, note: a.note, evidenceStep: a.evidenceStep, evidenceUrl: a.evidenceUrl }])),
    [view.me?.answers],
  );
  const [drafts, setDrafts] = useState(initial);
  const [dirty, setDirty] = useState<Set<string>>(new Set());
  const save = useMutation(
    trpc.assess.saveAnswers.mutationOptions({
      onSuccess: () => {
        setDirty(new Set());
        return queryClient.invalidateQueries({ queryKey: trpc.assess.pathKey() });
      },
    }),
  );
  const update = (itemId: string, change: Partial<Draft>) => {
    const current = drafts.get(itemId) ?? { level: null, dontKnow: false, note: "", evidenceStep: null, evidenceUrl: null };
    setDrafts(new Map(drafts).set(itemId, { ...current, ...change }));
    setDirty(new Set(dirty).add(itemId));
  };
  const isAnswered = (d: Draft | undefined) => Boolean(d && (d.dontKnow || d.level !== null));
  const answered = questions.filter((q) => isAnswered(drafts.get(q.id))).length;
  const send = (submit: boolean) =>
    save.mutate({
      roundId,
      submit,
      answers: [...dirty].flatMap((itemId) => {
        const d = drafts.get(itemId);
        return d && isAnswered(d) ? [{ itemId, ...d, evidenceUrl: d.evidenceUrl?.trim() || null }] : [];
      }),
    });
  const groups = [...new Set(questions.map((q) => q.groupId))];
  const status = view.me?.status ?? "INVITED";

  return (
    <form
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        send(true);
      }}
    >
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white/95 p-3 shadow-sm">
        <div className="min-w-40 flex-1">
          <p className="text-sm font-medium" id="progress-label">
            {answered} of {questions.length} answered · {PARTICIPANT_STATUS_LABELS[status]}
          </p>
          <progress className="h-2 w-full" max={questions.length} value={answered} aria-labelledby="progress-label" />
        </div>
        <div className="flex gap-2">
          <Button type="button" variant="secondary" disabled={save.isPending || dirty.size === 0} onClick={() => send(false)}>
            Save draft
          </Button>
          <Button type="submit" disabled={save.isPending || answered < questions.length}>
            {status === "SUBMITTED" ? "Submit changes" : "Submit"}
          </Button>
        </div>
      </div>
      <ErrorMessage error={save.error} />
      {save.isSuccess && !save.isPending && dirty.size === 0 && (
        <Notice>{save.data.status === "SUBMITTED" ? "Submitted. You can change your answers until the round closes." : "Draft saved."}</Notice>
      )}
      <p className="text-sm text-slate-700">Nobody sees your answers while the round is open. Pick the level that describes what happens today, not what is planned.</p>
      {groups.map((groupId) => {
        const meta = view.rubric.groups.find((g) => g.id === groupId);
        return (
          <Card key={groupId} aria-labelledby={`group-${groupId}`} className="space-y-5">
            <h2 id={`group-${groupId}`} className="text-lg font-semibold">
              {view.labels.groupNames[groupId] ?? groupId}
              {meta?.direction === "higher_is_worse" && <span className="ml-2 text-sm font-normal text-red-800">{DIRECTION_NOTE.higher_is_worse}</span>}
            </h2>
            {questions
              .filter((q) => q.groupId === groupId)
              .map((q) => (
                <ItemQuestion
                  key={q.id}
                  question={q}
                  draft={drafts.get(q.id)}
                  levelNames={meta?.levelNames ?? null}
                  lessonHref={view.labels.lessonHrefs[q.id]}
                  planSteps={view.labels.planSteps}
                  notApplicable={view.notApplicable.includes(q.id)}
                  onChange={(change) => update(q.id, change)}
                />
              ))}
          </Card>
        );
      })}
    </form>
  );
}

function ItemQuestion({
  question,
  draft,
  levelNames,
  lessonHref,
  planSteps,
  notApplicable,
  onChange,
}: {
  question: View["rubric"]["questions"][number];
  draft: Draft | undefined;
  levelNames: string[] | null;
  lessonHref: string | undefined;
  planSteps: { n: number; title: string }[];
  notApplicable: boolean;
  onChange: (change: Partial<Draft>) => void;
}) {
  const name = `item-${question.id}`;
  return (
    <fieldset className="space-y-2 border-t border-slate-100 pt-4 first-of-type:border-0 first-of-type:pt-0">
      <legend className="font-medium break-words text-slate-900">{question.text}</legend>
      <p className="text-xs text-slate-600">
        {notApplicable && <strong className="mr-2 text-amber-800">Marked not applicable for this project: it will not count.</strong>}
        {lessonHref && (
          <a href={lessonHref} className="text-indigo-700 underline">
            What the lesson says
          </a>
        )}
      </p>
      <div className="space-y-1">
        {question.levels.map((anchor, level) => (
          <label key={level} className="flex items-start gap-2 rounded-md p-1 text-sm hover:bg-slate-50">
            <input
              type="radio"
              name={name}
              value={level}
              className="mt-1"
              checked={draft?.level === level && !draft.dontKnow}
              onChange={() => onChange({ level, dontKnow: false })}
            />
            <span className="break-words">
              <strong className="font-semibold">
                {question.maxLevel === 2 ? ["0", "½", "1"][level] : level}
                {levelNames?.[level] ? ` · ${levelNames[level]}` : ""}
              </strong>
              {question.maxLevel === 2 ? ` · ${anchor}` : `: ${anchor}`}
            </span>
          </label>
        ))}
        <label className="flex items-start gap-2 rounded-md p-1 text-sm hover:bg-slate-50">
          <input type="radio" name={name} value="dont-know" className="mt-1" checked={Boolean(draft?.dontKnow)} onChange={() => onChange({ level: null, dontKnow: true })} />
          <span>Don&apos;t know (counted, but left out of the score)</span>
        </label>
      </div>
      <details className="text-sm" open={Boolean(draft?.note || draft?.evidenceStep || draft?.evidenceUrl)}>
        <summary className="cursor-pointer text-indigo-700">Note and evidence</summary>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <label className="block sm:col-span-2">
            <span className="block font-medium text-slate-800">Note</span>
            <textarea
              className="block w-full rounded-md border border-slate-300 px-3 py-2"
              rows={2}
              maxLength={2000}
              value={draft?.note ?? ""}
              onChange={(e) => onChange({ note: e.target.value })}
            />
          </label>
          <label className="block">
            <span className="block font-medium text-slate-800">Evidence: design-document step</span>
            <select
              className="block w-full rounded-md border border-slate-300 px-3 py-2"
              value={draft?.evidenceStep ?? ""}
              onChange={(e) => onChange({ evidenceStep: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">None</option>
              {planSteps.map((s) => (
                <option key={s.n} value={s.n}>
                  {s.n}. {s.title}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="block font-medium text-slate-800">Evidence: link</span>
            <input
              type="url"
              className="block w-full rounded-md border border-slate-300 px-3 py-2"
              maxLength={500}
              placeholder="https://…"
              value={draft?.evidenceUrl ?? ""}
              onChange={(e) => onChange({ evidenceUrl: e.target.value || null })}
            />
          </label>
        </div>
      </details>
    </fieldset>
  );
}
