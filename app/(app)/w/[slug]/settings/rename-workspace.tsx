"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { TextField } from "~/components/ui/field";

export function RenameWorkspace({ workspaceId, name }: { workspaceId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const rename = useMutation(trpc.workspace.rename.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Card aria-labelledby="workspace-heading">
      <h2 id="workspace-heading" className="mb-3 text-lg font-semibold">
        Workspace
      </h2>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          rename.mutate({ workspaceId, name: String(new FormData(e.currentTarget).get("name")) });
        }}
      >
        <TextField label="Workspace name" name="name" defaultValue={name} required minLength={2} maxLength={60} className="min-w-64 flex-1" />
        <Button type="submit" variant="secondary" disabled={rename.isPending}>
          Rename
        </Button>
      </form>
      <ErrorMessage error={rename.error} className="mt-3" />
    </Card>
  );
}
