import { SkipLink } from "~/components/shell/skip-link";
import Link from "next/link";
import { MainNav } from "~/components/shell/main-nav";
import { UserMenu } from "~/components/shell/user-menu";
import { WorkspaceSwitcher } from "~/components/shell/workspace-switcher";
import { loadWorkspace } from "~/server/api/load-workspace";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { me, workspace, workspaces } = await loadWorkspace(slug);
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-6 py-3">
          <Link href="/workspaces" className="text-lg font-semibold text-indigo-800">
            Causeway
          </Link>
          <WorkspaceSwitcher current={workspace.slug} workspaces={workspaces} />
          <MainNav slug={workspace.slug} />
          <div className="ml-auto">
            <UserMenu name={me.name} />
          </div>
        </div>
      </header>
      <main id="content" className="mx-auto max-w-6xl px-6 py-8">
        {children}
      </main>
    </div>
  );
}
