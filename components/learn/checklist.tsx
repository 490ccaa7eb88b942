import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
import { ChecklistItems } from "./checklist-items";

/**
 * Turns the Markdown list inside <Checklist> into labelled checkboxes. Each item's key comes from
 * the catalogue (server/domain/checklist.ts derives them from the same Markdown), so a signed-in
 * reader's ticks are saved per item.
 */
export function Checklist({ chapter, keys, children }: { chapter: string; keys: string[]; children: ReactNode }) {
  const items: ReactNode[] = [];
  Children.forEach(children, (child) => {
    if (!isValidElement(child)) return;
    Children.forEach((child as ReactElement<{ children?: ReactNode }>).props.children, (li) => {
      if (isValidElement(li)) items.push((li as ReactElement<{ children?: ReactNode }>).props.children);
    });
  });
  return <ChecklistItems chapter={chapter} items={items.map((content, i) => ({ key: keys[i] ?? `item-${i}`, content }))} />;
}
