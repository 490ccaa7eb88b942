"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { formatDate } from "~/components/assess/labels";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { TextField } from "~/components/ui/field";

export function RubricList({ workspaceId, slug, canEdit }: { workspaceId: string; slug: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const choices = useQuery(trpc.assess.listTemplates.queryOptions({ workspaceId }));
  const copy = useMutation(
    trpc.assess.copyRubric.mutationOptions({
      onSuccess: async (r) => {
        await queryClient.invalidateQueries({ queryKey: trpc.assess.listTemplates.queryKey({ workspaceId }) });
        router.push(`/w/${slug}/rubrics/${r.id}`);
      },
    }),
  );
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
      <Card aria-labelledby="own-heading">
        <h2 id="own-heading" className="mb-3 text-lg font-semibold">
          This workspace&apos;s rubrics
        </h2>
        <ErrorMessage error={choices.error} />
        {choices.data?.workspaceRubrics.length === 0 && <p className="text-sm text-slate-600">None yet: copy a template to adapt it.</p>}
        <ul className="space-y-2 text-sm">
          {choices.data?.workspaceRubrics.map((r) => (
            <li key={r.id}>
              <Link href={`/w/${slug}/rubrics/${r.id}`} className="font-medium break-words text-indigo-700 underline">
                {r.name}
              </Link>
              <span className="text-slate-600">
                {" "}
                · version {r.latestVersion} · saved {formatDate(r.updatedAt)}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <Card aria-labelledby="templates-heading">
        <h2 id="templates-heading" className="mb-3 text-lg font-semibold">
          Built-in templates
        </h2>
        <ul className="space-y-4">
          {choices.data?.templates.map((t) => (
            <li key={t.id} className="space-y-2">
              <p className="font-medium">
                {t.name} <span className="font-normal text-slate-600">· {t.itemCount} items</span>
              </p>
              <p className="text-sm break-words text-slate-700">{t.description}</p>
              {canEdit && (
                <form
                  className="flex flex-wrap items-end gap-2"
                  onSubmit={(e) => {
                    e.preventDefault();
                    copy.mutate({ workspaceId, templateId: t.id, name: String(new FormData(e.currentTarget).get("name")) });
                  }}
                >
                  <TextField label={`Name for your copy of ${t.name}`} name="name" required minLength={3} maxLength={80} defaultValue={`${t.name} (ours)`} className="min-w-0 flex-1" />
                  <Button type="submit" variant="secondary" disabled={copy.isPending}>
                    Copy and edit
                  </Button>
                </form>
              )}
            </li>
          ))}
        </ul>
        <ErrorMessage error={copy.error} className="mt-3" />
      </Card>
    </div>
  );
}
