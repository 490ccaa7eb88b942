"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { disciplineOptions } from "~/components/forms/options";
import type { Discipline } from "~/server/domain/roles";

export function CreateWorkspaceForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.workspace.create.mutationOptions({ onSuccess: (ws) => router.push(`/w/${ws.slug}/projects`) }));
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        create.mutate({ name: String(form.get("name")), discipline: form.get("discipline") as Discipline });
      }}
    >
      <TextField label="Workspace name" name="name" required minLength={2} maxLength={60} placeholder="e.g. Payments ML" />
      <SelectField label="Your discipline" name="discipline" options={disciplineOptions} defaultValue="OTHER" />
      <ErrorMessage error={create.error} />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create workspace"}
      </Button>
    </form>
  );
}
