"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { stageOptions } from "~/components/forms/options";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage, Notice } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { SelectField, TextField } from "~/components/ui/field";
import { PageHeader } from "~/components/ui/page-header";
import type { ProjectStage } from "~/server/domain/project";
import { StageBadge } from "../stage-badge";

export function ProjectEditor({ projectId, workspaceId, canManage }: { projectId: string; workspaceId: string; canManage: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const project = useQuery(trpc.project.get.queryOptions({ projectId }));
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.project.pathKey() });
  const update = useMutation(trpc.project.update.mutationOptions({ onSuccess: refresh }));
  const archive = useMutation(trpc.project.archive.mutationOptions({ onSuccess: refresh }));
  const restore = useMutation(trpc.project.restore.mutationOptions({ onSuccess: refresh }));

  if (!project.data) return <ErrorMessage error={project.error} />;
  const p = project.data;
  const archived = Boolean(p.archivedAt);

  return (
    <>
      <PageHeader
        title={p.name}
        description={archived ? "Archived: restore it to edit." : `Owned by ${p.owner.name}.`}
        actions={<StageBadge stage={p.stage} />}
      />
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <Card aria-labelledby="details-heading">
          <h2 id="details-heading" className="mb-3 text-lg font-semibold">
            Details
          </h2>
          {/* key: the form resets to the saved values whenever a new version arrives */}
          <form
            key={p.version}
            className="space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              const form = new FormData(e.currentTarget);
              update.mutate({
                projectId,
                version: p.version,
                name: String(form.get("name")),
                description: String(form.get("description")),
                stage: form.get("stage") as ProjectStage,
                ownerId: canManage ? String(form.get("ownerId")) : undefined,
              });
            }}
          >
            <fieldset disabled={archived} className="space-y-4">
              <TextField label="Project name" name="name" defaultValue={p.name} required minLength={2} maxLength={80} />
              <TextField label="Description" name="description" defaultValue={p.description} multiline maxLength={2000} />
              <SelectField label="Stage" name="stage" options={stageOptions} defaultValue={p.stage} />
              <SelectField
                label="Owner"
                name="ownerId"
                disabled={!canManage}
                defaultValue={p.owner.id}
                options={(members.data ?? [{ id: p.owner.id, name: p.owner.name }]).map((m) => ({ value: m.id, label: m.name }))}
              />
              <ErrorMessage error={update.error} />
              {update.isSuccess && !update.isPending && <Notice>Saved.</Notice>}
              <Button type="submit" disabled={update.isPending}>
                {update.isPending ? "Saving…" : "Save changes"}
              </Button>
            </fieldset>
          </form>
        </Card>
        <Card aria-labelledby="lifecycle-heading">
          <h2 id="lifecycle-heading" className="mb-2 text-lg font-semibold">
            {archived ? "Archived" : "Archive"}
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            {archived
              ? "Archived projects are hidden from the active list. Restore it to work on it again."
              : "Archiving hides the project from the active list; nothing is deleted."}
          </p>
          {!canManage && <p className="mb-3 text-sm text-slate-600">Only the project owner or a workspace admin can archive or restore it.</p>}
          <ErrorMessage error={archive.error ?? restore.error} className="mb-3" />
          {archived ? (
            <Button variant="secondary" disabled={!canManage || restore.isPending} onClick={() => restore.mutate({ projectId })}>
              Restore project
            </Button>
          ) : (
            <Button variant="danger" disabled={!canManage || archive.isPending} onClick={() => archive.mutate({ projectId })}>
              Archive project
            </Button>
          )}
        </Card>
      </div>
    </>
  );
}
