// Guidance for one step, written in content/plan/step-NN.mdx and compiled at build time like the
// lessons: what the step decides, the questions to answer, common mistakes and the lesson sections
// that teach it. A server component: the browser gets HTML only.
import { getMDXComponent } from "mdx-bundler/client";
import Link from "next/link";
import type { ComponentProps } from "react";
import type { CompiledPlanGuide } from "~/server/content/catalog";

// The panel's own heading is an h2, so the guide's sections sit one level below it.
const components = {
  h2: (props: ComponentProps<"h3">) => <h3 {...props} />,
  a: ({ href = "", ...props }: ComponentProps<"a">) =>
    href.startsWith("/") ? <Link href={href} {...props} /> : <a href={href} rel="noreferrer" {...props} />,
};

export function GuidancePanel({ step, guide }: { step: number; guide: CompiledPlanGuide }) {
  const Body = getMDXComponent(guide.code);
  return (
    <section aria-labelledby="guidance-heading" data-testid="step-guidance" className="space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">
      <h2 id="guidance-heading" className="text-base font-semibold">
        Guidance for step {step}
      </h2>
      <p className="text-slate-800">{guide.summary}</p>
      <div className="prose prose-sm prose-slate max-w-none break-words prose-h3:mt-4 prose-h3:text-sm prose-h3:font-semibold prose-a:text-indigo-800 prose-li:my-0.5">
        <Body components={components as never} />
      </div>
    </section>
  );
}
