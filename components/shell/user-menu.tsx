"use client";
import { signOut } from "next-auth/react";
import { Button } from "~/components/ui/button";

export function UserMenu({ name }: { name: string }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="text-slate-700">{name}</span>
      <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/signin" })}>
        Sign out
      </Button>
    </div>
  );
}
