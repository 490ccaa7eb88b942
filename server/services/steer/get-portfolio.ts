import "server-only";
// The portfolio: each active project of a workspace with the lever and condition scores of its latest closed round
// that has them (one query over the stored group scores), for the home page and the portfolio.
import type { Db } from "../../db/connection";
import type { MemberActor } from "../actor";
import { closeOverdueRounds } from "../assess/close-round";

interface Row {
  projectId: string;
  roundId: string;
  title: string;
  closedAt: Date;
  groupId: string;
  kind: string;
  score: number | null;
}

export interface ProjectState {
  id: string;
  name: string;
  latest: { roundId: string; title: string; closedAt: Date; scores: Record<string, number | null> } | null;
}

export async function getPortfolio(db: Db, actor: MemberActor): Promise<ProjectState[]> {
  const workspaceId = actor.membership.workspaceId;
  await closeOverdueRounds(db, { workspaceId });
  const [projects, rows] = await Promise.all([
    db.project.findMany({ where: { workspaceId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
    db.$queryRaw<Row[]>`
      WITH latest AS (
        SELECT DISTINCT ON (s."projectId") s."projectId", s."roundId", s."closedAt"
        FROM "RoundGroupScore" s
        WHERE s."workspaceId" = ${workspaceId} AND s."kind" IN ('lever', 'condition')
        ORDER BY s."projectId", s."closedAt" DESC, s."roundId" DESC
      )
      SELECT l."projectId", l."roundId", r."title", l."closedAt", s."groupId", s."kind", s."score"
      FROM latest l
      JOIN "AssessmentRound" r ON r."id" = l."roundId"
      JOIN "RoundGroupScore" s ON s."roundId" = l."roundId"
      WHERE s."kind" IN ('lever', 'condition')`,
  ]);
  const latest = new Map<string, NonNullable<ProjectState["latest"]>>();
  for (const row of rows) {
    const entry = latest.get(row.projectId) ?? { roundId: row.roundId, title: row.title, closedAt: new Date(row.closedAt), scores: {} };
    entry.scores[row.groupId] = row.score === null ? null : Number(row.score);
    latest.set(row.projectId, entry);
  }
  return projects.map((p) => ({ ...p, latest: latest.get(p.id) ?? null }));
}
