"use client";
// Offered while a document is blank: fill it from one of the example documents, or start blank.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { DESIGN_EXAMPLE_IDS, DESIGN_EXAMPLE_LABELS, type DesignExampleId } from "~/server/domain/design/examples";

export function StartFromExample({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [example, setExample] = useState<DesignExampleId>("card_fraud");
  const apply = useMutation(trpc.design.applyExample.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="mb-6 rounded-lg border border-indigo-200 bg-indigo-50 p-4 text-sm">
      <p className="mb-2 text-slate-900">This document is blank. Start writing any step below, or fill every step from an example and rewrite it for your project.</p>
      <div className="flex flex-wrap items-end gap-2">
        <label className="space-y-1">
          <span className="block font-medium text-slate-800">Example</span>
          <select className="rounded-md border border-slate-300 bg-white px-2 py-1.5" value={example} onChange={(e) => setExample(e.target.value as DesignExampleId)}>
            {DESIGN_EXAMPLE_IDS.map((id) => (
              <option key={id} value={id}>
                {DESIGN_EXAMPLE_LABELS[id]}
              </option>
            ))}
          </select>
        </label>
        <Button type="button" variant="secondary" disabled={apply.isPending} onClick={() => apply.mutate({ projectId, example })}>
          Start from this example
        </Button>
      </div>
      <ErrorMessage error={apply.error} className="mt-2" />
    </div>
  );
}
