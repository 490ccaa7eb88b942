"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";

export function LeaveWorkspace({ workspaceId, myId }: { workspaceId: string; myId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const members = useQuery(trpc.member.list.queryOptions({ workspaceId }));
  const leave = useMutation(trpc.member.leave.mutationOptions({ onSuccess: () => router.push("/workspaces") }));
  const [confirming, setConfirming] = useState(false);
  const me = members.data?.find((m) => m.id === myId);
  if (!me) return null;
  return (
    <Card aria-labelledby="leave-heading">
      <h2 id="leave-heading" className="mb-2 text-lg font-semibold">
        Leave workspace
      </h2>
      {me.can.canLeave ? (
        <>
          <p className="mb-3 text-sm text-slate-700">You will lose access to its projects. Projects you own pass to an owner.</p>
          <ErrorMessage error={leave.error} className="mb-3" />
          <Button variant="danger" disabled={leave.isPending} onClick={() => setConfirming(true)}>
            Leave workspace
          </Button>
          <ConfirmDialog
            open={confirming}
            title="Leave this workspace?"
            description="You lose access at once. To come back you need an invite link."
            confirmLabel="Leave"
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              leave.mutate({ workspaceId });
            }}
          />
        </>
      ) : (
        <p className="text-sm text-slate-700">You are the only owner, so you cannot leave yet. Make someone else an owner first.</p>
      )}
    </Card>
  );
}
