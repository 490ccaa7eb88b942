"use client";
// The last boundary: used when the root layout itself fails, so it replaces that layout and must
// render its own <html> and <body> (and load the styles the layout would have loaded).
import "./globals.css";
import { BrandBar } from "~/components/shell/problem-page";
import { ErrorPanel } from "~/components/shell/error-panel";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Causeway</title>
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <BrandBar />
        <main id="content" className="px-6">
          <ErrorPanel error={error} reset={reset} />
        </main>
      </body>
    </html>
  );
}
