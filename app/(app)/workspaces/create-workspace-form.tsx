"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { disciplineOptions, type Discipline } from "~/components/vocabulary";

export function CreateWorkspaceForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.workspace.create.mutationOptions({ onSuccess: (ws) => router.push(`/w/${ws.slug}/projects`) }));
  const { formRef, errorFor, formError } = useFormErrors(create.error, { name: "Workspace name", discipline: "Your discipline" });
  return (
    <form
      ref={formRef}
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        create.mutate({ name: String(form.get("name")), discipline: form.get("discipline") as Discipline });
      }}
    >
      <TextField label="Workspace name" name="name" required minLength={2} maxLength={60} placeholder="e.g. Payments ML" error={errorFor("name")} />
      <SelectField label="Your discipline" name="discipline" options={disciplineOptions} defaultValue="OTHER" error={errorFor("discipline")} />
      <ErrorMessage error={formError} />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create workspace"}
      </Button>
    </form>
  );
}
