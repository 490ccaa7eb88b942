// The rubric editor's view of a rubric (its groups and items) and, after a stale save, the admin's
// changes beside the version saved meanwhile, one row per change, for the shared StaleEditPanel.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { StaleEditRow } from "~/components/forms/stale-edit-panel";
import type { AppRouter } from "~/server/api/root";

type Rubric = inferRouterOutputs<AppRouter>["assess"]["getRubric"];
type Edit = inferRouterInputs<AppRouter>["assess"]["editRubric"]["edits"][number];

export interface Group {
  id: string;
  name: string;
  items: { id: string; text: string; retired?: boolean }[];
}

export function groupsOf(r: Rubric): Group[] {
  return r.content.kind === "levels"
    ? r.content.groups.map((g) => ({ id: g.nodeId, name: r.groupNames[g.nodeId] ?? g.nodeId, items: g.items }))
    : r.content.sections.map((s) => ({ id: s.id, name: s.name, items: s.tests }));
}

function findItem(r: Rubric, itemId: string) {
  for (const g of groupsOf(r)) {
    const item = g.items.find((i) => i.id === itemId);
    if (item) return item;
  }
  return undefined;
}

const state = (item: { retired?: boolean } | undefined) => (item ? (item.retired ? "Retired" : "Asked") : "(no such item)");

/** One row per change: what the admin asked for (made on `base`) and how `current` stands. */
export function editRows(edits: Edit[], base: Rubric, current: Rubric): StaleEditRow[] {
  return edits.map((e, i) => {
    const key = `${i}`;
    if (e.op === "add") {
      const group = groupsOf(current).find((g) => g.id === e.groupId);
      const similar = group?.items.find((item) => item.text === e.text);
      return { key, label: `New item for ${group?.name ?? e.groupId}`, mine: e.text, current: similar ? `Already there: ${similar.text}` : "(not there)" };
    }
    const before = findItem(base, e.itemId);
    const now = findItem(current, e.itemId);
    const label = `Item "${before?.text ?? e.itemId}"`;
    if (e.op === "reword") return { key, label, mine: e.text, current: now?.text ?? "(no such item)" };
    return { key, label, mine: e.op === "retire" ? "Retired" : "Asked", current: state(now) };
  });
}
