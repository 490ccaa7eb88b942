"use client";
// "Your workspace" on the public Learn pages: back to the Learn tab of the workspace the reader came
// from, or to the workspace picker when there is none. The page is static, so this is decided in
// the browser after it loads.
import Link from "next/link";
import { useEffect, useState } from "react";
import { lastWorkspace } from "./last-workspace";

export function WorkspaceReturnLink({ className }: { className?: string }) {
  const [href, setHref] = useState("/workspaces");
  useEffect(() => {
    const slug = lastWorkspace();
    if (slug) setHref(`/w/${slug}/learn`);
  }, []);
  return (
    <Link href={href} className={className}>
      Your workspace
    </Link>
  );
}
