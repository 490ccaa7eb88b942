"use client";
// A simple editor for a workspace rubric: reword an item, retire or restore it, add one to a group.
// Each action saves at once as the next version, based on the version shown.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { TextField } from "~/components/ui/field";
import { PageHeader } from "~/components/ui/page-header";

interface EditableItem {
  id: string;
  text: string;
  retired?: boolean;
}

export function RubricEditor({ workspaceId, rubricId, canEdit }: { workspaceId: string; rubricId: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rubric = useQuery(trpc.assess.getRubric.queryOptions({ workspaceId, rubricId }));
  const edit = useMutation(trpc.assess.editRubric.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.assess.pathKey() }) }));
  if (!rubric.data) return <ErrorMessage error={rubric.error} />;
  const r = rubric.data;
  const groups: { id: string; name: string; items: EditableItem[] }[] =
    r.content.kind === "levels"
      ? r.content.groups.map((g) => ({ id: g.nodeId, name: r.groupNames[g.nodeId] ?? g.nodeId, items: g.items }))
      : r.content.sections.map((s) => ({ id: s.id, name: s.name, items: s.tests }));
  const save = (edits: Parameters<typeof edit.mutate>[0]["edits"]) => edit.mutate({ workspaceId, rubricId, baseVersion: r.latestVersion, edits });
  const anchorsNeeded = r.content.kind === "levels";
  return (
    <>
      <PageHeader title={r.name} description={`Version ${r.latestVersion}, copied from the template "${r.templateId}". Retired items stay in past rounds but are not asked again.`} />
      <ErrorMessage error={edit.error} className="mb-4" />
      <fieldset disabled={!canEdit || edit.isPending} className="space-y-6">
        {groups.map((g) => (
          <Card key={g.id} aria-labelledby={`edit-${g.id}`} className="space-y-4">
            <h2 id={`edit-${g.id}`} className="text-lg font-semibold">
              {g.name}
            </h2>
            {g.items.map((item) => (
              <form
                key={`${item.id}-${r.latestVersion}`}
                className="flex flex-wrap items-end gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  save([{ op: "reword", itemId: item.id, text: String(new FormData(e.currentTarget).get("text")) }]);
                }}
              >
                <TextField
                  label={item.retired ? "Retired item" : "Item"}
                  name="text"
                  defaultValue={item.text}
                  minLength={10}
                  maxLength={300}
                  className={`min-w-0 flex-1 ${item.retired ? "opacity-70" : ""}`}
                />
                <Button type="submit" variant="secondary">
                  Save wording
                </Button>
                <Button type="button" variant={item.retired ? "secondary" : "danger"} onClick={() => save([{ op: item.retired ? "restore" : "retire", itemId: item.id }])}>
                  {item.retired ? "Restore" : "Retire"}
                </Button>
              </form>
            ))}
            <form
              className="space-y-2 border-t border-slate-100 pt-3"
              onSubmit={(e) => {
                e.preventDefault();
                const form = new FormData(e.currentTarget);
                const levels = [0, 1, 2, 3, 4].map((l) => String(form.get(`level${l}`)));
                save([{ op: "add", groupId: g.id, text: String(form.get("text")), levels: anchorsNeeded ? levels : undefined }]);
                e.currentTarget.reset();
              }}
            >
              <TextField label={`New item for ${g.name}`} name="text" required minLength={10} maxLength={300} />
              {anchorsNeeded && (
                <div className="grid gap-2 sm:grid-cols-5">
                  {[0, 1, 2, 3, 4].map((l) => (
                    <TextField key={l} label={`Level ${l}`} name={`level${l}`} required minLength={10} maxLength={300} />
                  ))}
                </div>
              )}
              <Button type="submit" variant="secondary">
                Add item
              </Button>
            </form>
          </Card>
        ))}
      </fieldset>
    </>
  );
}
