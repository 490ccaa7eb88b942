"use client";
import { usePathname } from "next/navigation";
import { ErrorPanel } from "~/components/shell/error-panel";

// Home inside a workspace is its Dashboard (where /w/<slug> lands), not the project list.
export default function WorkspaceError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const slug = usePathname().split("/")[2] ?? "";
  return <ErrorPanel error={error} reset={reset} home={`/w/${slug}/dashboard`} />;
}
