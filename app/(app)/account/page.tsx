import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "~/components/shell/user-menu";
import { Card } from "~/components/ui/card";
import { PageHeader } from "~/components/ui/page-header";
import { requireSignedIn } from "~/server/api/load-workspace";
import { ChangePasswordForm } from "./change-password-form";
import { RenameAccountForm } from "./rename-account-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const { me } = await requireSignedIn("/account");
  return (
    <main id="content" className="mx-auto max-w-2xl px-6 py-10">
      <div className="mb-8 flex items-center justify-between">
        <Link href="/workspaces" className="text-lg font-semibold text-indigo-800">
          Causeway
        </Link>
        <UserMenu name={me.name} />
      </div>
      <PageHeader title="Your account" description={`Signed in as ${me.email}.`} />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Name</h2>
          <RenameAccountForm name={me.name} />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Password</h2>
          <p className="mb-3 text-sm text-slate-700">Changing it signs you out on every other device.</p>
          <ChangePasswordForm email={me.email} />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Sessions</h2>
          <p className="mb-3 text-sm text-slate-700">
            Lost a laptop or signed in on a shared computer? End every session of this account, including this one.
          </p>
          <SignOutEverywhere />
        </Card>
      </div>
    </main>
  );
}
