"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { SelectField, TextField } from "~/components/ui/field";

const ROUND_LABELS = { title: "Title", closesAt: "Closes on", rubric: "Rubric" };

function inTwoWeeks() {
  return new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
}

export function OpenRoundForm({ projectId, workspaceId, slug }: { projectId: string; workspaceId: string; slug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const templates = useQuery(trpc.assess.listTemplates.queryOptions({ workspaceId }));
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId }));
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const open = useMutation(
    trpc.assess.openRound.mutationOptions({
      onSuccess: async (round) => {
        await queryClient.invalidateQueries({ queryKey: trpc.assess.pathKey() });
        router.push(`/w/${slug}/projects/${projectId}/assess/${round.id}`);
      },
    }),
  );
  const { formRef, errorFor, formError } = useFormErrors(open.error, ROUND_LABELS);
  const rubricOptions = [
    ...(templates.data?.templates ?? []).map((t) => ({ value: `template:${t.id}`, label: `${t.name} (${t.itemCount} items)` })),
    ...(templates.data?.workspaceRubrics ?? []).map((r) => ({ value: `rubric:${r.id}`, label: `${r.name} (workspace, v${r.latestVersion})` })),
  ];
  return (
    <Card aria-labelledby="open-round-heading">
      <h2 id="open-round-heading" className="mb-3 text-lg font-semibold">
        Open a round
      </h2>
      <form
        ref={formRef}
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const [kind, id] = String(form.get("rubric")).split(":");
          open.mutate({
            projectId,
            title: String(form.get("title")),
            // the end of the chosen day, in the browser's time zone
            closesAt: new Date(`${String(form.get("closesAt"))}T23:59:00`),
            rubric: kind === "rubric" ? { rubricId: id! } : { templateId: id! },
            anonymous: form.get("anonymous") === "on",
            inviteeIds: (members.data ?? []).map((m) => m.id).filter((m) => !excluded.has(m)),
          });
        }}
      >
        <TextField
          label={ROUND_LABELS.title}
          name="title"
          required
          minLength={2}
          maxLength={120}
          defaultValue={`Review ${new Date().toISOString().slice(0, 7)}`}
          error={errorFor("title")}
        />
        <TextField label={ROUND_LABELS.closesAt} name="closesAt" type="date" required defaultValue={inTwoWeeks()} error={errorFor("closesAt")} />
        <SelectField label={ROUND_LABELS.rubric} name="rubric" options={rubricOptions} error={errorFor("rubric")} />
        <p className="text-xs text-slate-600">
          <Link href={`/w/${slug}/rubrics`} className="text-indigo-700 underline">
            Adapt a rubric for this workspace
          </Link>
        </p>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="anonymous" defaultChecked className="mt-1" />
          <span>Anonymous: nobody, owners included, ever sees an individual answer; disciplines show only for groups of three or more.</span>
        </label>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Who is asked</legend>
          <ul className="mt-1 space-y-1">
            {members.data?.map((m) => (
              <li key={m.id}>
                <label className="flex items-center gap-2 text-sm break-words">
                  <input
                    type="checkbox"
                    checked={!excluded.has(m.id)}
                    onChange={(e) => {
                      const next = new Set(excluded);
                      if (e.target.checked) next.delete(m.id);
                      else next.add(m.id);
                      setExcluded(next);
                    }}
                  />
                  {m.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <ErrorMessage error={formError} />
        <Button type="submit" disabled={open.isPending || rubricOptions.length === 0}>
          {open.isPending ? "Opening…" : "Open round"}
        </Button>
      </form>
    </Card>
  );
}
