import "server-only";
// A project's closed rounds with their group scores, oldest first, as loadRoundHistory
// (server/services/assess/list-rounds.ts) returns them, for the dashboard, which reads it on every
// request. A closed round's group scores are written in its closing transaction and never change,
// so each process keeps them by round id: a request lists the project's closed rounds (one indexed
// query) and fetches scores only for rounds it has not seen.
import type { Db } from "../../db/connection";
import type { HistoryRound } from "../assess/list-rounds";

type Groups = HistoryRound["groups"];

const LIMIT = 20_000;
const scoresByRound = new Map<string, Groups>();

function remember(roundId: string, groups: Groups) {
  scoresByRound.set(roundId, groups);
  if (scoresByRound.size > LIMIT) scoresByRound.delete(scoresByRound.keys().next().value!);
}

export async function loadScoredHistory(db: Db, input: { projectId: string }): Promise<HistoryRound[]> {
  const rounds = await db.$queryRaw<Omit<HistoryRound, "groups">[]>`
    SELECT r."id", r."title", r."closedAt", r."anonymous", v."templateId"
    FROM "AssessmentRound" r
    JOIN "RubricVersion" v ON v."id" = r."rubricVersionId"
    WHERE r."projectId" = ${input.projectId} AND r."status" = 'CLOSED'
    ORDER BY r."closedAt" ASC, r."id" ASC
    LIMIT 1000`;
  const missing = rounds.filter((r) => !scoresByRound.has(r.id)).map((r) => r.id);
  if (missing.length) {
    const rows = await db.$queryRaw<(Groups[number] & { roundId: string })[]>`
      SELECT "roundId", "groupId", "kind", "direction", "score", "bandId"
      FROM "RoundGroupScore" WHERE "roundId" = ANY(${missing}::text[])
      ORDER BY "roundId", "groupId"`;
    const fetched = new Map<string, Groups>(missing.map((id) => [id, []]));
    for (const { roundId, ...g } of rows) fetched.get(roundId)!.push(g);
    for (const [id, groups] of fetched) remember(id, groups);
  }
  return rounds.map((r) => ({ ...r, closedAt: new Date(r.closedAt), groups: scoresByRound.get(r.id) ?? [] }));
}
