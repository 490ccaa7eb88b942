"use client";
// Review comments on a section: threads with one level of replies, resolved or reopened as a whole.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { LIMITS } from "~/server/domain/design/fields";
import type { StepNumber } from "~/server/domain/design/steps";
import type { CommentThread } from "./types";

function CommentForm({ label, onSubmit, pending }: { label: string; onSubmit: (body: string) => Promise<unknown>; pending: boolean }) {
  const [body, setBody] = useState("");
  return (
    <form
      className="space-y-1"
      onSubmit={(e) => {
        e.preventDefault();
        if (body.trim()) void onSubmit(body).then(() => setBody(""));
      }}
    >
      <label className="block text-xs font-medium text-slate-800">
        {label}
        <textarea rows={2} maxLength={LIMITS.comment} value={body} onChange={(e) => setBody(e.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm" />
      </label>
      <Button type="submit" variant="secondary" disabled={pending || !body.trim()}>
        {label}
      </Button>
    </form>
  );
}

const when = (d: Date | string) => new Date(d).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function CommentsPanel({ projectId, step, threads, readOnly }: { projectId: string; step: StepNumber; threads: CommentThread[]; readOnly: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.design.getSection.queryKey({ projectId, step }) });
  const add = useMutation(trpc.design.addComment.mutationOptions({ onSuccess: refresh }));
  const resolve = useMutation(trpc.design.resolveComment.mutationOptions({ onSuccess: refresh }));
  const open = threads.filter((t) => !t.resolvedAt).length;

  return (
    <section aria-labelledby="comments-heading" className="space-y-3">
      <h2 id="comments-heading" className="text-base font-semibold">
        Review comments <span className="text-sm font-normal text-slate-600">({open} open)</span>
      </h2>
      <ErrorMessage error={add.error ?? resolve.error} />
      <ul className="space-y-3">
        {threads.map((t) => (
          <li key={t.id} className={`rounded-md border p-3 text-sm ${t.resolvedAt ? "border-slate-200 bg-slate-50" : "border-amber-300 bg-white"}`}>
            {[t, ...t.replies].map((c) => (
              <div key={c.id} className={c.id === t.id ? "" : "mt-2 border-l-2 border-slate-200 pl-3"}>
                <p className="text-xs text-slate-600">
                  {c.author?.name ?? "A former member"} · {when(c.createdAt)}
                </p>
                <p className="whitespace-pre-wrap break-words text-slate-900">{c.body}</p>
              </div>
            ))}
            {t.resolvedAt && <p className="mt-2 text-xs text-slate-600">Resolved by {t.resolvedBy?.name ?? "a former member"}.</p>}
            {!readOnly && (
              <div className="mt-2 space-y-2">
                <Button type="button" variant="ghost" onClick={() => resolve.mutate({ projectId, commentId: t.id, resolved: !t.resolvedAt })}>
                  {t.resolvedAt ? "Reopen thread" : "Resolve thread"}
                </Button>
                {!t.resolvedAt && <CommentForm label="Reply" pending={add.isPending} onSubmit={(body) => add.mutateAsync({ projectId, step, body, parentId: t.id })} />}
              </div>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && <CommentForm label="Add comment" pending={add.isPending} onSubmit={(body) => add.mutateAsync({ projectId, step, body })} />}
      <p className="text-xs text-slate-600">
        At most {LIMITS.comment.toLocaleString("en")} characters per comment. A section with open threads can be marked done only by its owner.
      </p>
    </section>
  );
}
