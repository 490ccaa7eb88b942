// Words and numbers the causal views share. Browser-safe.
import type { NodeProjection } from "~/server/domain/causal";
import { bandFor } from "./bands";

/** "50 · Repeatable", "risk 30 · Low risk", or "no value". */
export function describeValue(p: NodeProjection): string {
  if (p.value === null) return p.explanation.type === "not-assessed" ? "not assessed" : "no value";
  const band = bandFor(p.kind, p.value).name;
  return p.kind === "condition" ? `risk ${Math.round(100 - p.value)} · ${band}` : `${p.shown} · ${band}`;
}

export const RELATION_TEXT = { predicts: "predicts", influences: "influences", moderates: "moderates" } as const;

export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "0");
export const percent = (share: number) => `${Math.round(share * 100)}%`;
