"use client";
// Import check-ins from a CSV file: read the file, preview (every bad row with its line and reason,
// nothing written), then confirm. Export and a template to download beside it.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage, Notice } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { downloadText } from "./download";
import { type ObjectiveView } from "./vocabulary";

const MAX_BYTES = 2 * 1024 * 1024;

export function CsvImport({ objective }: { objective: ObjectiveView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [csv, setCsv] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = useMutation(trpc.alignment.previewImport.mutationOptions());
  const importing = useMutation(
    trpc.alignment.importCheckIns.mutationOptions({
      onSuccess: async () => {
        setCsv(null);
        preview.reset();
        await queryClient.invalidateQueries({ queryKey: trpc.alignment.pathKey() });
      },
    }),
  );
  const download = async (which: "export" | "template") => {
    const input = { objectiveId: objective.id };
    const file =
      which === "export"
        ? await queryClient.fetchQuery({ ...trpc.alignment.exportCheckIns.queryOptions(input), staleTime: 0 })
        : await queryClient.fetchQuery({ ...trpc.alignment.checkInTemplate.queryOptions(input), staleTime: 0 });
    downloadText(file.filename, file.csv);
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
            CSV file of check-ins
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            className="block text-sm"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              preview.reset();
              importing.reset();
              setCsv(null);
              setFileError(null);
              if (!file) return;
              if (file.size > MAX_BYTES) {
                setFileError(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; at most 2 MB can be imported at once. Split it into smaller files.`);
                return;
              }
              const text = await file.text();
              setCsv(text);
              preview.mutate({ objectiveId: objective.id, csv: text });
            }}
          />
        </div>
        <Button type="button" variant="secondary" onClick={() => void download("template")}>
          Download template
        </Button>
        <Button type="button" variant="secondary" onClick={() => void download("export")} disabled={objective.checkIns.length === 0}>
          Export CSV
        </Button>
      </div>
      <p className="text-xs text-slate-600">Columns: date (YYYY-MM-DD), business_value, one column per mapped ML metric by name, confidence (on track, at risk, off track), note. Up to 10,000 rows and 2 MB.</p>
      {fileError && <ErrorMessage error={fileError} />}
      <ErrorMessage error={preview.error ?? importing.error} />
      {importing.isSuccess && <Notice>Imported {importing.data.imported} check-ins.</Notice>}
      {preview.data && !preview.data.ok && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-medium">
            Nothing will be imported: {preview.data.errorCount} {preview.data.errorCount === 1 ? "row has a problem" : "rows have problems"}. Fix the file and choose it again.
          </p>
          <ul className="mt-2 max-h-48 list-disc space-y-0.5 overflow-auto pl-5" aria-label="Problems in the file">
            {preview.data.errors.map((e, i) => (
              <li key={i} className="break-words">
                Line {e.line}: {e.reason}
              </li>
            ))}
          </ul>
          {preview.data.errorCount > preview.data.errors.length && <p className="mt-1">…and {preview.data.errorCount - preview.data.errors.length} more.</p>}
        </div>
      )}
      {preview.data?.ok && csv && (
        <div className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950" role="status">
          <p className="font-medium">
            Ready to import {preview.data.count} check-ins from {preview.data.firstDate} to {preview.data.lastDate}.
          </p>
          <table className="w-full text-left text-xs">
            <caption className="sr-only">The first rows that will be imported</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Date</th>
                <th scope="col">{objective.metricName}</th>
                {preview.data.metrics.map((m) => (
                  <th key={m.id} scope="col">
                    {m.name}
                  </th>
                ))}
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {preview.data.sample.map((c) => (
                <tr key={c.line}>
                  <td>{c.line}</td>
                  <td>{c.date}</td>
                  <td>{c.business}</td>
                  {preview.data!.metrics.map((m) => (
                    <td key={m.id}>{c.ml[m.id] ?? "—"}</td>
                  ))}
                  <td className="break-words">{c.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button type="button" disabled={importing.isPending} onClick={() => importing.mutate({ objectiveId: objective.id, csv })}>
            {importing.isPending ? "Importing…" : `Import ${preview.data.count} check-ins`}
          </Button>
        </div>
      )}
    </div>
  );
}
