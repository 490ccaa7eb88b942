"use client";
// The project's details form. It remembers the version it was opened from, so a save never
// overwrites a change made meanwhile (in another tab or by a teammate). When that happens, the
// user's edit stays in the form, the current version is shown beside it, and they choose: apply
// their changes on top of the current version, or take the current version.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage, Notice } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { SelectField, TextField } from "~/components/ui/field";
import { PageHeader } from "~/components/ui/page-header";
import { stageOptions, type ProjectStage } from "~/components/vocabulary";
import type { AppRouter } from "~/server/api/root";
import { PROJECT_FIELD_LABELS } from "../create-project-form";
import { StageBadge } from "../stage-badge";
import { conflictOf } from "~/components/forms/stale-edit-panel";
import { ConflictPanel, type Draft } from "./stale-edit";

type Project = inferRouterOutputs<AppRouter>["project"]["get"];

export function ProjectEditor({ projectId, workspaceId, canManage }: { projectId: string; workspaceId: string; canManage: boolean }) {
  const trpc = useTRPC();
  const project = useQuery(trpc.project.get.queryOptions({ projectId }));
  if (!project.data) return <ErrorMessage error={project.error} />;
  return <ProjectForm key={project.data.id} initial={project.data} workspaceId={workspaceId} canManage={canManage} />;
}

function changesFrom(base: Project, draft: Draft): Draft {
  const changes: Draft = {};
  if (draft.name !== undefined && draft.name !== base.name) changes.name = draft.name;
  if (draft.description !== undefined && draft.description !== base.description) changes.description = draft.description;
  if (draft.stage !== undefined && draft.stage !== base.stage) changes.stage = draft.stage;
  if (draft.ownerId !== undefined && draft.ownerId !== base.owner.id) changes.ownerId = draft.ownerId;
  return changes;
}

function ProjectForm({ initial, workspaceId, canManage }: { initial: Project; workspaceId: string; canManage: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const live = useQuery(trpc.project.get.queryOptions({ projectId: initial.id })).data ?? initial;
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId }));
  // The version this form was opened from; it changes only when the user saves or takes theirs.
  const [base, setBase] = useState(initial);
  const [formKey, setFormKey] = useState(0);
  const [mine, setMine] = useState<Draft>({});
  const [noChanges, setNoChanges] = useState(false);
  const showSaved = (saved: Project) => {
    queryClient.setQueryData(trpc.project.get.queryKey({ projectId: saved.id }), saved);
    void queryClient.invalidateQueries({ queryKey: trpc.project.list.queryKey() });
    setBase(saved);
    setFormKey((k) => k + 1);
  };
  const update = useMutation(trpc.project.update.mutationOptions({ onSuccess: showSaved }));
  const archive = useMutation(trpc.project.archive.mutationOptions({ onSuccess: showSaved }));
  const restore = useMutation(trpc.project.restore.mutationOptions({ onSuccess: showSaved }));
  const conflict = conflictOf<Project>(update.error);
  const { formRef, errorFor, formError } = useFormErrors(conflict ? null : update.error, PROJECT_FIELD_LABELS);
  const p = base;
  const archived = Boolean(live.archivedAt);

  function save(changes: Draft, version: number) {
    setNoChanges(Object.keys(changes).length === 0);
    if (Object.keys(changes).length === 0) return;
    setMine(changes);
    update.mutate({ projectId: base.id, version, ...changes });
  }

  return (
    <>
      <PageHeader
        title={live.name}
        description={archived ? "Archived: restore it to edit." : `Owned by ${live.owner.name}.`}
        actions={<StageBadge stage={live.stage} />}
      />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Card aria-labelledby="details-heading" className="min-w-0">
          <h2 id="details-heading" className="mb-3 text-lg font-semibold">
            Details
          </h2>
          {conflict && (
            <ConflictPanel
              mine={mine}
              base={base}
              current={conflict.current}
              byYou={conflict.byYou}
              members={members.data ?? []}
              pending={update.isPending}
              onApplyMine={() => update.mutate({ projectId: base.id, version: conflict.current.version, ...mine })}
              onTakeTheirs={() => {
                update.reset();
                setMine({});
                showSaved(conflict.current);
              }}
            />
          )}
          <form
            key={formKey}
            ref={formRef}
            className="space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              const form = new FormData(e.currentTarget);
              const draft: Draft = {
                name: String(form.get("name")),
                description: String(form.get("description")),
                stage: form.get("stage") as ProjectStage,
                ownerId: canManage ? String(form.get("ownerId")) : undefined,
              };
              save(changesFrom(base, draft), base.version);
            }}
          >
            <fieldset disabled={archived} className="space-y-4">
              <TextField label={PROJECT_FIELD_LABELS.name} name="name" defaultValue={p.name} required minLength={2} maxLength={80} error={errorFor("name")} />
              <TextField
                label={PROJECT_FIELD_LABELS.description}
                name="description"
                defaultValue={p.description}
                multiline
                maxLength={2000}
                error={errorFor("description")}
              />
              <SelectField label={PROJECT_FIELD_LABELS.stage} name="stage" options={stageOptions} defaultValue={p.stage} error={errorFor("stage")} />
              <SelectField
                label={PROJECT_FIELD_LABELS.ownerId}
                name="ownerId"
                disabled={!canManage}
                defaultValue={p.owner.id}
                error={errorFor("ownerId")}
                options={(members.data ?? [{ id: p.owner.id, name: p.owner.name }]).map((m) => ({ value: m.id, label: m.name }))}
              />
              {!canManage && <p className="text-xs text-slate-600">Only the project owner or a workspace admin can hand the project to someone else.</p>}
              <ErrorMessage error={formError} />
              {noChanges && <Notice>Nothing to save: no field was changed.</Notice>}
              {update.isSuccess && !update.isPending && !noChanges && <Notice>Saved.</Notice>}
              <Button type="submit" disabled={update.isPending || Boolean(conflict)}>
                {update.isPending ? "Saving…" : "Save changes"}
              </Button>
            </fieldset>
          </form>
        </Card>
        <Card aria-labelledby="lifecycle-heading" className="min-w-0">
          <h2 id="lifecycle-heading" className="mb-2 text-lg font-semibold">
            {archived ? "Archived" : "Archive"}
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            {archived
              ? "Archived projects are hidden from the active list. Restore it to work on it again."
              : "Archiving hides the project from the active list; nothing is deleted."}
          </p>
          {canManage ? (
            <>
              <ErrorMessage error={archive.error ?? restore.error} className="mb-3" />
              {archived ? (
                <Button variant="secondary" disabled={restore.isPending} onClick={() => restore.mutate({ projectId: base.id })}>
                  Restore project
                </Button>
              ) : (
                <Button variant="danger" disabled={archive.isPending} onClick={() => archive.mutate({ projectId: base.id })}>
                  Archive project
                </Button>
              )}
            </>
          ) : (
            <p className="text-sm text-slate-600">Only the project owner or a workspace admin can archive or restore it.</p>
          )}
        </Card>
      </div>
    </>
  );
}
