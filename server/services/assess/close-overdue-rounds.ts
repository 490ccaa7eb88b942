// Closing the rounds whose closing date has passed, as of that date: closedAt is closesAt, so the
// figures (and which items were exempt) are those of the moment the round actually closed, however
// late the request or the scheduled check that notices it.
// No "server-only" marker: instrumentation.ts starts the scheduled check, and Next refuses that
// marker in anything the instrumentation hook imports.
import type { Db } from "../../db/connection";
import { Prisma } from "../../db/generated/client";
import { closeRoundNow } from "./close-round-now";

/** Which overdue rounds to close: one project's, one workspace's, or every workspace's (the scheduled check). */
export type OverdueScope = { projectId: string } | { workspaceId: string } | "everywhere";

export interface CloseOverdueOptions {
  now?: Date;
  /** When given, a round that fails to close is reported here and the others still close; otherwise the error is thrown. */
  onFailure?: (roundId: string, error: unknown) => void;
}

/** Closes every open round in scope whose closing date has passed. Returns how many this call closed. */
export async function closeOverdueRounds(db: Db, scope: OverdueScope, options: CloseOverdueOptions = {}): Promise<number> {
  const now = options.now ?? new Date();
  // Raw SQL: every assess and steer read runs this first, and a typed query's compile step cost more
  // than the lookup itself (see "Hot lookups in SQL" in the README).
  const inScope =
    scope === "everywhere"
      ? Prisma.sql`TRUE`
      : "projectId" in scope
        ? Prisma.sql`"projectId" = ${scope.projectId}`
        : Prisma.sql`"workspaceId" = ${scope.workspaceId}`;
  const due = await db.$queryRaw<{ id: string; closesAt: Date }[]>`
    SELECT "id", "closesAt" FROM "AssessmentRound" WHERE ${inScope} AND "status" = 'OPEN' AND "closesAt" <= ${now}`;
  let closed = 0;
  for (const round of due) {
    try {
      // closeRoundNow is guarded by status = OPEN, so a request and a check (or two app processes) racing here close it once.
      if (await closeRoundNow(db, round, round.closesAt)) closed += 1;
    } catch (error) {
      if (!options.onFailure) throw error;
      options.onFailure(round.id, error);
    }
  }
  return closed;
}
