// The "Apply it" checklist of a guide: one <Checklist> block of single-line Markdown bullets.
// Each item gets a key derived from its text, so a tick survives reordering and inserting items
// and is dropped (not moved to a different item) when the item's wording changes.
import { mdxToPlainText } from "../content/content-text";

export interface ChecklistItem {
  key: string;
  text: string;
}

export const MAX_CHECKLIST_KEY = 80;

export function checklistKey(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, MAX_CHECKLIST_KEY).replace(/-+$/, "") || "item";
}

/** The checklist's items in order, and the problems that would make keys unreliable. */
export function checklistItems(body: string): { items: ChecklistItem[]; problems: string[] } {
  const blocks = [...body.matchAll(/<Checklist>([\s\S]*?)<\/Checklist>/g)];
  if (blocks.length === 0) return { items: [], problems: [] };
  const problems: string[] = [];
  if (blocks.length > 1) problems.push("has more than one <Checklist>; put every item a reader ticks in one list");
  const items: ChecklistItem[] = [];
  for (const line of blocks[0]![1]!.split("\n")) {
    if (!line.trim()) continue;
    const bullet = /^- (.+)$/.exec(line);
    if (!bullet) {
      problems.push(`<Checklist> line "${line.trim().slice(0, 40)}" is not a single-line "- " bullet`);
      continue;
    }
    const text = mdxToPlainText(bullet[1]!);
    const key = checklistKey(text);
    if (items.some((i) => i.key === key)) problems.push(`<Checklist> has two items that read "${text.slice(0, 40)}"`);
    items.push({ key, text });
  }
  return { items, problems };
}
