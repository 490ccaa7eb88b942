"use client";
// The project editor's view of a stale save: its fields, compared through the shared panel.
import { StaleEditPanel, staleEditRows, shownValue } from "~/components/forms/stale-edit-panel";
import { STAGE_LABELS, type ProjectStage } from "~/components/vocabulary";
import { PROJECT_FIELD_LABELS } from "../create-project-form";

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

const FIELDS = (["name", "description", "stage", "ownerId"] as const).map((key) => ({ key, label: PROJECT_FIELD_LABELS[key] }));
type Key = (typeof FIELDS)[number]["key"];

export function ConflictPanel(props: {
  mine: Draft;
  base: ProjectLike;
  current: ProjectLike;
  byYou: boolean | null;
  members: { id: string; name: string }[];
  pending: boolean;
  onApplyMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { mine, base, current, members } = props;
  const nameOf = (id: string, p: ProjectLike) => members.find((m) => m.id === id)?.name ?? (id === p.owner.id ? p.owner.name : id);
  const show = (p: ProjectLike & { draft?: Draft }, key: Key): string => {
    const d = p.draft;
    if (key === "stage") return STAGE_LABELS[d?.stage ?? p.stage];
    if (key === "ownerId") return nameOf(d?.ownerId ?? p.owner.id, p);
    return shownValue(d?.[key] ?? p[key]);
  };
  const changed = new Set(FIELDS.map((f) => f.key).filter((k) => k in mine));
  const rows = staleEditRows(FIELDS, changed, show, { base, mine: { ...base, draft: mine }, current });
  return <StaleEditPanel thing="project" byYou={props.byYou} rows={rows} pending={props.pending} onApplyMine={props.onApplyMine} onTakeTheirs={props.onTakeTheirs} />;
}
