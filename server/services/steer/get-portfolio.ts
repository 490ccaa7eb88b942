import "server-only";
// The portfolio: each active project of a workspace with the lever and condition scores of its latest closed round
// that has them (one query over the stored group scores), for the home page and the portfolio.
import type { Db } from "../../db/connection";
import type { MemberActor } from "../actor";
import { closeOverdueRounds } from "../assess/close-overdue-rounds";

interface Row {
  id: string;
  name: string;
  roundId: string | null;
  title: string | null;
  closedAt: Date | string | null;
  scores: Record<string, number | null> | string | null;
}

export interface ProjectState {
  id: string;
  name: string;
  latest: { roundId: string; title: string; closedAt: Date; scores: Record<string, number | null> } | null;
}

/** One query: active projects, each with its latest closed round that has lever scores, scores folded into JSON. */
export async function getPortfolio(db: Db, actor: MemberActor): Promise<ProjectState[]> {
  const workspaceId = actor.membership.workspaceId;
  await closeOverdueRounds(db, { workspaceId });
  const rows = await db.$queryRaw<Row[]>`
    WITH latest AS (
      SELECT DISTINCT ON (r."projectId") r."projectId", r."id", r."title", r."closedAt"
      FROM "AssessmentRound" r
      WHERE r."workspaceId" = ${workspaceId} AND r."status" = 'CLOSED'
        AND EXISTS (SELECT 1 FROM "RoundGroupScore" g WHERE g."roundId" = r."id" AND g."kind" IN ('lever', 'condition'))
      ORDER BY r."projectId", r."closedAt" DESC, r."id" DESC
    )
    SELECT p."id", p."name", l."id" AS "roundId", l."title", l."closedAt",
           (SELECT json_object_agg(s."groupId", s."score") FROM "RoundGroupScore" s
             WHERE s."roundId" = l."id" AND s."kind" IN ('lever', 'condition')) AS "scores"
    FROM "Project" p
    LEFT JOIN latest l ON l."projectId" = p."id"
    WHERE p."workspaceId" = ${workspaceId} AND p."archivedAt" IS NULL
    ORDER BY p."name" ASC, p."id" ASC
    LIMIT 500`;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    // Adapters differ on whether a json column arrives parsed.
    latest:
      r.roundId === null
        ? null
        : { roundId: r.roundId, title: r.title!, closedAt: new Date(r.closedAt!), scores: typeof r.scores === "string" ? (JSON.parse(r.scores) as Record<string, number | null>) : (r.scores ?? {}) },
  }));
}
