import type { Metadata } from "next";
import { SkipLink } from "~/components/shell/skip-link";
import { BrandBar, ProblemPage } from "~/components/shell/problem-page";

export const metadata: Metadata = { title: "Page not found" };

// Unknown paths and workspaces you are not in (those answer "not found" too, so nothing leaks).
export default function NotFound() {
  return (
    <>
      <SkipLink />
      <BrandBar />
      <main id="content" className="px-6">
        <ProblemPage
          code="404"
          title="We could not find that page"
          links={[
            { href: "/", label: "Go to the home page" },
            { href: "/learn", label: "Browse the chapter guides" },
          ]}
        >
          <p>The address may be mistyped, or it points to a workspace or project you are not a member of. Ask a teammate for an invite link if you should be.</p>
        </ProblemPage>
      </main>
    </>
  );
}
