"use client";
// The what-if explorer (React Flow and the engine, about 63 KB gzip) sits below the fold of the
// dashboard, so it loads after the page is interactive instead of with it: that keeps the page's
// first-load JavaScript under budget. The scores, bottleneck and lever table above it are server-rendered.
import dynamic from "next/dynamic";

export const LazyCausalExplorer = dynamic(() => import("~/components/causal/causal-explorer").then((m) => m.CausalExplorer), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-700" role="status">Loading the causal model…</p>,
});
