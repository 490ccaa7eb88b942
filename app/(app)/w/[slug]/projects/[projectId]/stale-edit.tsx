"use client";
// The project editor's stale-save compare: its fields, shown through the shared StaleEditPanel.
import { isStaleEdit, StaleEditPanel } from "~/components/forms/stale-edit-panel";
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
  const current = (error as { data?: { details?: { current?: P } | null } } | null)?.data?.details?.current;
  return isStaleEdit(error) && current ? { current } : null;
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
  const { mine, base, current, members } = props;
  // Fields either side touched: the user's changes, and what changed since the form was opened.
  const rows = FIELDS.filter((f) => f.key in mine || shown(base, f.key, members) !== shown(current, f.key, members)).map((f) => ({
    key: f.key,
    label: f.label,
    mine: f.key in mine ? shown(base, f.key, members, mine) : "(not changed)",
    current: shown(current, f.key, members),
  }));
  return (
    <StaleEditPanel
      thing="project"
      rows={rows}
      pending={props.pending}
      onApplyMine={props.onApplyMine}
      onTakeTheirs={props.onTakeTheirs}
      applyNote="Apply mine on top saves only the fields you changed onto the current version; other fields keep the current values."
    />
  );
}
