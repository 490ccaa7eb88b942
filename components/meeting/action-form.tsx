"use client";
// Records an action in the meeting: anyone may, at any slide. It reaches every screen through the
// live feed, this one included, so the form only clears itself and says it was recorded.
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import type { MeetingView } from "~/server/services/meeting/get-meeting";

const LABELS = { title: "Action", leverId: "Lever", ownerId: "Owner", dueDate: "Due date", lessonSlug: "Lesson for the owner" } as const;
const DEFAULT_DAYS = 14;

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function ActionForm({ meeting }: { meeting: Pick<MeetingView, "id" | "members" | "levers" | "lessons" | "facilitator"> }) {
  const trpc = useTRPC();
  const headingId = useId();
  const [title, setTitle] = useState("");
  const [leverId, setLeverId] = useState(meeting.levers[0]?.id ?? "");
  const [ownerId, setOwnerId] = useState(meeting.facilitator.id);
  const [dueDate, setDueDate] = useState(() => inDays(DEFAULT_DAYS));
  const [lessonSlug, setLessonSlug] = useState("");
  const [recorded, setRecorded] = useState<string | null>(null);
  const create = useMutation(
    trpc.meeting.createAction.mutationOptions({
      onSuccess: (action) => {
        setRecorded(action.title);
        setTitle("");
      },
    }),
  );
  const { formRef, errorFor, formError } = useFormErrors(create.error, LABELS);

  return (
    <form
      ref={formRef}
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        setRecorded(null);
        create.mutate({ meetingId: meeting.id, title, leverId: leverId as never, ownerId, dueDate, lessonSlug: lessonSlug || null });
      }}
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        Record an action
      </h2>
      <TextField label={LABELS.title} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={160} error={errorFor("title")} hint="What will be done, in a few words." />
      <SelectField label={LABELS.leverId} value={leverId} onChange={(e) => setLeverId(e.target.value)} options={meeting.levers.map((l) => ({ value: l.id, label: l.name }))} error={errorFor("leverId")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label={LABELS.ownerId} value={ownerId} onChange={(e) => setOwnerId(e.target.value)} options={meeting.members.map((m) => ({ value: m.id, label: m.name }))} error={errorFor("ownerId")} />
        <TextField label={LABELS.dueDate} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} required error={errorFor("dueDate")} />
      </div>
      <SelectField
        label={LABELS.lessonSlug}
        value={lessonSlug}
        onChange={(e) => setLessonSlug(e.target.value)}
        options={[{ value: "", label: "None" }, ...meeting.lessons.map((c) => ({ value: c.slug, label: `Chapter ${c.number}: ${c.title} (${c.book})` }))]}
        error={errorFor("lessonSlug")}
      />
      <ErrorMessage error={formError} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Recording…" : "Record action"}
        </Button>
        <p role="status" className="text-sm text-emerald-800">
          {recorded ? `Recorded: ${recorded}` : ""}
        </p>
      </div>
    </form>
  );
}
