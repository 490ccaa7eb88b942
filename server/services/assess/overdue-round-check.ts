// The scheduled check: every minute the app process closes the overdue rounds of every workspace,
// so a round nobody opens after its closing date still closes (as of that date) and shows up closed
// in the dashboards' SQL. Two app processes on one PostgreSQL server may both run it: each close is
// guarded by status = OPEN, so a round's aggregates are computed once whoever gets there first.
// No "server-only" marker: instrumentation.ts imports this file (see close-overdue-rounds.ts).
import type { Db } from "../../db/connection";
import { closeOverdueRounds } from "./close-overdue-rounds";

export const OVERDUE_CHECK_EVERY_MS = 60_000;

/** One pass of the check. Never throws: a failure is logged and the next pass tries again. */
export async function checkOverdueRounds(db: Db, now = new Date()): Promise<number> {
  const onFailure = (roundId: string, error: unknown) => console.error(`[overdue rounds] could not close round ${roundId}:`, error);
  try {
    return await closeOverdueRounds(db, "everywhere", { now, onFailure });
  } catch (error) {
    console.error("[overdue rounds] the check failed:", error);
    return 0;
  }
}

/**
 * Starts the check in this process (once; a second call does nothing) and returns a stop function.
 * Passes never overlap: the next one is scheduled when the previous one has finished.
 */
export function startOverdueRoundCheck(getDb: () => Promise<Db>, everyMs = OVERDUE_CHECK_EVERY_MS): () => void {
  const state = globalThis as unknown as { causewayOverdueCheck?: () => void };
  if (state.causewayOverdueCheck) return state.causewayOverdueCheck;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(pass, everyMs);
    timer.unref(); // never keeps the process alive on its own
  };
  const pass = async () => {
    try {
      await checkOverdueRounds(await getDb());
    } catch (error) {
      console.error("[overdue rounds] no database for the check:", error);
    }
    schedule();
  };
  schedule();
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    state.causewayOverdueCheck = undefined;
  };
  state.causewayOverdueCheck = stop;
  return stop;
}
