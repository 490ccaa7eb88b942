"use client";
import { signOut } from "next-auth/react";
import { Button } from "~/components/ui/button";

export function UserMenu({ name }: { name: string }) {
  return (
    <div className="flex min-w-0 items-center gap-3 text-sm">
      <span className="min-w-0 text-slate-700 [overflow-wrap:anywhere]">{name}</span>
      <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/signin" })}>
        Sign out
      </Button>
    </div>
  );
}
