"use client";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { Button } from "~/components/ui/button";

export function UserMenu({ name }: { name: string }) {
  return (
    <div className="flex min-w-0 items-center gap-3 text-sm">
      <Link href="/account" className="min-w-0 text-slate-700 underline-offset-2 [overflow-wrap:anywhere] hover:underline">
        <span className="sr-only">Your account: </span>
        {name}
      </Link>
      <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/signin" })}>
        Sign out
      </Button>
    </div>
  );
}
