"use client";
// What the editor shows when a save was based on an old version: the user's changes beside the
// version saved meanwhile, and the two ways forward.
import { Button } from "~/components/ui/button";
import { STAGE_LABELS, type ProjectStage } from "~/components/vocabulary";

export interface Draft {
  name?: string;
  description?: string;
  stage?: ProjectStage;
  ownerId?: string;
}

interface ProjectLike {
  version: number;
  name: string;
  description: string;
  stage: ProjectStage;
  owner: { id: string; name: string };
}

/** The current version from a CONFLICT answer (`error.data.details.current`), or null for any other error. */
export function conflictOf<P>(error: unknown): { current: P } | null {
  const data = (error as { data?: { code?: string; details?: { current?: P } | null } } | null)?.data;
  return data?.code === "CONFLICT" && data.details?.current ? { current: data.details.current } : null;
}

const FIELDS = [
  { key: "name", label: "Project name" },
  { key: "description", label: "Description" },
  { key: "stage", label: "Stage" },
  { key: "ownerId", label: "Owner" },
] as const;

function shown(p: ProjectLike, key: (typeof FIELDS)[number]["key"], members: { id: string; name: string }[], draft?: Draft): string {
  if (key === "stage") return STAGE_LABELS[draft?.stage ?? p.stage];
  if (key === "ownerId") {
    const id = draft?.ownerId ?? p.owner.id;
    return members.find((m) => m.id === id)?.name ?? (id === p.owner.id ? p.owner.name : id);
  }
  const value = draft?.[key] ?? p[key];
  return value === "" ? "(empty)" : value;
}

export function ConflictPanel(props: {
  mine: Draft;
  base: ProjectLike;
  current: ProjectLike;
  members: { id: string; name: string }[];
  pending: boolean;
  onApplyMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { mine, base, current, members, pending } = props;
  // Fields either side touched: the user's changes, and what changed since the form was opened.
  const rows = FIELDS.filter((f) => f.key in mine || shown(base, f.key, members) !== shown(current, f.key, members));
  return (
    <div role="alert" aria-labelledby="conflict-heading" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h3 id="conflict-heading" className="font-semibold">
        This project was changed while you were editing
      </h3>
      <p className="mt-1">
        A newer version was saved (in another tab, or by someone else) after you opened it. Your edit is kept in the form below; nothing
        was overwritten.
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
            {rows.map((f) => (
              <tr key={f.key} className="border-t border-amber-200">
                <th scope="row" className="py-1 pr-3 font-medium">
                  {f.label}
                </th>
                <td className="py-1 pr-3 whitespace-pre-wrap [overflow-wrap:anywhere]">{f.key in mine ? shown(base, f.key, members, mine) : "(not changed)"}</td>
                <td className="py-1 whitespace-pre-wrap [overflow-wrap:anywhere]">{shown(current, f.key, members)}</td>
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
      <p className="mt-2 text-xs">
        Apply mine on top saves only the fields you changed onto the current version; other fields keep the current values. Take theirs
        discards your edit.
      </p>
    </div>
  );
}
