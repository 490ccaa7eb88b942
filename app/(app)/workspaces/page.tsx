import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card } from "~/components/ui/card";
import { PageHeader } from "~/components/ui/page-header";
import { UserMenu } from "~/components/shell/user-menu";
import { requireSignedIn } from "~/server/api/load-workspace";
import { ROLE_LABELS } from "~/components/vocabulary";
import { CreateWorkspaceForm } from "./create-workspace-form";

export const metadata: Metadata = { title: "Workspaces" };

export default async function WorkspacesPage() {
  const { caller, me } = await requireSignedIn("/workspaces");
  const workspaces = await caller.workspace.list();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <div className="mb-8 flex flex-wrap items-center justify-between gap-3">
        <Link href="/" className="text-lg font-semibold text-indigo-800">
          Causeway
        </Link>
        <UserMenu name={me.name} />
      </div>
      <PageHeader title="Your workspaces" description="A workspace holds one team's projects, members and assessments." />
      {workspaces.length === 0 ? (
        <p className="mb-6 text-slate-700">You are not in a workspace yet. Create one below, or open an invite link from a teammate.</p>
      ) : (
        <ul className="mb-8 space-y-2">
          {workspaces.map((w) => (
            <li key={w.id}>
              <Link href={`/w/${w.slug}/dashboard`} className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 hover:border-indigo-300">
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  <span className="font-medium">{w.name}</span>
                  {workspaces.filter((o) => o.name === w.name).length > 1 && <span className="block text-xs text-slate-600">/w/{w.slug}</span>}
                </span>
                <Badge>{ROLE_LABELS[w.role]}</Badge>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Create a workspace</h2>
        <CreateWorkspaceForm />
      </Card>
    </main>
  );
}
