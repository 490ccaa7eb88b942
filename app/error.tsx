"use client";
import { BrandBar } from "~/components/shell/problem-page";
import { ErrorPanel } from "~/components/shell/error-panel";

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <BrandBar />
      <main id="content" className="px-6">
        <ErrorPanel error={error} reset={reset} />
      </main>
    </>
  );
}
