"use client";
// The metrics the saved step 1 names, each marked as tracked or offered as "Track this". A business
// metric is tracked in one click (its baseline and target come from its row); an ML metric asks for
// its baseline, target and direction first, as step 1 does not record them.
import { useMutation } from "@tanstack/react-query";
import { useFormErrors } from "~/components/forms/use-form-errors";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { ErrorMessage } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";

export interface NamedMetricRow {
  kind: "business" | "ml";
  name: string;
  tracked: boolean;
  /** For an ML metric: the business metric step 1 says it proxies. */
  proxies?: string;
}

export function TrackNamedMetrics({ projectId, rows, canTrack }: { projectId: string; rows: NamedMetricRow[]; canTrack: boolean }) {
  if (rows.length === 0) return null;
  return (
    <div className="mt-3 border-t border-slate-200 pt-3">
      <h3 className="text-sm font-semibold text-slate-900">Metrics step 1 names</h3>
      <ul className="mt-1 space-y-2 text-sm">
        {rows.map((r) => (
          <NamedMetric key={`${r.kind}:${r.name}`} projectId={projectId} row={r} canTrack={canTrack} />
        ))}
      </ul>
      {!canTrack && rows.some((r) => !r.tracked) && <p className="mt-2 text-xs text-slate-600">The project owner or a workspace admin can start tracking these.</p>}
    </div>
  );
}

function NamedMetric({ projectId, row, canTrack }: { projectId: string; row: NamedMetricRow; canTrack: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const track = useMutation(trpc.design.trackMetric.mutationOptions({ onSuccess: () => router.refresh() }));
  const label = row.kind === "business" ? "Business metric" : "ML metric";
  return (
    <li className="break-words" data-testid="named-metric">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-slate-900">
          <span className="text-slate-600">{label}:</span> {row.name}
          {row.proxies ? <span className="text-slate-600"> (proxies {row.proxies})</span> : null}
        </span>
        {row.tracked || track.isSuccess ? (
          <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-900">Tracked</span>
        ) : canTrack ? (
          <Button
            type="button"
            variant="secondary"
            aria-expanded={row.kind === "ml" ? open : undefined}
            disabled={track.isPending}
            onClick={() => (row.kind === "business" ? track.mutate({ projectId, kind: "business", name: row.name }) : setOpen(!open))}
          >
            Track this<span className="sr-only">: {row.name}</span>
          </Button>
        ) : (
          <span className="text-xs text-slate-600">Not tracked</span>
        )}
      </div>
      {open && !track.isSuccess ? (
        <MlValuesForm name={row.name} pending={track.isPending} serverError={track.error} onSubmit={(values) => track.mutate({ projectId, kind: "ml", name: row.name, values })} />
      ) : (
        <ErrorMessage error={track.error} className="mt-1" />
      )}
    </li>
  );
}

function MlValuesForm({
  name,
  pending,
  serverError,
  onSubmit,
}: {
  name: string;
  pending: boolean;
  serverError: unknown;
  onSubmit: (v: { baseline: number; target: number; direction: "INCREASE" | "DECREASE"; unit: string }) => void;
}) {
  const id = useId();
  const server = useFormErrors(serverError, { baseline: "Baseline", target: "Target", unit: "Unit" });
  const [baseline, setBaseline] = useState("");
  const [target, setTarget] = useState("");
  const [unit, setUnit] = useState("");
  const [direction, setDirection] = useState<"INCREASE" | "DECREASE">("INCREASE");
  const [error, setError] = useState<{ baseline?: string; target?: string }>({});
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const b = Number(baseline);
    const t = Number(target);
    const problems = {
      baseline: baseline.trim() === "" || !Number.isFinite(b) ? "Baseline must be a number." : undefined,
      target: target.trim() === "" || !Number.isFinite(t) ? "Target must be a number." : undefined,
    };
    setError(problems);
    if (!problems.baseline && !problems.target) onSubmit({ baseline: b, target: t, direction, unit });
  };
  return (
    <form ref={server.formRef} onSubmit={submit} aria-label={`Track ${name}: values`} className="mt-2 grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
      <TextField label="Baseline" inputMode="decimal" value={baseline} onChange={(e) => setBaseline(e.target.value)} error={error.baseline ?? server.errorFor("baseline")} />
      <TextField label="Target" inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} error={error.target ?? server.errorFor("target")} />
      <TextField label="Unit (optional)" maxLength={20} value={unit} onChange={(e) => setUnit(e.target.value)} error={server.errorFor("unit")} />
      <div className="space-y-1">
        <label htmlFor={`${id}-direction`} className="block text-sm font-medium text-slate-800">
          Better when
        </label>
        <select id={`${id}-direction`} className="block w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm" value={direction} onChange={(e) => setDirection(e.target.value as "INCREASE" | "DECREASE")}>
          <option value="INCREASE">Higher</option>
          <option value="DECREASE">Lower</option>
        </select>
      </div>
      <ErrorMessage error={server.formError} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          Start tracking
        </Button>
      </div>
    </form>
  );
}
