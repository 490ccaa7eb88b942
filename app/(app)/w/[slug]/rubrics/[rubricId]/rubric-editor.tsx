"use client";
// A simple editor for a workspace rubric: reword an item, retire or restore it, add one to a group
// (with the plan step and chapter it belongs to, or an ML test's lever). Each action saves at once as
// the next version, based on the version shown; a save that lost a race keeps the admin's change and
// offers to apply it on the version saved meanwhile.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { isStaleEdit, StaleEditPanel } from "~/components/forms/stale-edit-panel";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { SelectField, TextField } from "~/components/ui/field";
import { PageHeader } from "~/components/ui/page-header";
import type { AppRouter } from "~/server/api/root";
import { editRows, groupsOf, type Group } from "./rubric-edit-rows";

type Rubric = inferRouterOutputs<AppRouter>["assess"]["getRubric"];
type Edit = inferRouterInputs<AppRouter>["assess"]["editRubric"]["edits"][number];

const LEVELS = [0, 1, 2, 3, 4] as const;
const ADD_LABELS = {
  text: "New item",
  level0: "Level 0 anchor",
  level1: "Level 1 anchor",
  level2: "Level 2 anchor",
  level3: "Level 3 anchor",
  level4: "Level 4 anchor",
  planStep: "Plan step",
  chapter: "Chapter",
  leverId: "Lever",
};
const REWORD_LABELS = { text: "Item" };

/**
 * The server names an edit's field as "edits.0.chapter: …" (or "edits.0.levels.2: …" for one anchor,
 * several joined by "; "); a form holds one edit, so the errors are re-stated against its own fields.
 */
function errorOfOneEdit(error: unknown): unknown {
  if (!error || isStaleEdit(error)) return null;
  const message = error instanceof Error ? error.message : String(error);
  const fieldErrors: Record<string, string[]> = {};
  for (const part of message.split("; ")) {
    const match = /^edits\.\d+\.(\w+)(?:\.(\d+))?: (.+)$/.exec(part);
    if (match) fieldErrors[match[1] === "levels" ? `level${match[2] ?? 0}` : match[1]!] ??= [match[3]!];
  }
  return Object.assign(new Error(message.replace(/^edits\.\d+: /, "")), { data: { fieldErrors } });
}

