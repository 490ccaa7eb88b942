import "server-only";
// The workspace trend per lever and condition over the last eight quarters (see
// server/domain/steer/workspace-trend.ts for why each project's last score is carried forward).
// Reads the stored group scores of active projects' closed rounds: within the window, plus each
// project's latest score before it, so a project that last ran a round two years ago still counts.
import type { Db } from "../../db/connection";
import { quarterPeriods, workspaceTrend, type ScoreRow } from "../../domain/steer";
import type { MemberActor } from "../actor";

export const TREND_QUARTERS = 8;

export async function getWorkspaceTrend(db: Db, actor: MemberActor, input: { now?: Date } = {}) {
  const workspaceId = actor.membership.workspaceId;
  const periods = quarterPeriods(input.now ?? new Date(), TREND_QUARTERS);
  const start = new Date(periods[0]!.end);
  start.setUTCMonth(start.getUTCMonth() - 3);
  const rows = await db.$queryRaw<(Omit<ScoreRow, "closedAt"> & { closedAt: Date | string })[]>`
    WITH scored AS (
      SELECT s."projectId", s."groupId", s."score", s."closedAt"
      FROM "RoundGroupScore" s
      JOIN "Project" p ON p."id" = s."projectId" AND p."archivedAt" IS NULL
      WHERE s."workspaceId" = ${workspaceId} AND s."kind" IN ('lever', 'condition')
    )
    SELECT * FROM scored WHERE "closedAt" >= ${start}
    UNION ALL
    SELECT * FROM (
      SELECT DISTINCT ON ("projectId", "groupId") * FROM scored WHERE "closedAt" < ${start}
      ORDER BY "projectId", "groupId", "closedAt" DESC
    ) before_window
    LIMIT 200000`;
  const points = workspaceTrend(rows.map((r) => ({ ...r, closedAt: new Date(r.closedAt) })), periods);
  return { periods: periods.map((p) => p.label), groups: points };
}

export type WorkspaceTrend = Awaited<ReturnType<typeof getWorkspaceTrend>>;
