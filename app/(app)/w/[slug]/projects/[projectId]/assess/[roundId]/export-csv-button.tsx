"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

/** Downloads the closed round as CSV (item figures only for an anonymous round). */
export function ExportCsvButton({ roundId }: { roundId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const download = useMutation({
    mutationFn: async () => {
      const { csv, filename } = await queryClient.fetchQuery(trpc.assess.exportCsv.queryOptions({ roundId }));
      const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = filename;
      a.click();
      URL.revokeObjectURL(url);
    },
  });
  return (
    <div>
      <Button variant="secondary" onClick={() => download.mutate()} disabled={download.isPending}>
        Export CSV
      </Button>
      <ErrorMessage error={download.error} />
    </div>
  );
}
