"use client";
// The "Apply it" checklist's ticks: loaded for a signed-in reader and saved on every change.
// Signed out, the boxes still tick, and a line says ticks are kept only when signed in.
import Link from "next/link";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { getMyChecklist, setChecklistItem } from "~/server/actions/learn";
import { ErrorMessage } from "~/components/ui/alert";

type Status = "loading" | "saved" | "signed-out";

export function ChecklistItems({ chapter, items }: { chapter: string; items: { key: string; content: ReactNode }[] }) {
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<Status>("loading");
  const [error, setError] = useState<string | null>(null);
  // Saves still in flight: the line says "saving…" until none are, and only the last answer
  // replaces the ticks, so an earlier reply cannot undo a later click.
  const [pending, setPending] = useState(0);
  const inFlight = useRef(0);
  const baseId = useId();

  useEffect(() => {
    void getMyChecklist(chapter).then((r) => {
      if (r.ok) {
        setTicked(new Set(r.data.ticked));
        setStatus("saved");
      } else setStatus("signed-out");
    });
  }, [chapter]);

  function toggle(key: string, done: boolean) {
    setTicked((prev) => {
      const next = new Set(prev);
      if (done) next.add(key);
      else next.delete(key);
      return next;
    });
    if (status !== "saved") return;
    inFlight.current += 1;
    setPending(inFlight.current);
    void setChecklistItem(chapter, key, done).then((r) => {
      inFlight.current -= 1;
      setPending(inFlight.current);
      if (r.ok) {
        if (inFlight.current === 0) setTicked(new Set(r.data.ticked));
        setError(null);
      } else {
        setError(`Your tick was not saved: ${r.message}`);
        setTicked((prev) => {
          const back = new Set(prev);
          if (done) back.delete(key);
          else back.add(key);
          return back;
        });
      }
    });
  }

  return (
    <div className="not-prose my-6 rounded-lg border border-slate-200 bg-white p-4">
      <ul className="space-y-2" aria-label="Apply it checklist">
        {items.map((item, i) => {
          const id = `${baseId}-${i}`;
          return (
            <li key={item.key} className="flex items-start gap-3 text-slate-800">
              <input
                id={id}
                type="checkbox"
                checked={ticked.has(item.key)}
                disabled={status === "loading"}
                onChange={(e) => toggle(item.key, e.target.checked)}
                className="mt-1 h-4 w-4 shrink-0 accent-indigo-700"
              />
              <label htmlFor={id} className="break-words leading-relaxed [&_a]:text-indigo-800 [&_a]:underline [&_p]:inline">
                {item.content}
              </label>
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-xs text-slate-600">
        {status === "signed-out" ? (
          <>
            <Link href={`/signin?callbackUrl=/learn/${chapter}`} className="font-medium text-indigo-800 underline">
              Sign in
            </Link>{" "}
            to keep your ticks.
          </>
        ) : status === "saved" ? (
          `${ticked.size} of ${items.length} done · ${pending > 0 ? "saving…" : "saved to your account"}`
        ) : (
          "Loading your ticks…"
        )}
      </p>
      <ErrorMessage error={error} className="mt-2" />
    </div>
  );
}
