"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage, Notice } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { TextField } from "~/components/ui/field";

export function RenameWorkspace({ workspaceId, name }: { workspaceId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const rename = useMutation(trpc.workspace.rename.mutationOptions({ onSuccess: () => router.refresh() }));
  const { formRef, errorFor, formError } = useFormErrors(rename.error, { name: "Workspace name" });
  return (
    <Card aria-labelledby="workspace-heading">
      <h2 id="workspace-heading" className="mb-3 text-lg font-semibold">
        Workspace
      </h2>
      <form
        ref={formRef}
        className="flex flex-wrap items-start gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          rename.mutate({ workspaceId, name: String(new FormData(e.currentTarget).get("name")) });
        }}
      >
        <TextField label="Workspace name" name="name" defaultValue={name} required minLength={2} maxLength={60} error={errorFor("name")} className="min-w-0 flex-1 basis-64" />
        <Button type="submit" variant="secondary" disabled={rename.isPending} className="sm:mt-6">
          Rename
        </Button>
      </form>
      <ErrorMessage error={formError} className="mt-3" />
      {rename.isSuccess && <Notice className="mt-3">Renamed.</Notice>}
    </Card>
  );
}
