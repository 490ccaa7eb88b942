import { Children, isValidElement, useId, type ReactElement, type ReactNode } from "react";

/** Turns the Markdown list inside <Checklist> into labelled checkboxes a team can tick off. */
export function Checklist({ children }: { children: ReactNode }) {
  const items: ReactNode[] = [];
  Children.forEach(children, (child) => {
    if (!isValidElement(child)) return;
    Children.forEach((child as ReactElement<{ children?: ReactNode }>).props.children, (li) => {
      if (isValidElement(li)) items.push((li as ReactElement<{ children?: ReactNode }>).props.children);
    });
  });
  return (
    <ul className="not-prose my-6 space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      {items.map((content, i) => (
        <ChecklistItem key={i}>{content}</ChecklistItem>
      ))}
    </ul>
  );
}

function ChecklistItem({ children }: { children: ReactNode }) {
  const id = useId();
  return (
    <li className="flex items-start gap-3 text-slate-800">
      <input id={id} type="checkbox" className="mt-1 h-4 w-4 shrink-0 accent-indigo-700" />
      <label htmlFor={id} className="leading-relaxed [&_a]:text-indigo-800 [&_a]:underline [&_p]:inline">
        {children}
      </label>
    </li>
  );
}
