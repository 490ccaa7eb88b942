"use client";
// What a form shows when its save was based on an old version: the user's changes beside the
// version saved meanwhile, and two ways forward. The user's edit stays in the form underneath.
// The server says whether the newer version was the same person's (another tab or window), so the
// panel blames nobody when it was them; when it cannot tell, it names both possibilities.
import { Button } from "~/components/ui/button";

/** True when a save failed because its base version was stale (a CONFLICT answer). */
export function isStaleEdit(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}

/** The current version and who saved it, from a CONFLICT answer; null for any other error. */
export function conflictOf<P>(error: unknown): { current: P; byYou: boolean | null } | null {
  const details = (error as { data?: { details?: { current?: P; byYou?: boolean } | null } } | null)?.data?.details;
  return isStaleEdit(error) && details?.current ? { current: details.current, byYou: details.byYou ?? null } : null;
}

/** One field in the comparison; `mine` is null when the user did not change it. */
export interface StaleEditRow {
  key: string;
  label: string;
  mine: string | null;
  current: string;
}

/** Text for a cell: an empty value is named so an empty cell is not mistaken for a missing one. */
export function shownValue(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === "" ? "(empty)" : String(value);
}

export function staleEditHeading(thing: string, byYou: boolean | null): string {
  if (byYou === true) return `You changed this ${thing} in another tab or window`;
  if (byYou === false) return `Someone else changed this ${thing} while you were editing`;
  return `This ${thing} was changed while you were editing`;
}

function whoSaved(byYou: boolean | null): string {
  if (byYou === true) return "You saved a newer version in another tab or window after opening this one.";
  if (byYou === false) return "A teammate saved a newer version after you opened it.";
  return "A newer version was saved (in another tab, or by someone else) after you opened it.";
}

export function StaleEditPanel(props: {
  /** What was edited, in a few words: "project", "objective", "check-in". */
  thing: string;
  byYou: boolean | null;
  rows: StaleEditRow[];
  pending: boolean;
  onApplyMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { thing, byYou, rows, pending } = props;
  const headingId = `stale-${thing.replace(/\W+/g, "-")}-heading`;
  return (
    <div role="alert" aria-labelledby={headingId} className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h3 id={headingId} className="font-semibold">
        {staleEditHeading(thing, byYou)}
      </h3>
      <p className="mt-1">{whoSaved(byYou)} Your edit is kept in the form; nothing was overwritten.</p>
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
                <td className="py-1 pr-3 whitespace-pre-wrap [overflow-wrap:anywhere]">{r.mine ?? "(not changed)"}</td>
                <td className="py-1 whitespace-pre-wrap [overflow-wrap:anywhere]">{r.current}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" onClick={props.onApplyMine} disabled={pending}>
          Apply mine on top
        </Button>
        <Button type="button" variant="secondary" onClick={props.onTakeTheirs} disabled={pending}>
          Take theirs
        </Button>
      </div>
      <p className="mt-2 text-xs">
        Apply mine on top saves the fields you changed onto the current version; fields you did not change keep the current values. Take
        theirs discards your edit.
      </p>
    </div>
  );
}

/**
 * Rows for the fields either side touched: the ones the user changed, and the ones that changed
 * since the form was opened. `show` turns a version's value of a field into text.
 */
export function staleEditRows<V, K extends string>(
  fields: readonly { key: K; label: string }[],
  changed: ReadonlySet<string>,
  show: (version: V, key: K) => string,
  versions: { base: V; mine: V; current: V },
): StaleEditRow[] {
  return fields
    .filter((f) => changed.has(f.key) || show(versions.base, f.key) !== show(versions.current, f.key))
    .map((f) => ({ key: f.key, label: f.label, mine: changed.has(f.key) ? show(versions.mine, f.key) : null, current: show(versions.current, f.key) }));
}
