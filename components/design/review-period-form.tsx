"use client";
// The document's review period: after how many days a done section is flagged "review due".
// Shown to the project owner and workspace admins; the server refuses everyone else.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { REVIEW_PERIOD_RANGE } from "~/server/domain/design/section";

const RANGE_MESSAGE = `Review period must be a whole number of days from ${REVIEW_PERIOD_RANGE.min} to ${REVIEW_PERIOD_RANGE.max}.`;

export function ReviewPeriodForm({ projectId, days }: { projectId: string; days: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [value, setValue] = useState(String(days));
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.design.setReviewPeriod.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
      onError: (e) => setError(e.message),
    }),
  );
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < REVIEW_PERIOD_RANGE.min || n > REVIEW_PERIOD_RANGE.max) return setError(RANGE_MESSAGE);
    setError(undefined);
    save.mutate({ projectId, days: n });
  };
  return (
    <form onSubmit={submit} className="mt-6 flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="Review period">
      <TextField
        label="Review period (days)"
        hint={`A done section is flagged "review due" this long after its last review (${REVIEW_PERIOD_RANGE.min}–${REVIEW_PERIOD_RANGE.max} days).`}
        inputMode="numeric"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setSaved(false);
        }}
        error={error}
        className="w-full max-w-sm"
      />
      <Button type="submit" variant="secondary" disabled={save.isPending} className="sm:mt-6">
        Save period
      </Button>
      <p role="status" className="text-sm text-slate-700">
        {saved ? "Saved." : ""}
      </p>
    </form>
  );
}
