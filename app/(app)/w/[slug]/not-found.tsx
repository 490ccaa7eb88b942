"use client";
// A missing project or page inside a workspace: shown in the workspace shell, with a way back to it.
import { usePathname } from "next/navigation";
import { ProblemPage } from "~/components/shell/problem-page";

export default function WorkspaceNotFound() {
  const slug = usePathname().split("/")[2] ?? "";
  return (
    <ProblemPage
      code="404"
      title="Not found in this workspace"
      links={[
        { href: `/w/${slug}/projects`, label: "Back to the projects" },
        { href: "/workspaces", label: "All your workspaces" },
      ]}
    >
      <p>The project or page may have been removed, or the address is mistyped.</p>
    </ProblemPage>
  );
}