export function RubricEditor({ workspaceId, rubricId, canEdit }: { workspaceId: string; rubricId: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rubric = useQuery(trpc.assess.getRubric.queryOptions({ workspaceId, rubricId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.assess.pathKey() });
  const edit = useMutation(
    trpc.assess.editRubric.mutationOptions({
      onSuccess: () => {
        setMine(null);
        return refresh();
      },
      // A stale save: fetch the version saved meanwhile, to compare against and apply on.
      onError: (error) => (isStaleEdit(error) ? refresh() : undefined),
    }),
  );
  // The change being saved and the form it came from (its errors show there).
  const [mine, setMine] = useState<{ edits: Edit[]; base: Rubric } | null>(null);
  const [activeForm, setActiveForm] = useState<string | null>(null);
  if (!rubric.data) return <ErrorMessage error={rubric.error} />;
  const r = rubric.data;
  const groups = groupsOf(r);
  const save = (form: string, edits: Edit[]) => {
    setActiveForm(form);
    setMine({ edits, base: r });
    edit.mutate({ workspaceId, rubricId, baseVersion: r.latestVersion, edits });
  };
  const stale = isStaleEdit(edit.error) && mine;
  const errorFor = (form: string) => (activeForm === form ? errorOfOneEdit(edit.error) : null);
  return (
    <>
      <PageHeader title={r.name} description={`Version ${r.latestVersion}, copied from the template "${r.templateId}". Retired items stay in past rounds but are not asked again.`} />
      {stale && (
        <StaleEditPanel
          thing="rubric"
          byYou={null}
          rows={editRows(mine.edits, mine.base, r)}
          pending={edit.isPending || r.latestVersion === mine.base.latestVersion}
          onApplyMine={() => edit.mutate({ workspaceId, rubricId, baseVersion: r.latestVersion, edits: mine.edits })}
          onTakeTheirs={() => {
            edit.reset();
            setMine(null);
          }}
        />
      )}
      <fieldset disabled={!canEdit || edit.isPending || Boolean(stale)} className="space-y-6">
        {groups.map((g) => (
          <Card key={g.id} aria-labelledby={`edit-${g.id}`} className="space-y-4">
            <h2 id={`edit-${g.id}`} className="text-lg font-semibold">
              {g.name}
            </h2>
            {g.items.map((item) => (
              <RewordForm
                key={`${item.id}-${r.latestVersion}`}
                item={item}
                error={errorFor(item.id)}
                onSave={(text) => save(item.id, [{ op: "reword", itemId: item.id, text }])}
                onToggle={() => save(item.id, [{ op: item.retired ? "restore" : "retire", itemId: item.id }])}
              />
            ))}
            <AddForm key={`add-${g.id}-${r.latestVersion}`} group={g} rubric={r} error={errorFor(`add-${g.id}`)} onSave={(e) => save(`add-${g.id}`, [e])} />
          </Card>
        ))}
      </fieldset>
    </>
  );
}

function RewordForm(props: { item: Group["items"][number]; error: unknown; onSave: (text: string) => void; onToggle: () => void }) {
  const { item } = props;
  const { formRef, errorFor, formError } = useFormErrors(props.error, REWORD_LABELS);
  return (
    <form
      ref={formRef}
      className="space-y-1"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(String(new FormData(e.currentTarget).get("text")));
      }}
    >
      <div className="flex flex-wrap items-end gap-2">
        <TextField
          label={item.retired ? "Retired item" : REWORD_LABELS.text}
          name="text"
          defaultValue={item.text}
          minLength={10}
          maxLength={300}
          error={errorFor("text")}
          className={`min-w-0 flex-1 ${item.retired ? "opacity-70" : ""}`}
        />
        <Button type="submit" variant="secondary">
          Save wording
        </Button>
        <Button type="button" variant={item.retired ? "secondary" : "danger"} onClick={props.onToggle}>
          {item.retired ? "Restore" : "Retire"}
        </Button>
      </div>
      <ErrorMessage error={formError} />
    </form>
  );
}

function AddForm({ group, rubric, error, onSave }: { group: Group; rubric: Rubric; error: unknown; onSave: (edit: Edit) => void }) {
  const { formRef, errorFor, formError } = useFormErrors(error, ADD_LABELS);
  const anchored = rubric.content.kind === "levels";
  const { planSteps, chapters, levers } = rubric.choices;
  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-2 border-t border-slate-100 pt-3"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const text = String(form.get("text"));
        const chapter = String(form.get("chapter"));
        onSave(
          anchored
            ? { op: "add", groupId: group.id, text, chapter, levels: LEVELS.map((l) => String(form.get(`level${l}`))), planStep: Number(form.get("planStep")) }
            : { op: "add", groupId: group.id, text, chapter, leverId: String(form.get("leverId")) },
        );
      }}
    >
      <TextField label={`${ADD_LABELS.text} for ${group.name}`} name="text" required minLength={10} maxLength={300} error={errorFor("text")} />
      {anchored && (
        <div className="grid gap-2 sm:grid-cols-5">
          {LEVELS.map((l) => (
            <TextField key={l} label={ADD_LABELS[`level${l}`]} name={`level${l}`} required minLength={10} maxLength={300} error={errorFor(`level${l}`)} />
          ))}
        </div>
      )}
      <div className="grid gap-2 sm:grid-cols-2">
        {anchored ? (
          <SelectField
            label={ADD_LABELS.planStep}
            name="planStep"
            error={errorFor("planStep")}
            options={planSteps.map((s) => ({ value: String(s.n), label: `${s.n}. ${s.title}` }))}
          />
        ) : (
          <SelectField label={ADD_LABELS.leverId} name="leverId" error={errorFor("leverId")} options={levers.map((l) => ({ value: l.id, label: l.name }))} />
        )}
        <SelectField label={ADD_LABELS.chapter} name="chapter" error={errorFor("chapter")} options={chapters.map((c) => ({ value: c.id, label: c.title }))} />
      </div>
      <ErrorMessage error={formError} />
      <Button type="submit" variant="secondary">
        Add item
      </Button>
    </form>
  );
}
