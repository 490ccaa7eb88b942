"use client";
// What an editor shows when a save was based on an old version: the user's changes beside the
// version saved meanwhile, and the two ways forward (apply mine on top, or take theirs). Nothing of
// the user's is lost until they choose.
import { Button } from "~/components/ui/button";

export interface StaleEditRow {
  key: string;
  label: string;
  mine: string;
  current: string;
}

/** True when a mutation failed because its base version was stale (a CONFLICT answer). */
export function isStaleEdit(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}

export function StaleEditPanel(props: {
  /** What was changed: "project", "rubric". */
  thing: string;
  rows: StaleEditRow[];
  pending: boolean;
  onApplyMine: () => void;
  onTakeTheirs: () => void;
  /** What "Apply mine on top" does, for this editor. */
  applyNote: string;
}) {
  const { thing, rows, pending } = props;
  return (
    <div role="alert" aria-labelledby="conflict-heading" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h3 id="conflict-heading" className="font-semibold">
        This {thing} was changed while you were editing
      </h3>
      <p className="mt-1">
        A newer version was saved (in another tab, or by someone else) after you opened it. Your edit is kept; nothing was overwritten.
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">Your edit beside the current version</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                Field
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                Your edit
              </th>
              <th scope="col" className="py-1 font-medium">
                Current version
              </th>
            </tr>
          </thead>
          <tbody className="align-top">
            {rows.map((r) => (
              <tr key={r.key} className="border-t border-amber-200">
                <th scope="row" className="py-1 pr-3 font-medium">
                  {r.label}
                </th>
                <td className="py-1 pr-3 whitespace-pre-wrap [overflow-wrap:anywhere]">{r.mine}</td>
                <td className="py-1 whitespace-pre-wrap [overflow-wrap:anywhere]">{r.current}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={props.onApplyMine} disabled={pending}>
          Apply mine on top
        </Button>
        <Button variant="secondary" onClick={props.onTakeTheirs} disabled={pending}>
          Take theirs
        </Button>
      </div>
      <p className="mt-2 text-xs">{props.applyNote} Take theirs discards your edit.</p>
    </div>
  );
}
