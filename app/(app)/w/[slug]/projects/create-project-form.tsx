"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { SelectField, TextField } from "~/components/ui/field";
import { stageOptions, type ProjectStage } from "~/components/vocabulary";

export const PROJECT_FIELD_LABELS = { name: "Project name", description: "Description", stage: "Stage", ownerId: "Owner" };

export function CreateProjectForm({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.project.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.project.list.queryKey() }),
    }),
  );
  const { formRef, errorFor, formError } = useFormErrors(create.error, PROJECT_FIELD_LABELS);
  return (
    <Card aria-labelledby="new-project-heading" className="min-w-0 self-start">
      <h2 id="new-project-heading" className="mb-3 text-lg font-semibold">
        New project
      </h2>
      <form
        ref={formRef}
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          const formEl = e.currentTarget;
          const form = new FormData(formEl);
          create.mutate(
            {
              workspaceId,
              name: String(form.get("name")),
              description: String(form.get("description")),
              stage: form.get("stage") as ProjectStage,
            },
            { onSuccess: () => formEl.reset() },
          );
        }}
      >
        <TextField label={PROJECT_FIELD_LABELS.name} name="name" required minLength={2} maxLength={80} error={errorFor("name")} />
        <TextField
          label={PROJECT_FIELD_LABELS.description}
          name="description"
          multiline
          maxLength={2000}
          hint="What it predicts, for whom, and why it matters."
          error={errorFor("description")}
        />
        <SelectField label={PROJECT_FIELD_LABELS.stage} name="stage" options={stageOptions} defaultValue="IDEA" error={errorFor("stage")} />
        <ErrorMessage error={formError} />
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create project"}
        </Button>
      </form>
    </Card>
  );
}
