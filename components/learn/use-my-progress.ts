"use client";
// The signed-in reader's progress, fetched once per page and shared by every island on it.
import { useCallback, useEffect, useState } from "react";
import { getMyProgress } from "~/server/actions/learn";

type Result = Awaited<ReturnType<typeof getMyProgress>>;

let shared: Promise<Result> | null = null;
const listeners = new Set<(r: Result) => void>();

function load(force = false): Promise<Result> {
  if (!shared || force) {
    shared = getMyProgress();
    void shared.then((r) => listeners.forEach((l) => l(r)));
  }
  return shared;
}

export function useMyProgress() {
  const [result, setResult] = useState<Result | null>(null);
  useEffect(() => {
    listeners.add(setResult);
    void load().then(setResult);
    return () => void listeners.delete(setResult);
  }, []);
  const refresh = useCallback(() => load(true), []);
  return { result, refresh };
}
