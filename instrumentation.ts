// Runs once when a Next.js server process starts. In the Node.js runtime it starts the scheduled
// check that closes overdue assessment rounds: not during `next build` (no database then), and not
// under tests unless asked (CAUSEWAY_OVERDUE_CHECK=on; the browser tests set it off).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./server/env");
  const wanted = env.CAUSEWAY_OVERDUE_CHECK ?? (env.NODE_ENV === "test" ? "off" : "on");
  if (wanted === "off") return;
  const [{ getDb }, { startOverdueRoundCheck }] = await Promise.all([import("./server/db"), import("./server/services/assess/overdue-round-check")]);
  startOverdueRoundCheck(getDb);
}
