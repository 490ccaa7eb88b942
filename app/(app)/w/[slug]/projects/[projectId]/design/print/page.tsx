import type { Metadata } from "next";
import { MarkdownView } from "~/components/design/markdown-view";
import { PrintButton } from "~/components/ui/print-button";
import { loadDesignProject } from "../load-design-project";

export const metadata: Metadata = { title: "Design document (print)" };

/** The whole document on one page, styled for paper: the browser's "Save as PDF" gives a clean copy. */
export default async function DesignPrintPage({ params }: { params: Promise<{ slug: string; projectId: string }> }) {
  const { slug, projectId } = await params;
  const { caller } = await loadDesignProject(slug, projectId);
  const { markdown } = await caller.design.exportMarkdown({ projectId });
  return (
    <article className="mx-auto max-w-3xl print:max-w-none">
      <div className="mb-4 print:hidden">
        <PrintButton />
      </div>
      <MarkdownView source={markdown} className="prose-table:text-xs print:prose-sm" />
    </article>
  );
}
