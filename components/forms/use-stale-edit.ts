"use client";
// The state an edit form needs to survive a stale save: the version it was opened from (not the
// live one, so a background refetch never replaces what the user is typing), the fields the user
// changed, and a key to reopen the form on a version they chose.
import { useState } from "react";
import { staleEditRows } from "./stale-edit-panel";

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function useStaleEdit<V extends object>(opened: V) {
  const [base, setBase] = useState(opened);
  const [mine, setMine] = useState<Partial<V>>({});
  const [formKey, setFormKey] = useState(0);
  const changedKeys = new Set(Object.keys(mine));
  return {
    base,
    mine,
    formKey,
    /** The fields whose submitted value differs from the opened version; remembered for the panel. */
    remember(values: V): Partial<V> {
      const changed = Object.fromEntries(Object.entries(values).filter(([k, v]) => !same(v, base[k as keyof V]))) as Partial<V>;
      setMine(changed);
      return changed;
    },
    /** The panel's rows: the user's edit and the current version, for the fields either side touched. */
    rowsAgainst<K extends keyof V & string>(current: V, fields: readonly { key: K; label: string }[], show: (version: V, key: K) => string) {
      return staleEditRows(fields, changedKeys, show, { base, mine: { ...base, ...mine }, current });
    },
    /** Start again from a version (the current one after "take theirs", or the saved one). */
    reopen(next: V) {
      setBase(next);
      setMine({});
      setFormKey((k) => k + 1);
    },
  };
}
