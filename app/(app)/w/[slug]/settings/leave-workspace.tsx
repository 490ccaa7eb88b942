"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";

export function LeaveWorkspace({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const leave = useMutation(trpc.member.leave.mutationOptions({ onSuccess: () => router.push("/workspaces") }));
  return (
    <Card aria-labelledby="leave-heading">
      <h2 id="leave-heading" className="mb-2 text-lg font-semibold">
        Leave workspace
      </h2>
      <p className="mb-3 text-sm text-slate-700">You will lose access to its projects. Projects you own pass to an owner.</p>
      <ErrorMessage error={leave.error} className="mb-3" />
      <Button
        variant="danger"
        disabled={leave.isPending}
        onClick={() => {
          if (window.confirm("Leave this workspace?")) leave.mutate({ workspaceId });
        }}
      >
        Leave workspace
      </Button>
    </Card>
  );
}
