"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { stageOptions } from "~/components/forms/options";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { SelectField, TextField } from "~/components/ui/field";
import type { ProjectStage } from "~/server/domain/project";

export function CreateProjectForm({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.project.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.project.list.queryKey() }),
    }),
  );
  return (
    <Card aria-labelledby="new-project-heading" className="self-start">
      <h2 id="new-project-heading" className="mb-3 text-lg font-semibold">
        New project
      </h2>
      <form
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
        <TextField label="Project name" name="name" required minLength={2} maxLength={80} />
        <TextField label="Description" name="description" multiline maxLength={2000} hint="What it predicts, for whom, and why it matters." />
        <SelectField label="Stage" name="stage" options={stageOptions} defaultValue="IDEA" />
        <ErrorMessage error={create.error} />
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create project"}
        </Button>
      </form>
    </Card>
  );
}
