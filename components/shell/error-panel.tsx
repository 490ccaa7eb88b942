"use client";
// Shown by the error boundaries: no internal detail, the error id the server logged, a retry and a way home.
import { useEffect } from "react";
import { Button } from "~/components/ui/button";
import { ProblemPage } from "./problem-page";

export function ErrorPanel({ error, reset, home = "/" }: { error: Error & { digest?: string }; reset: () => void; home?: string }) {
  useEffect(() => console.error(error), [error]);
  return (
    <ProblemPage code="Error" title="Something went wrong on our side" links={[{ href: home, label: "Go to the home page" }]}>
      <p>The page could not be shown. Trying again often helps; if it keeps happening, tell us the error id below.</p>
      {error.digest && (
        <p className="mt-2 text-sm text-slate-600">
          Error id: <code className="font-mono">{error.digest}</code>
        </p>
      )}
      <Button variant="secondary" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </ProblemPage>
  );
}
