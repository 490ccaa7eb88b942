"use client";
import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/components/trpc/provider";

export function SignOutEverywhere() {
  const trpc = useTRPC();
  const end = useMutation(trpc.auth.signOutEverywhere.mutationOptions({ onSuccess: () => signOut({ callbackUrl: "/signin" }) }));
  return (
    <>
      <Button variant="danger" disabled={end.isPending} onClick={() => end.mutate()}>
        {end.isPending ? "Signing out…" : "Sign out everywhere"}
      </Button>
      <ErrorMessage error={end.error?.message ?? null} />
    </>
  );
}
