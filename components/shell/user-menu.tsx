"use client";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { Button } from "~/components/ui/button";

export function UserMenu({ name }: { name: string }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href="/account" className="text-slate-700 underline-offset-2 hover:underline">
        <span className="sr-only">Your account: </span>
        {name}
      </Link>
      <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/signin" })}>
        Sign out
      </Button>
    </div>
  );
}
