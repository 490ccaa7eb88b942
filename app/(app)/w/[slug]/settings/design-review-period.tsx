"use client";
// Admins set how long a done design-document section stays current before it is flagged "review
// due". Saving applies the period to every design document in the workspace; the sentence after
// saving says how many documents that was.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage, Notice } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { TextField } from "~/components/ui/field";

export function DesignReviewPeriod({ workspaceId, days }: { workspaceId: string; days: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.workspace.setDesignReviewPeriod.mutationOptions({ onSuccess: () => router.refresh() }));
  const { formRef, errorFor, formError } = useFormErrors(save.error, { days: "Review period" });
  return (
    <Card aria-labelledby="review-period-heading">
      <h2 id="review-period-heading" className="mb-1 text-lg font-semibold">
        Design document reviews
      </h2>
      <p className="mb-3 max-w-2xl text-sm text-slate-700">
        A section marked done is flagged &ldquo;review due&rdquo; when its project changes stage, or when this many days have passed since it was last
        reviewed. Saving applies the period to every project&apos;s design document; a project owner can still set a different one for their document.
      </p>
      <form
        ref={formRef}
        className="flex flex-wrap items-start gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ workspaceId, days: Number(new FormData(e.currentTarget).get("days")) });
        }}
      >
        <TextField
          label="Review period (days)"
          hint="From 7 to 730 days."
          name="days"
          type="number"
          inputMode="numeric"
          defaultValue={days}
          required
          min={7}
          max={730}
          step={1}
          error={errorFor("days")}
          className="w-48"
        />
        <Button type="submit" variant="secondary" disabled={save.isPending} className="sm:mt-6">
          Save period
        </Button>
      </form>
      <ErrorMessage error={formError} className="mt-3" />
      {save.data && (
        <Notice className="mt-3">
          Saved: {save.data.designReviewDays} days, now used by {save.data.documentsUpdated} design document{save.data.documentsUpdated === 1 ? "" : "s"}.
        </Notice>
      )}
    </Card>
  );
}
